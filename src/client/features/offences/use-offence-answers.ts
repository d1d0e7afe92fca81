import { useQuery } from '@tanstack/react-query';
import { offenceLevel, rankedPeriod, type RankedPeriod } from '@shared/offence-figures.ts';
import { countsQueryOptions } from '../../api/counts.ts';
import { useFilters } from '../../lib/filters-context.tsx';

/**
 * The answers the view draws from. The ranking shows the whole range when the published tables
 * answer it; when they break crimes down for one year only, it shows that year, asked for on its own
 * so that its notes and coverage are about that year alone.
 */
export function useOffenceAnswers() {
  const { filters } = useFilters();
  const base = { ...filters, by: offenceLevel(filters.by) };
  const trend = useQuery(countsQueryOptions(base));
  const total = useQuery(countsQueryOptions({ ...base, interval: 'total' }));
  // FOI returns give breakdowns by financial year: the years to fall back on, whatever the interval
  const years = useQuery(countsQueryOptions({ ...base, interval: 'fy' }));
  const choice: RankedPeriod | null =
    total.data && years.data ? rankedPeriod(total.data, years.data) : null;
  const period = choice?.kind === 'period' ? choice.period : null;
  const single = useQuery({
    ...countsQueryOptions({
      ...base,
      interval: 'total',
      from: period?.start ?? null,
      to: period?.end ?? null,
    }),
    enabled: period !== null,
  });
  const ranked = choice?.kind === 'range' ? total : single;
  // while the year is fetched, the answer held over may be for the whole range: never draw that
  const stale = period !== null && single.data?.query.from !== period.start;
  const rankedError = total.error ?? years.error ?? (period ? single.error : null);
  return {
    level: base.by,
    trend,
    total,
    years,
    choice,
    /**
     * The answer the ranking draws, loadable as any query is (figureData): when nothing answers,
     * the whole range's totals (their notes say why); never an answer held over from another period.
     */
    ranked: {
      data:
        choice === null || stale ? undefined : choice.kind === 'none' ? total.data : ranked.data,
      error: rankedError,
      isFetching: total.isFetching || years.isFetching || ranked.isFetching,
      refetch: () =>
        Promise.all([total, years, single].filter((q) => q.error).map((q) => q.refetch())),
      /** nothing answers: the choice is made and there is no figure to rank */
      none: choice?.kind === 'none',
    },
  };
}

export type OffenceAnswers = ReturnType<typeof useOffenceAnswers>;
