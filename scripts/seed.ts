import { existsSync } from 'node:fs';
import { readConfig, ROOT } from '../src/server/config.ts';
import { openDatabase, type Db } from '../src/server/db/open.ts';
import { EXIT, failureOf } from '../src/server/failure.ts';
import { SeedRefused, seedDatasets } from '../src/server/load/seed.ts';

/**
 * `npm run seed [-- --force]`: rebuild the shipped datasets at DB_PATH. On an existing database each
 * becomes a new version that replaces the shipped tables (earlier versions stay queryable). A dataset
 * that imports have added to is refused unless --force: see seedDatasets.
 */
const { dbPath } = readConfig();
const existed = existsSync(dbPath);
const started = performance.now();
let db: Db | null = null;
let results;
try {
  db = openDatabase(dbPath);
  results = seedDatasets(db, ROOT, new Date(), { force: process.argv.includes('--force') });
} catch (err) {
  db?.close();
  const f = err instanceof SeedRefused ? null : failureOf(err, dbPath, 'seeding');
  console.error(f ? f.message : (err as Error).message);
  process.exit(f ? f.exitCode : EXIT.refused);
}
for (const r of results) {
  console.log(
    `${r.dataset}: version ${r.version}, ${r.tables} tables, ${r.facts.toLocaleString('en-GB')} facts`,
  );
}
db.close();
console.log(
  `${existed ? 'Updated' : 'Created'} ${dbPath} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
