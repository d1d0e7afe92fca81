import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { API, CountsResponseSchema } from '@shared/contract.ts';
import type { Filters } from '@shared/filters.ts';
import { apiQuery, countsUrl } from './counts-url.ts';
import { getJson } from './http.ts';

export const countsKeys = {
  all: ['counts'] as const,
  query: (filters: Filters) => [...countsKeys.all, filters] as const,
};

export function countsQueryOptions(filters: Filters) {
  return queryOptions({
    queryKey: countsKeys.query(filters),
    queryFn: ({ signal }) => getJson(countsUrl(filters), CountsResponseSchema, signal),
    placeholderData: keepPreviousData,
  });
}

export function countsCsvUrl(filters: Filters): string {
  return `${API.countsCsv}?${apiQuery(filters)}`;
}
