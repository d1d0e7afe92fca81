import type { Wording } from '@shared/contract.ts';
import { choicesFor, chooseTables } from './choose-tables.ts';
import { frame } from './frame.ts';
import { present } from './present.ts';
import type { DatasetStore } from './store.ts';
import { Tally } from './tally.ts';
import type { Answer, ResolvedQuery } from './types.ts';
import { collectWording, MAX_WORDING } from './wording.ts';

export type { Answer, ResolvedQuery } from './types.ts';

/**
 * Answer a resolved query from a dataset's store, in stages, each its own module with a seam a test
 * can reach: frame (the question's periods, selection and columns) → choose tables (per force,
 * platform and period) → tally (accumulate the chosen facts) → present (measure: count, rate or share,
 * one rule for series and totals; notes; published wording).
 */
export function answer(store: DatasetStore, q: ResolvedQuery): Answer {
  const fr = frame(store, q);
  const { plan } = fr;
  const tally = new Tally(fr);
  const wording: Wording[] = [];
  const units = choicesFor(fr);
  for (const f of q.forces) {
    for (const p of q.platforms) {
      const unitSeries = plan.dimension === 'unit' ? plan.unitSeries(f, p) : -1;
      if (plan.dimension === 'unit' && unitSeries < 0) continue;
      const unit = chooseTables(fr, f, p, units, unitSeries, tally);
      if (!unit.answers) continue;
      tally.addUnit(f, p, unit, unitSeries);
      if (store.wording.size > 0 && wording.length < MAX_WORDING)
        collectWording(fr, f, p, unit.chosen, unitSeries, wording);
    }
  }
  return present(fr, tally.finish(), wording);
}
