import { existsSync } from 'node:fs';
import { readConfig, ROOT } from '../src/server/config.ts';
import { openDatabase } from '../src/server/db/open.ts';
import { seedDatasets } from '../src/server/load/seed.ts';

/**
 * `npm run seed`: rebuild the shipped datasets at DB_PATH. On an existing database each becomes a new
 * version that replaces the shipped tables (imported tables and earlier versions stay queryable).
 */
const { dbPath } = readConfig();
const existed = existsSync(dbPath);
const started = performance.now();
const db = openDatabase(dbPath);
for (const r of seedDatasets(db, ROOT, new Date())) {
  console.log(
    `${r.dataset}: version ${r.version}, ${r.tables} tables, ${r.facts.toLocaleString('en-GB')} facts`,
  );
}
db.close();
console.log(
  `${existed ? 'Updated' : 'Created'} ${dbPath} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
