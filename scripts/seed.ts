import { existsSync } from 'node:fs';
import { readConfig, ROOT } from '../src/server/config.ts';
import { openDatabase, type Db } from '../src/server/db/open.ts';
import { EXIT, failureOf } from '../src/server/failure.ts';
import { SeedRefused, seedDatasets } from '../src/server/load/seed.ts';
import { seedSeries } from '../src/server/platform-series/seed.ts';

/**
 * `npm run seed [-- --force]`: rebuild the shipped datasets at DB_PATH. On an existing database each
 * becomes a new version that replaces the shipped tables (earlier versions stay queryable). A dataset
 * that imports have added to is refused unless --force: see seedDatasets. The platform series is rebuilt
 * the same way, in the same transaction: all of it is written, or nothing.
 */
const { dbPath } = readConfig();
const existed = existsSync(dbPath);
const started = performance.now();
let db: Db | null = null;
let results;
try {
  db = openDatabase(dbPath);
  const target = db;
  const force = process.argv.includes('--force');
  const now = new Date();
  results = target
    .transaction(() => ({
      datasets: seedDatasets(target, ROOT, now, { force }),
      series: seedSeries(target, now, { force }),
    }))
    .immediate();
} catch (err) {
  db?.close();
  const f = err instanceof SeedRefused ? null : failureOf(err, dbPath, 'seeding');
  console.error(f ? f.message : (err as Error).message);
  process.exit(f ? f.exitCode : EXIT.refused);
}
for (const r of results.datasets) {
  console.log(
    `${r.dataset}: version ${r.version}, ${r.tables} tables, ${r.facts.toLocaleString('en-GB')} facts`,
  );
}
console.log(
  `platform series '${results.series.release}': version ${results.series.version}, ${results.series.figures} figures`,
);
db.close();
console.log(
  `${existed ? 'Updated' : 'Created'} ${dbPath} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
