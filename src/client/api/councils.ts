import { queryOptions } from '@tanstack/react-query';
import { API, CouncilsResponseSchema } from '@shared/contract.ts';
import { getJson } from './http.ts';

export const councilsKeys = {
  all: ['councils'] as const,
};

/** The councils of England and Wales and their forces: reference facts that change only with a release. */
export function councilsQueryOptions() {
  return queryOptions({
    queryKey: councilsKeys.all,
    queryFn: ({ signal }) => getJson(API.councils, CouncilsResponseSchema, signal),
    staleTime: Infinity,
  });
}
