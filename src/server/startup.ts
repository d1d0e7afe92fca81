import { openDatabase, type Db } from './db/open.ts';
import { failureOf } from './failure.ts';
import { seedDatasets } from './load/seed.ts';
import { missingShipped } from './load/shipped.ts';

/**
 * The database a server starts on: opened (created if need be) and holding the shipped datasets.
 * Whatever stopped an earlier first start (a kill, a full disk, a 0-byte file) is repaired here: a
 * database missing a shipped dataset it should hold is completed, in one transaction. A database
 * that cannot be used is refused with a Failure that says what to do.
 */
export function prepareDatabase(
  dbPath: string,
  root: string,
  now: Date,
  log: (line: string) => void,
  options: { onOpen?: (db: Db) => void } = {},
): Db {
  let db: Db | null = null;
  try {
    db = openDatabase(dbPath);
    options.onOpen?.(db);
    const missing = missingShipped(db);
    if (missing.length > 0) {
      const started = performance.now();
      log(
        missing.length === 2
          ? `Creating the shipped datasets in ${dbPath} …`
          : `Completing ${dbPath}: it lacks the shipped dataset ${missing.map((d) => `'${d}'`).join(' and ')} …`,
      );
      for (const r of seedDatasets(db, root, now, { only: missing }))
        log(
          `  ${r.dataset}: version ${r.version}, ${r.tables} tables, ${r.facts.toLocaleString('en-GB')} facts`,
        );
      log(`  built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    return db;
  } catch (e) {
    try {
      db?.close();
    } catch {
      // closing a database that failed to open is best effort
    }
    throw failureOf(e, dbPath, 'creating the database');
  }
}
