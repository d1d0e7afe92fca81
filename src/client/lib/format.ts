import { formatNumber } from '@shared/number-format.ts';

/** Numbers as the dashboard writes them: thousands separators, units said, missing never as 0. */

export const NOT_AVAILABLE = '[x]';
export const SUPPRESSED = '[c]';

export function formatCount(n: number | null): string {
  return n === null ? NOT_AVAILABLE : formatNumber(n);
}

export function formatRate(n: number | null): string {
  return n === null ? NOT_AVAILABLE : formatNumber(n, 1);
}

export function formatPercent(n: number | null, digits = 1): string {
  if (n === null) return NOT_AVAILABLE;
  return `${formatNumber(n, digits)}%`;
}

/** "+48%", "−12%", "no change" */
export function formatChange(pct: number | null): string {
  if (pct === null) return NOT_AVAILABLE;
  const rounded = Math.round(pct);
  if (rounded === 0) return 'no change';
  return `${rounded > 0 ? '+' : '−'}${formatNumber(Math.abs(rounded))}%`;
}

export type MeasureKind = 'count' | 'rate' | 'share';

export function formatValue(n: number | null, measure: MeasureKind): string {
  switch (measure) {
    case 'count':
      return formatCount(n);
    case 'rate':
      return formatRate(n);
    case 'share':
      return formatPercent(n);
  }
}

export { MEASURE_UNITS } from '@shared/measure-words.ts';

/**
 * A figure with its suppression mark: "12 [c]" includes suppressed figures (a lower bound); "[c]"
 * alone is suppressed, with no number to give; "[x]" is not available.
 */
export function formatCell(n: number | null, measure: MeasureKind, suppressed: boolean): string {
  if (n === null) return suppressed ? SUPPRESSED : NOT_AVAILABLE;
  return suppressed ? `${formatValue(n, measure)} ${SUPPRESSED}` : formatValue(n, measure);
}
