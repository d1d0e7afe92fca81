import { API } from '@shared/contract.ts';
import { queryString, toSearchParams, type Filters } from '@shared/filters.ts';

/**
 * The API's query string for filters, serialised with the API's defaults: the page's default platform
 * (TikTok) is then stated explicitly, so the request asks exactly what the page shows.
 */
export function apiQuery(filters: Filters): string {
  return queryString(toSearchParams(filters));
}

/** The URL of the counts answering these filters (light: the first page's script asks it early). */
export function countsUrl(filters: Filters): string {
  return `${API.counts}?${apiQuery(filters)}`;
}
