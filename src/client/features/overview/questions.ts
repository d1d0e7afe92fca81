import type { By, Filters } from '@shared/filters.ts';

/**
 * The questions the overview asks the API, named once: its panels ask them, and the app asks them as
 * the script starts, in parallel with the dataset's description (app/first-questions.ts), so that the
 * first chart waits for one round of requests, not two.
 */

export type Split = 'none' | 'platform' | 'offenceGroup';

export function splitOf(by: By): Split {
  return by === 'platform' || by === 'offenceGroup' ? by : 'none';
}

/** the trend: whole, or split by platform or offence group */
export function trendQuestion(filters: Filters): Filters & { by: Split } {
  return { ...filters, by: splitOf(filters.by) };
}

/** the headline figures: crimes by force (for coverage and change) and by outcome group, as counts */
export function headlineQuestions(filters: Filters): { byForce: Filters; byOutcome: Filters } {
  const base = { ...filters, measure: 'count' as const };
  return { byForce: { ...base, by: 'force' }, byOutcome: { ...base, by: 'outcomeGroup' } };
}

export function overviewQuestions(filters: Filters): Filters[] {
  const { byForce, byOutcome } = headlineQuestions(filters);
  return [trendQuestion(filters), byForce, byOutcome];
}
