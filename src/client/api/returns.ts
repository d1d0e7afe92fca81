import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { API, ReturnsResponseSchema } from '@shared/contract.ts';
import type { Filters } from '@shared/filters.ts';
import { apiQuery } from './counts-url.ts';
import { getJson } from './http.ts';

export const returnsKeys = {
  all: ['returns'] as const,
  query: (filters: Filters) => [...returnsKeys.all, filters] as const,
};

export function returnsQueryOptions(filters: Filters) {
  return queryOptions({
    queryKey: returnsKeys.query(filters),
    queryFn: ({ signal }) =>
      getJson(`${API.returns}?${apiQuery(filters)}`, ReturnsResponseSchema, signal),
    placeholderData: keepPreviousData,
  });
}
