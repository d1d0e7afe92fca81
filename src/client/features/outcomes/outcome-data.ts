import { useQuery } from '@tanstack/react-query';
import type { Period } from '@shared/contract.ts';
import type { Measure } from '@shared/filters.ts';
import type { Derived } from '@shared/figures.ts';
import type { OutcomeHeadline } from '@shared/outcome-figures.ts';
import { countsQueryOptions } from '../../api/counts.ts';
import { useFilters } from '../../lib/filters-context.tsx';
import type { OutcomeSplit } from './outcome-words.ts';

/** The outcome answers the view draws from, and the small reshapings its figures share. */

export function useOutcomeCounts(by: OutcomeSplit = 'outcomeGroup', measure: Measure = 'count') {
  const { filters } = useFilters();
  return useQuery(countsQueryOptions({ ...filters, by, measure }));
}

export const PROVISIONAL = '[p]';

/** Periods with "[p]" after the label where outcomes are still largely unassigned. */
export function markProvisional(
  periods: readonly Period[],
  headlines: readonly Derived<OutcomeHeadline>[],
): Period[] {
  return periods.map((p, i) => {
    const h = headlines[i];
    return h?.available && h.provisional ? { ...p, label: `${p.label} ${PROVISIONAL}` } : p;
  });
}
