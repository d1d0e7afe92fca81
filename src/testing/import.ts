import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isActive } from '@server/answer/store.ts';
import { openDatabase } from '@server/db/open.ts';
import { createReadQueries } from '@server/db/queries.ts';
import { periodLabel } from '@shared/period.ts';
import { runImport, type ImportRequest } from '@server/import/run.ts';

/** Helpers for the import's tests: fixture files, throwaway databases, readable dumps. */

export const FIXTURES = join(import.meta.dirname, '..', 'server', 'import', 'fixtures');
export const NOW = new Date('2026-01-15T12:00:00Z');

export function tempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'crime-import-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function importFixtures(
  dbPath: string,
  files: string[],
  options: Partial<Omit<ImportRequest, 'files' | 'dbPath'>> = {},
) {
  return runImport({
    files: files.map((f) => ({ path: join(FIXTURES, f), label: f })),
    dbPath,
    dataset: 'reported',
    source: { kind: 'foi' },
    now: NOW,
    ...options,
  });
}

/**
 * The current version of a dataset as lines a reader can check against the file:
 * "table force platform complete|partial period offence outcome count".
 */
export function dump(
  dbPath: string,
  dataset = 'reported',
): { facts: string[]; statuses: string[] } {
  const db = openDatabase(dbPath);
  try {
    const q = createReadQueries(db);
    const version = q.versions(dataset).at(-1)?.version ?? 0;
    const tables = new Map(
      q
        .tables(dataset)
        .filter((t) => isActive({ fromVersion: t.from_version, toVersion: t.to_version }, version))
        .map((t) => [t.id, t]),
    );
    const facts: string[] = [];
    for (const [tableId, start, end, offence, outcome, count] of q.facts(dataset)) {
      const t = tables.get(tableId);
      if (!t) continue;
      facts.push(
        [
          t.name,
          t.force_id,
          t.platform_id,
          t.complete ? 'complete' : 'partial',
          periodLabel({ start, end }),
          offence,
          outcome,
          count ?? 'suppressed',
        ].join(' '),
      );
    }
    const statuses = q
      .statuses(dataset)
      .filter((s) => isActive({ fromVersion: s.from_version, toVersion: s.to_version }, version))
      .map(
        (s) =>
          `${s.force_id} ${s.platform_id} ${periodLabel({ start: s.period_start, end: s.period_end })} ${s.status}: ${s.note ?? ''}`,
      );
    return { facts, statuses };
  } finally {
    db.close();
  }
}

/** The database's bytes, write-ahead log included: what "unchanged" means. */
export function bytesOf(dbPath: string): Buffer {
  const wal = `${dbPath}-wal`;
  return Buffer.concat([
    readFileSync(dbPath),
    existsSync(wal) ? readFileSync(wal) : Buffer.alloc(0),
  ]);
}
