import type { Measure } from '@shared/filters.ts';
import type { Grid } from './grid.ts';
import type { NoteBook } from './notes.ts';

/**
 * The measure stage: one rule for count, rate and share, for a series and a total alike. A share is
 * of `of`'s figure for the period (a series' of the total; a total's of itself: 100, or nothing).
 */

/**
 * Rates and shares are given to one decimal place, the precision the dashboard shows: rounding them
 * once more for display (12.647 → 12.65 → 12.7) would print figures that are wrong.
 */
const PLACES = 1;

function round(value: number): number {
  const f = 10 ** PLACES;
  return Math.round(value * f) / f;
}

/** One row of a grid in the measure asked for, period by period; null where nothing answers. */
export function measureRow(
  g: Grid,
  row: number,
  measure: Measure,
  notes: NoteBook,
  of: { grid: Grid; row: number } = { grid: g, row },
): (number | null)[] {
  const values: (number | null)[] = [];
  for (let bi = 0; bi < g.cols; bi++) {
    const k = row * g.cols + bi;
    const v = g.value[k] ?? 0;
    // only suppressed figures, or zeros beside them: a lower bound of 0 says nothing, and would
    // read as a true zero (in the CSV, which has no flag); it is not a number
    if (!g.isKnown(row, bi) || (v === 0 && g.suppressed[k] === 1)) {
      values.push(null);
      continue;
    }
    switch (measure) {
      case 'count':
        values.push(v);
        break;
      case 'rate': {
        const r = g.rate(row, bi);
        if (r.popless) notes.rateWithoutPopulation();
        values.push(r.rate === null ? null : round(r.rate));
        break;
      }
      case 'share': {
        const t = of.grid.isKnown(of.row, bi)
          ? (of.grid.value[of.row * of.grid.cols + bi] ?? 0)
          : 0;
        values.push(t > 0 ? round((v / t) * 100) : null);
        break;
      }
    }
  }
  return values;
}
