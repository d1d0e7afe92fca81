import { getRequestListener } from '@hono/node-server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createApp } from './app.ts';
import { readConfig, ROOT } from './config.ts';
import { prepareDatabase } from './startup.ts';

/** The API inside `vite dev`: same app and database as `npm start`, without the static files. */
const config = readConfig();
const db = prepareDatabase(config.dbPath, ROOT, new Date(), (line) => {
  console.log(line);
});
const { app } = createApp({
  db,
  log: (m) => {
    console.error(m);
  },
});
const listener = getRequestListener(app.fetch);

export function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  return listener(req, res);
}
