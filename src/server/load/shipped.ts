import type { Db } from '../db/open.ts';
import { createReadQueries } from '../db/queries.ts';
import { DEMO_NOTE } from './demo.ts';
import { REPORTED_NOTE } from './reported.ts';

/** The datasets a server builds in a database it starts on, in the order it builds them. */
export const SHIPPED_DATASETS = ['reported', 'demo'] as const;

/**
 * The shipped datasets this database should hold and does not. A database with no dataset at all
 * (new, 0 bytes, or a first start that stopped before its first commit) should hold them all; so
 * should one that the shipped datasets' builder has written to (a first start that stopped half-way).
 * A database that only imports have written to holds what was imported, and nothing is missing.
 */
export function missingShipped(db: Db): string[] {
  const q = createReadQueries(db);
  const present = new Set(q.latestVersions().map((v) => v.dataset_id));
  if (present.size > 0 && !q.hasVersionNoted([REPORTED_NOTE, DEMO_NOTE])) return [];
  return SHIPPED_DATASETS.filter((id) => !present.has(id));
}
