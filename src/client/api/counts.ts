import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { API, CountsResponseSchema } from '@shared/contract.ts';
import { queryString, toSearchParams, type Filters } from '@shared/filters.ts';
import { getJson } from './http.ts';

/**
 * The API's query string for filters, serialised with the API's defaults: the page's default platform
 * (TikTok) is then stated explicitly, so the request asks exactly what the page shows.
 */
export function apiQuery(filters: Filters): string {
  return queryString(toSearchParams(filters));
}

export const countsKeys = {
  all: ['counts'] as const,
  query: (filters: Filters) => [...countsKeys.all, filters] as const,
};

export function countsQueryOptions(filters: Filters) {
  return queryOptions({
    queryKey: countsKeys.query(filters),
    queryFn: ({ signal }) =>
      getJson(`${API.counts}?${apiQuery(filters)}`, CountsResponseSchema, signal),
    placeholderData: keepPreviousData,
  });
}

export function countsCsvUrl(filters: Filters): string {
  return `${API.countsCsv}?${apiQuery(filters)}`;
}
