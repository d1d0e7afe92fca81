import { useQuery } from '@tanstack/react-query';
import type { CountsResponse, MetaResponse, Period } from '@shared/contract.ts';
import { headlinePeriod } from '@shared/figures.ts';
import { groupAnswer } from '@shared/groups.ts';
import type { Filters } from '@shared/filters.ts';
import { countsQueryOptions } from '../../api/counts.ts';
import { returnsQueryOptions } from '../../api/returns.ts';
import { useFilters } from '../../lib/filters-context.tsx';
import {
  figureFor,
  statusOf,
  type Figure,
  type Returns,
  type StatusSummary,
} from './forces-rows.ts';

/**
 * What the forces view asks the API: the selection by force in the chosen measure (bars, map, trend),
 * the same over all forces (the England and Wales line), and what each force said when asked.
 */

export interface ComparisonPeriod {
  index: number;
  period: Period;
  /** a part period after the one shown, left out of the comparison */
  partialAfter: Period | null;
}

/** The latest full period; if there is none, the last (part) period, marked as such. */
export function comparisonPeriod(r: CountsResponse): ComparisonPeriod | null {
  const head = headlinePeriod(r.periods);
  const index = head?.index ?? r.periods.length - 1;
  const period = r.periods[index];
  if (!period) return null;
  return { index, period, partialAfter: head?.partialAfter ?? null };
}

function byForce(filters: Filters, patch: Partial<Filters> = {}): Filters {
  return { ...filters, by: 'force', ...patch };
}

export function useComparison() {
  const { filters } = useFilters();
  const selection = useQuery(countsQueryOptions(byForce(filters)));
  const national = useQuery(countsQueryOptions(byForce(filters, { force: [] })));
  // the returns answer does not depend on the split or the measure: one cache entry for all of them
  const returns = useQuery(returnsQueryOptions({ ...filters, by: 'none', measure: 'count' }));
  const said: Returns = returns.data?.returns ?? (returns.error ? 'failed' : 'loading');
  return { selection, national, returns: said };
}

export interface ForceItem {
  id: string;
  name: string;
  shortName: string;
  population: number | null;
  figure: Figure;
  status: StatusSummary;
}

/** Each force in the answer with its figure for the period, or the reason it has none. */
export function forceItems(
  r: CountsResponse,
  index: number,
  meta: MetaResponse,
  returns: Returns,
): ForceItem[] {
  const period = r.periods[index];
  const platformName = (id: string) => meta.platforms.find((p) => p.id === id)?.name ?? id;
  return r.series
    .filter((s) => s.kind === 'series')
    .map((s) => {
      const ref = meta.forces.find((f) => f.id === s.key);
      const population = ref?.population ?? null;
      const status = statusOf(returns, s.key, period, platformName);
      return {
        id: s.key,
        name: ref?.name ?? s.label,
        shortName: ref?.shortName ?? s.label,
        population,
        figure: figureFor(
          r,
          s.key,
          index,
          status,
          r.query.measure === 'rate' && population === null,
        ),
        status,
      };
    });
}

/**
 * The table's figures: counts and rates for the selection and for England and Wales, and outcomes:
 * each force's outcome groups come in the same answer as its count (thenBy), one request for all.
 */
export function useTableData() {
  const { filters } = useFilters();
  const counts = useQuery(
    countsQueryOptions(byForce(filters, { measure: 'count', thenBy: 'outcomeGroup' })),
  );
  const rates = useQuery(countsQueryOptions(byForce(filters, { measure: 'rate' })));
  const natCounts = useQuery(countsQueryOptions(byForce(filters, { force: [], measure: 'count' })));
  const natRates = useQuery(countsQueryOptions(byForce(filters, { force: [], measure: 'rate' })));
  const natOutcomes = useQuery(
    countsQueryOptions({ ...filters, force: [], by: 'outcomeGroup', measure: 'count' }),
  );
  const outcomesOf = (force: string) => (counts.data ? groupAnswer(counts.data, force) : undefined);
  return { counts, rates, natCounts, natRates, natOutcomes, outcomesOf };
}
