/**
 * A value axis from zero to a round value at or above the largest figure, in three to six round steps
 * (1, 2, 2.5 or 5 times a power of ten). Every chart gives its value axis these ticks itself: recharts'
 * own nice ticks need a decimal arithmetic library, 4 KB of the first page, for sums like these.
 */

export interface ValueAxis {
  domain: [number, number];
  ticks: number[];
}

const MULTIPLES = [1, 2, 2.5, 5];
const FEWEST = 3;
const MOST = 6;

/**
 * `max`: the largest figure drawn (a stack's total, a reference line); `integer`: counts, whose steps
 * are whole numbers; `most`: the most steps there is room to label (fewer on a phone). The top is the
 * lowest a round step allows; between equal tops, fewer ticks.
 */
export function valueAxis(max: number, integer: boolean, most = MOST): ValueAxis {
  const fewest = Math.min(FEWEST, most);
  const top = Number.isFinite(max) && max > 0 ? max : 1;
  const power = Math.floor(Math.log10(top));
  let best: { step: number; steps: number } | null = null;
  for (let k = power - 2; k <= power + 1; k++) {
    for (const m of MULTIPLES) {
      const step = Number((m * 10 ** k).toPrecision(12));
      if (integer && !Number.isInteger(step)) continue;
      const steps = Math.max(1, Math.ceil(top / step - 1e-9));
      if (steps < fewest || steps > most) continue;
      if (!best || steps * step < best.steps * best.step - 1e-9) best = { step, steps };
      else if (Math.abs(steps * step - best.steps * best.step) <= 1e-9 && steps < best.steps)
        best = { step, steps };
    }
  }
  // a count of one or two: steps of one
  const { step, steps } = best ?? { step: 1, steps: Math.max(1, Math.ceil(top)) };
  // multiplied, not added up, so that 0.1 steps do not drift to 0.30000000000000004
  const ticks = Array.from({ length: steps + 1 }, (_, i) => Number((i * step).toPrecision(12)));
  return { domain: [0, ticks[ticks.length - 1] ?? top], ticks };
}

/** The largest number among `rows`' values under `keys` (0 when none is a number). */
export function largest(
  rows: readonly Record<string, unknown>[],
  keys: readonly string[],
  stacked = false,
): number {
  let max = 0;
  for (const row of rows) {
    let sum = 0;
    for (const key of keys) {
      const v = row[key];
      if (typeof v !== 'number' || !Number.isFinite(v)) continue;
      if (stacked) sum += Math.max(0, v);
      else max = Math.max(max, v);
    }
    max = Math.max(max, sum);
  }
  return max;
}

/**
 * For a grid's lines in the direction it does not draw (`vertical={false}`): without it, Recharts
 * still works out those lines, and may measure the other axis's labels in the page to do so.
 */
export const NO_LINES = (): number[] => [];
