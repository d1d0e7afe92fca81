import { join } from 'node:path';
import type { Db } from '../db/open.ts';
import { demoPlan } from './demo.ts';
import { reportedPlan } from './reported.ts';
import { writeLoad, type LoadResult } from './write.ts';

/** Build (or rebuild, as a new version) the two shipped datasets: the published figures and the demo. */
export function seedDatasets(db: Db, root: string, now: Date): LoadResult[] {
  return [
    writeLoad(db, reportedPlan(join(root, 'data', 'reported')), now),
    writeLoad(db, demoPlan(), now),
  ];
}
