import type { ReactNode } from 'react';
import type { CountsResponse } from '@shared/contract.ts';
import type { Derived, OutcomeRates } from '@shared/figures.ts';
import { CHARGED_GROUP_ID, NO_SUSPECT_GROUP_ID } from '@shared/reference/outcome-ids.ts';
import { formatCount, formatPercent } from '../../lib/format.ts';
import { cellNotes } from '../../lib/wording.ts';
import { capitalise } from '../../lib/words.ts';

export interface Card {
  value: string;
  detail: ReactNode;
}

export const KINDS = {
  charged: { group: CHARGED_GROUP_ID, share: 'Outcomes 1 and 1A as a share' },
  noSuspect: { group: NO_SUSPECT_GROUP_ID, share: 'Outcome 18 as a share' },
} as const;

/**
 * An outcome headline: a rate where every force's outcomes are published in full; otherwise the
 * count that was published, said to be a count, with the caveats noted beside it (Lancashire's three
 * charges may cover three years); otherwise why there is neither. Never a missing figure as zero.
 *
 * The count is the answer to the question the Outcomes view asks when this outcome is chosen
 * (`counted`: by force, the outcome as the filter), so the two give the same figure from the same
 * forces: it holds the forces that published only a selection of their outcomes, which a breakdown
 * of all outcomes leaves out.
 */
export function outcomeCard(
  kind: keyof typeof KINDS,
  byGroup: CountsResponse | undefined,
  index: number,
  rates: Derived<OutcomeRates> | null,
  rateDetail: (what: string) => ReactNode,
  counted: CountsResponse | undefined,
  forceNames: (ids: readonly string[]) => string,
): Card {
  const { share } = KINDS[kind];
  if (rates === null || !byGroup) return { value: 'Not available', detail: 'Loading…' };
  if (rates.available)
    return {
      value: formatPercent(kind === 'charged' ? rates.chargeRate : rates.noSuspectShare),
      detail: rateDetail(share),
    };
  const period = byGroup.periods[index];
  if (!period || byGroup.query.outcome.length > 0)
    return { value: 'Not available', detail: `${capitalise(rates.reason)}.` };
  if (!counted) return { value: 'Not available', detail: 'Loading…' };
  const i = counted.periods.findIndex((p) => p.id === period.id);
  const forces = counted.series.filter(
    (s) => s.kind === 'series' && (s.values[i] ?? null) !== null,
  );
  const value = counted.totals.values[i] ?? null;
  if (value === null || forces.length === 0)
    return { value: 'Not available', detail: `${capitalise(rates.reason)}.` };
  const of = counted.forces.length;
  const ids = forces.map((s) => s.key);
  const notes = [...new Set(ids.flatMap((id) => cellNotes(counted, id, period.id)))];
  return {
    value: `${counted.totals.suppressed[i] === true ? 'at least ' : ''}${formatCount(value)}`,
    detail: (
      <>
        A number of crimes, not a rate: {rates.reason}
        {of > 1 &&
          `; published by ${ids.length} of ${of} forces${ids.length <= 6 ? ` (${forceNames(ids)})` : ''}`}
        .
        {notes.map((n) => (
          <strong key={n} className="mt-1 block">
            {n}
          </strong>
        ))}
      </>
    ),
  };
}
