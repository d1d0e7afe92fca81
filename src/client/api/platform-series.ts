import { queryOptions } from '@tanstack/react-query';
import { API } from '@shared/contract.ts';
import { PlatformSeriesResponseSchema } from '@shared/platform-series.ts';
import { getJson } from './http.ts';

export const platformSeriesKeys = {
  all: ['platform-series'] as const,
};

/** The NSPCC platform series, every figure as published: one answer that changes only with a release. */
export function platformSeriesQueryOptions() {
  return queryOptions({
    queryKey: platformSeriesKeys.all,
    queryFn: ({ signal }) => getJson(API.platformSeries, PlatformSeriesResponseSchema, signal),
    staleTime: Infinity,
  });
}
