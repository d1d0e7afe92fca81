import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS } from './db/migrations.ts';
import { openDatabase, type Db } from './db/open.ts';
import { EXIT, Failure, failureOf } from './failure.ts';
import { seedDatasets } from './load/seed.ts';
import { missingShipped } from './load/shipped.ts';
import { seedSeries, seriesMissing } from './platform-series/seed.ts';

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
    // the platform series was served from its files before it was stored: a database made then
    // (or by an import alone) is given it on the first start that can write
    if (seriesMissing(db)) {
      const r = seedSeries(db, now, { dir: join(root, 'data', 'platform-series') });
      log(`  platform series '${r.release}': version ${r.version}, ${r.figures} figures`);
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

/**
 * The database a read-only server (READ_ONLY=1) starts on: one that a writer has made and completed.
 * It never creates, migrates or seeds, so any number of such servers can share the writer's file; a
 * database it cannot serve as it is is refused with a Failure (exit status 3) that says what to do.
 */
export function openReadOnly(dbPath: string): Db {
  const writer =
    'start one server without READ_ONLY on it (npm start) and wait until its /api/health says ok, or set DB_PATH to the database the other servers use';
  if (!existsSync(dbPath))
    throw new Failure(
      EXIT.database,
      `There is no database at ${dbPath}, and a read-only server (READ_ONLY=1) never creates one: ${writer}.`,
    );
  let db: Db | null = null;
  try {
    db = openDatabase(dbPath, { readonly: true });
    const schema = db.pragma('user_version', { simple: true }) as number;
    if (schema > MIGRATIONS.length)
      throw new Error(
        `The database is at schema version ${schema}, newer than this code knows (${MIGRATIONS.length}).`,
      );
    if (schema < MIGRATIONS.length)
      throw new Failure(
        EXIT.database,
        `${dbPath} ${schema === 0 ? 'holds no dashboard data yet' : `is at schema version ${schema}, older than this code (${MIGRATIONS.length})`}, and a read-only server (READ_ONLY=1) never writes: ${writer}.`,
      );
    const missing = missingShipped(db);
    if (missing.length > 0)
      throw new Failure(
        EXIT.database,
        `${dbPath} lacks the shipped dataset${missing.length === 1 ? '' : 's'} ${missing.map((d) => `'${d}'`).join(' and ')} (its first start has not finished), and a read-only server (READ_ONLY=1) never writes: ${writer}.`,
      );
    return db;
  } catch (e) {
    try {
      db?.close();
    } catch {
      // closing a database that failed to open is best effort
    }
    throw failureOf(e, dbPath, 'opening the database read-only');
  }
}
