import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../db/open.ts';

/**
 * A database opened read-only. SQLite cannot read a database in WAL mode from a folder where it may
 * not create the -shm file beside it; then a copy in the temporary folder is read (and removed).
 */
export function openToRead(path: string, copy: { remove: () => void }): Db {
  try {
    const db = openDatabase(path, { readonly: true });
    try {
      // SQLite opens the file when it is first read
      db.prepare('SELECT COUNT(*) FROM sqlite_master').get();
    } catch (e) {
      db.close();
      throw e;
    }
    return db;
  } catch (e) {
    if ((e as { code?: string }).code !== 'SQLITE_CANTOPEN') throw e;
    const dir = mkdtempSync(join(tmpdir(), 'crime-dry-run-'));
    copy.remove = () => {
      rmSync(dir, { recursive: true, force: true });
    };
    const to = join(dir, 'copy.db');
    copyFileSync(path, to);
    if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${to}-wal`);
    return openDatabase(to, { readonly: true });
  }
}
