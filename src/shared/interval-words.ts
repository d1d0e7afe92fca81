import type { Interval } from './period.ts';

/**
 * The one home of the words for intervals: every title, subtitle, key fact and reason reads them
 * here, so that "financial year" is never "fiscal year" on one page and "year" on another. The whole
 * period (`total`) is named by the caller, as a sentence needs it ("the whole period", "the period").
 */
const NOUNS: Record<Exclude<Interval, 'total'>, readonly [string, string]> = {
  month: ['month', 'months'],
  quarter: ['quarter', 'quarters'],
  year: ['calendar year', 'calendar years'],
  fy: ['financial year', 'financial years'],
};

/** "financial year"; the whole period as `whole` */
export function intervalNoun(interval: Interval, whole = 'whole period'): string {
  return interval === 'total' ? whole : NOUNS[interval][0];
}

/** "financial years"; the whole period as `whole` */
export function intervalPlural(interval: Interval, whole = 'the period asked for'): string {
  return interval === 'total' ? whole : NOUNS[interval][1];
}

/** "each financial year's" (crimes); the whole period as `whole` */
export function eachIntervals(interval: Interval, whole = 'the'): string {
  return interval === 'total' ? whole : `each ${NOUNS[interval][0]}'s`;
}
