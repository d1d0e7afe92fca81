import type { CountsResponse, MetaResponse } from '@shared/contract.ts';
import { headlinePeriod, outcomeRates } from '@shared/figures.ts';
import type { Filters } from '@shared/filters.ts';
import { CHARGED_GROUP_ID, NO_SUSPECT_GROUP_ID } from '@shared/reference/outcome-ids.ts';
import { forcesSumQuestion, nationalFor } from '../../lib/national-figure.ts';
import { headlineQuestions } from './questions.ts';

/**
 * The overview's questions that follow from its first answers, named once: the headline figures and
 * the national figure ask them, and the app asks them as soon as those answers (and the dataset's
 * description) arrive, before the page is drawn (app/first-questions.ts). Asked by the page after it
 * was drawn, they were a second round of requests, started in the middle of drawing the chart.
 */

/**
 * Whether the headline's outcome cards count their outcomes: where no rate can be given for the
 * latest complete period, each card counts its outcome as the Outcomes view does with it chosen.
 */
export function headlineCounts(
  filters: Filters,
  byForce: CountsResponse | undefined,
  byOutcome: CountsResponse | undefined,
): boolean {
  const head = byForce ? headlinePeriod(byForce.periods) : null;
  return (
    byOutcome !== undefined &&
    head !== null &&
    filters.outcome.length === 0 &&
    !outcomeRates(byOutcome, head.index).available
  );
}

/** the question a card counts its outcome group with: crimes by force, with that outcome */
export function countedQuestion(filters: Filters, group: string): Filters {
  return { ...headlineQuestions(filters).byForce, outcome: [group] };
}

/** What the overview asks once it has the answers to its first questions (overviewQuestions). */
export function overviewFollowUps(
  filters: Filters,
  meta: MetaResponse | undefined,
  answers: readonly (CountsResponse | undefined)[],
): Filters[] {
  const [, byForce, byOutcome] = answers;
  const asked: Filters[] = [];
  if (headlineCounts(filters, byForce, byOutcome))
    asked.push(
      countedQuestion(filters, CHARGED_GROUP_ID),
      countedQuestion(filters, NO_SUSPECT_GROUP_ID),
    );
  const national = meta ? nationalFor(filters, meta) : null;
  if (national) asked.push(forcesSumQuestion(filters, national));
  return asked;
}
