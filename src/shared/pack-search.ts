import { FILTER_KEYS, queryString } from './filters.ts';

/**
 * A pack's view addresses, apart from the pack's link format: the pinned link of any figure uses
 * this, and should not carry the link's compression into the first page.
 */

/** view parameters that say how a page was being looked at, not what it shows */
const TRANSIENT = ['present', 'embed', 'pack', 'slide', 'tab'];

/**
 * The query string a pack keeps for a view: how it was being looked at (tab, presentation…) left out,
 * and the dataset version pinned unless the link already names one. Filters come first, in the order
 * the dashboard writes them.
 */
export function packItemSearch(search: string, version: number | null): string {
  const params = new URLSearchParams(search);
  for (const key of TRANSIENT) params.delete(key);
  if (version !== null && !params.has('version')) params.set('version', String(version));
  const ordered = new URLSearchParams();
  const keys = [...new Set(params.keys())];
  const rank = (k: string) => {
    const i = (FILTER_KEYS as readonly string[]).indexOf(k);
    return i < 0 ? FILTER_KEYS.length : i;
  };
  for (const key of keys.sort((a, b) => rank(a) - rank(b)))
    for (const value of params.getAll(key)) ordered.append(key, value);
  return queryString(ordered);
}
