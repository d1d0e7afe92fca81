import { queryOptions } from '@tanstack/react-query';
import { API } from '@shared/contract.ts';
import { PlatformSeriesResponseSchema } from '@shared/platform-series.ts';
import { getJson } from './http.ts';

export const platformSeriesKeys = {
  all: ['platform-series'] as const,
  /** by the query string asked: the version and what it is narrowed to */
  at: (query: string) => [...platformSeriesKeys.all, query] as const,
};

/**
 * The NSPCC platform series, every figure as published, at a version of the release (null: the
 * latest): one answer that changes only when a version is added. `only`: a query that narrows it
 * ('kind=force&offence=71/17'), '' for every figure.
 */
export function platformSeriesQueryOptions(version: number | null = null, only = '') {
  const search = new URLSearchParams(only);
  if (version !== null) search.set('version', String(version));
  const query = search.toString();
  return queryOptions({
    queryKey: platformSeriesKeys.at(query),
    queryFn: ({ signal }) =>
      getJson(
        query === '' ? API.platformSeries : `${API.platformSeries}?${query}`,
        PlatformSeriesResponseSchema,
        signal,
      ),
    staleTime: Infinity,
  });
}

/** `version=` of a link to the platforms view: a version number, or null (none, or not a number). */
export function seriesVersionOf(search: URLSearchParams): {
  version: number | null;
  problem: string | null;
} {
  const raw = search.get('version');
  if (raw === null) return { version: null, problem: null };
  return /^[1-9]\d{0,8}$/.test(raw)
    ? { version: Number(raw), problem: null }
    : { version: null, problem: raw };
}
