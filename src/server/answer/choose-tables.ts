import { overlaps } from '@shared/period.ts';
import { FORCES } from '@shared/reference/forces.ts';
import { choose, evaluate, type Choice } from './choose.ts';
import type { Frame } from './frame.ts';
import type { StatusInfo, TableInfo } from './store.ts';
import type { Tally } from './tally.ts';

/**
 * The first stage: for one force and platform, the table that answers each period (null: none). A
 * period nothing answers is noted as missing, with its reason, or as not asked.
 */
export function chooseTables(
  fr: Frame,
  f: number,
  p: number,
  tables: readonly TableInfo[],
  statuses: readonly StatusInfo[],
  unitSeries: number,
  tally: Tally,
): (Choice | null)[] {
  const { notes, plan } = fr;
  return fr.bks.map((b, bi) => {
    const evals = evaluate(tables, b, fr.checks);
    const choice = choose(evals, fr.selections);
    if (choice) {
      if (choice.selection) notes.selection(f, p, b, choice.table);
      else if (tables.length > 1) notes.disagreements(fr.store, f, p, b, choice, evals, fr.ctx);
      return choice;
    }
    const st = statuses.filter((s) => overlaps(s, b));
    const inScope =
      st.some((s) => s.status !== 'not_asked') ||
      tables.some((t) => t.periods.some((x) => overlaps(x, b)));
    if (!inScope) {
      notes.notAsked(p);
      return null;
    }
    notes.missing(f, p, b, evals, st, fr.ctx);
    const force = FORCES[f]?.id ?? '';
    if (plan.dimension === 'unit') tally.markMissing(unitSeries, bi, force);
    else for (let s = 0; s <= fr.S; s++) tally.markMissing(s, bi, force);
    return null;
  });
}
