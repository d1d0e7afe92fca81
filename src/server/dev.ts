import { getRequestListener } from '@hono/node-server';
import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createApp } from './app.ts';
import { readConfig, ROOT } from './config.ts';
import { openDatabase } from './db/open.ts';
import { seedDatasets } from './load/seed.ts';

/** The API inside `vite dev`: same app and database as `npm start`, without the static files. */
const config = readConfig();
const isNew = !existsSync(config.dbPath);
const db = openDatabase(config.dbPath);
if (isNew) seedDatasets(db, ROOT, new Date());
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
