import type { ReactNode } from 'react';
import type { CountsResponse } from '@shared/contract.ts';
import type { Derived, OutcomeRates } from '@shared/figures.ts';
import {
  CHARGED_GROUP_ID,
  NO_SUSPECT_GROUP_ID,
  NO_SUSPECT_OUTCOME_ID,
} from '@shared/reference/outcome-ids.ts';
import { formatCount, formatPercent } from '../../lib/format.ts';
import { cellNotes } from '../../lib/wording.ts';
import { capitalise } from '../../lib/words.ts';

export interface Card {
  value: string;
  detail: ReactNode;
}

const KINDS = {
  charged: { keys: [CHARGED_GROUP_ID, '1', '1A'], share: 'Outcomes 1 and 1A as a share' },
  noSuspect: { keys: [NO_SUSPECT_GROUP_ID, NO_SUSPECT_OUTCOME_ID], share: 'Outcome 18 as a share' },
} as const;

/**
 * An outcome headline: a rate where every force's outcomes are published in full; otherwise the
 * count that was published, said to be a count, with the caveats noted beside it (Lancashire's three
 * charges may cover three years); otherwise why there is neither. Never a missing figure as zero.
 */
export function outcomeCard(
  kind: keyof typeof KINDS,
  byGroup: CountsResponse | undefined,
  index: number,
  rates: Derived<OutcomeRates> | null,
  rateDetail: (what: string) => ReactNode,
): Card {
  const { keys, share } = KINDS[kind];
  if (rates === null || !byGroup) return { value: 'Not available', detail: 'Loading…' };
  if (rates.available)
    return {
      value: formatPercent(kind === 'charged' ? rates.chargeRate : rates.noSuspectShare),
      detail: rateDetail(share),
    };
  const period = byGroup.periods[index];
  const series = byGroup.series.filter(
    (s) => (keys as readonly string[]).includes(s.key) && (s.values[index] ?? null) !== null,
  );
  if (!period || series.length === 0 || byGroup.query.outcome.length > 0)
    return { value: 'Not available', detail: `${capitalise(rates.reason)}.` };
  const value = series.reduce((a, s) => a + (s.values[index] ?? 0), 0);
  const suppressed = series.some((s) => s.suppressed[index] === true);
  const of = byGroup.forces.length;
  const without = new Set(series.flatMap((s) => s.missing[index] ?? []));
  const forces = of - without.size;
  const notes = series.flatMap((s) => cellNotes(byGroup, s.key, period.id));
  return {
    value: `${suppressed ? 'at least ' : ''}${formatCount(value)}`,
    detail: (
      <>
        A number of crimes, not a rate: {rates.reason}
        {of > 1 && `; published by ${forces} of ${of} forces`}.
        {notes.map((n) => (
          <strong key={n} className="mt-1 block">
            {n}
          </strong>
        ))}
      </>
    ),
  };
}
