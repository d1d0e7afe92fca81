import { serve } from '@hono/node-server';
import { existsSync } from 'node:fs';
import { createApp } from './app.ts';
import { readConfig, ROOT } from './config.ts';
import { openDatabase } from './db/open.ts';
import { StaticFiles } from './http/static.ts';
import { seedDatasets } from './load/seed.ts';

/** Start the server: open (and on first run build) the database, then serve the app and the API. */
const config = readConfig();
const isNew = !existsSync(config.dbPath);
const db = openDatabase(config.dbPath);
if (isNew) {
  const started = performance.now();
  console.log(`Creating the database at ${config.dbPath} …`);
  for (const r of seedDatasets(db, ROOT, new Date())) {
    console.log(
      `  ${r.dataset}: version ${r.version}, ${r.tables} tables, ${r.facts.toLocaleString('en-GB')} facts`,
    );
  }
  console.log(`  built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const staticFiles = new StaticFiles(config.distDir);
if (!staticFiles.available)
  console.warn(`No built app in ${config.distDir}: run npm run build. The API still works.`);
const { app, datasets } = createApp({
  db,
  staticFiles,
  log: (m) => {
    console.error(m);
  },
});
// Warm the stores so the first visitor does not wait for them.
for (const d of datasets.list()) datasets.store(d);

const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  console.log(
    `Social media crime dashboard: http://localhost:${info.port}/ (API reference at /api/docs)`,
  );
});

function stop() {
  server.close(() => {
    db.close();
    process.exit(0);
  });
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
