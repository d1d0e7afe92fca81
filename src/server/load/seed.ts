import { join } from 'node:path';
import type { Db } from '../db/open.ts';
import { demoPlan } from './demo.ts';
import { reportedPlan } from './reported.ts';
import { writeLoad, type LoadResult } from './write.ts';
import { createWriteQueries } from '../db/queries.ts';

export class SeedRefused extends Error {}

/**
 * Build (or rebuild, as a new version) the two shipped datasets: the published figures and the demo.
 * A dataset that imports have added to is left alone unless forced: rebuilding it would bring back
 * shipped figures that an import replaced, beside the figures that replaced them.
 */
export function seedDatasets(
  db: Db,
  root: string,
  now: Date,
  options: { force?: boolean; only?: readonly string[] } = {},
): LoadResult[] {
  const plans = [reportedPlan(join(root, 'data', 'reported')), demoPlan()].filter(
    (p) => options.only?.includes(p.dataset.id) ?? true,
  );
  const q = createWriteQueries(db);
  const touched = plans.filter((p) => q.importedCount(p.dataset.id) > 0).map((p) => p.dataset.id);
  if (touched.length > 0 && !options.force) {
    throw new SeedRefused(
      `Imports have added to ${touched.map((d) => `'${d}'`).join(' and ')}: rebuilding would put back shipped figures that imported returns replaced. Nothing was changed. Use a new DB_PATH for a fresh database, or --force to rebuild anyway.`,
    );
  }
  // all in one transaction: a start that stops half-way leaves none of them, not one of two
  return db.transaction(() => plans.map((plan) => writeLoad(db, plan, now))).immediate();
}
