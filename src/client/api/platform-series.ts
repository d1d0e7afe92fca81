import { queryOptions } from '@tanstack/react-query';
import { API } from '@shared/contract.ts';
import { PlatformSeriesResponseSchema } from '@shared/platform-series.ts';
import { getJson } from './http.ts';

export const platformSeriesKeys = {
  all: ['platform-series'] as const,
  at: (version: number | null) => [...platformSeriesKeys.all, version] as const,
};

/**
 * The NSPCC platform series, every figure as published, at a version of the release (null: the
 * latest): one answer that changes only when a version is added.
 */
export function platformSeriesQueryOptions(version: number | null = null) {
  return queryOptions({
    queryKey: platformSeriesKeys.at(version),
    queryFn: ({ signal }) =>
      getJson(
        version === null ? API.platformSeries : `${API.platformSeries}?version=${version}`,
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
