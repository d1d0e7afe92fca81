/**
 * When one bar would flatten the rest, the value axis stops short of it and that bar is drawn broken,
 * its true figure written beside it. Pure: the chart draws what this decides.
 */

/**
 * A bar more than this many times the next is cut: left whole, it would squeeze every other bar into
 * less than a third of the axis. Twice is still readable, and a real figure (not an artefact of a
 * tiny population) that is merely the largest should be seen at its true length.
 */
export const CUT_RATIO = 3;
/** fewer bars than this are a comparison of a few, where the long bar is the message */
export const CUT_MIN_BARS = 3;
/** room past the next bar (or the reference line), so that neither sits on the cut edge */
const HEADROOM = 1.1;
/** a cut that saves less than this share of the axis is not worth the break */
const MIN_SAVING = 0.2;
const TICKS = 4;

export interface AxisCut {
  /** the value where the axis stops: the broken bar is drawn to here */
  at: number;
  /** the axis ticks, 0 to `at` in round steps */
  ticks: number[];
  /** the bar drawn broken */
  cut: { key: string; value: number };
  /** the largest bar drawn whole */
  next: { key: string; value: number };
}

/** 1, 2, 2.5 or 5 times a power of ten: the smallest at least `raw` */
export function niceStep(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= raw * (1 - 1e-9)) ?? 10;
  return step * power;
}

/**
 * Where to stop the axis, or null to draw every bar whole. The largest bar is cut when it is more
 * than CUT_RATIO times the next, among at least CUT_MIN_BARS bars: the axis then stops at a round
 * value a little above the next bar (and above the reference line, which must stay on the chart).
 */
export function axisCut(
  bars: readonly { key: string; value: number }[],
  reference: number | null = null,
): AxisCut | null {
  if (bars.length < CUT_MIN_BARS || bars.some((b) => !Number.isFinite(b.value) || b.value < 0))
    return null;
  const [cut, next] = [...bars].sort((a, b) => b.value - a.value);
  if (!cut || !next || next.value <= 0 || cut.value <= CUT_RATIO * next.value) return null;
  const span = Math.max(next.value, reference ?? 0) * HEADROOM;
  const step = niceStep(span / TICKS);
  const steps = Math.ceil(span / step - 1e-9);
  const at = steps * step;
  if (at > cut.value * (1 - MIN_SAVING)) return null;
  // multiplied, not added up, so that 0.1 steps do not drift to 0.30000000000000004
  const ticks = Array.from({ length: steps + 1 }, (_, i) => Number((i * step).toPrecision(12)));
  return {
    at: Number(at.toPrecision(12)),
    ticks,
    cut: { key: cut.key, value: cut.value },
    next: { key: next.key, value: next.value },
  };
}

/** "3.3 times": how far the cut bar is beyond the next, to one decimal place */
export function timesWords(value: number, next: number): string {
  return `${(value / next).toFixed(1)} times`;
}
