import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { createContext, use, useCallback, useMemo, type ReactNode } from 'react';
import { useLocation, useSearchParams, type Path } from 'react-router';
import type { MetaResponse } from '@shared/contract.ts';
import {
  checkRange,
  FILTER_KEYS,
  parseFilters,
  queryString,
  toSearchParams,
  type Filters,
  type Problem,
  type Vocabulary,
} from '@shared/filters.ts';
import { metaQueryOptions } from '../api/meta.ts';
import { useLatestUrl } from './latest-url.ts';
import { viewAt, viewDefaults, type ViewSpec } from './views.ts';

/**
 * The URL is the single source of truth for what the page shows. Filters are parsed from it with the
 * same parser as the API's; view-only parameters (which tab, presentation mode…) ride alongside.
 * Discrete choices push a history entry so that Back and Forward restore the previous view.
 */

export const VIEW_PARAMS = ['tab', 'sort', 'present', 'embed', 'pack', 'slide', 'view'] as const;
export type ViewParam = (typeof VIEW_PARAMS)[number];

export interface FiltersState {
  filters: Filters;
  /** the dataset in view, at the version in view */
  meta: MetaResponse;
  /** what in the URL was ignored, and why */
  problems: Problem[];
  view: Partial<Record<ViewParam, string>>;
  /**
   * Change filters: a patch, or a function of the filters as they now are (with any change not yet
   * drawn), for a change that depends on them. Changes build on the URL last asked for, so two made
   * before the page redraws (From, then To) both take effect.
   */
  setFilters: (
    patch: Partial<Filters> | ((filters: Filters) => Partial<Filters>),
    options?: { replace?: boolean },
  ) => void;
  setView: (
    patch: Partial<Record<ViewParam, string | null>>,
    options?: { replace?: boolean },
  ) => void;
  /**
   * A link to another view (or this one afresh): its pathname and a query string with `patch` and the
   * filters in view that differ from this view's defaults (what the reader chose); what they did not
   * choose takes the other view's defaults. No view parameters.
   */
  linkTo: (pathname: string, patch?: Partial<Filters>) => Pick<Path, 'pathname' | 'search'>;
  /** a query string with these filters and view parameters (canonical: defaults left out) */
  search: (patch?: Partial<Filters>, view?: Partial<Record<ViewParam, string | null>>) => string;
}

const FiltersContext = createContext<FiltersState | null>(null);

export function vocabularyOf(meta: MetaResponse): Vocabulary {
  return {
    datasets: meta.datasets.map((d) => d.id),
    platforms: meta.platforms,
    forces: meta.forces,
    offences: meta.offences.filter((o) => o.level !== 'all'),
    outcomes: meta.outcomes.filter((o) => o.level !== 'all'),
  };
}

/**
 * A query string for a view: the filters as their difference from the view's defaults, leaving out
 * a split the view does not understand (the offences view's `by=offence` on the way to the outcomes
 * view), so that links stay short and exact.
 */
function buildSearch(
  filters: Filters,
  view: Partial<Record<ViewParam, string>>,
  spec: ViewSpec | null,
): string {
  const defaults = viewDefaults(spec);
  const splits: readonly string[] = spec?.splits ?? [];
  const by = splits.includes(filters.by) ? filters.by : defaults.by;
  const params = toSearchParams({ ...filters, by }, defaults);
  for (const key of VIEW_PARAMS) {
    const value = view[key];
    if (value !== undefined && value !== '') params.set(key, value);
  }
  const qs = queryString(params);
  return qs === '' ? '' : `?${qs}`;
}

/** The filters a reader chose (those that differ from `from`'s defaults); the rest take `to`'s. */
function carried(filters: Filters, from: ViewSpec | null, to: ViewSpec | null): Filters {
  const own = viewDefaults(from);
  const next = viewDefaults(to);
  const out: Record<string, unknown> = { ...filters };
  for (const key of FILTER_KEYS) {
    if (JSON.stringify(filters[key]) === JSON.stringify(own[key])) out[key] = next[key];
  }
  return out as Filters;
}

function viewOf(params: URLSearchParams): Partial<Record<ViewParam, string>> {
  const v: Partial<Record<ViewParam, string>> = {};
  for (const key of VIEW_PARAMS) {
    const value = params.get(key);
    if (value !== null) v[key] = value;
  }
  return v;
}

/** The view's own parameters with `patch` applied (null removes one). */
function patchView(
  view: Partial<Record<ViewParam, string>>,
  patch: Partial<Record<ViewParam, string | null>>,
): Partial<Record<ViewParam, string>> {
  const next: Partial<Record<ViewParam, string>> = {};
  for (const key of VIEW_PARAMS) {
    const v = key in patch ? patch[key] : view[key];
    if (v !== null && v !== undefined) next[key] = v;
  }
  return next;
}

/** A version the dataset does not have: the latest figures instead, and a problem that says so. */
function checkVersion(
  parsed: { filters: Filters; problems: Problem[] },
  own: MetaResponse | undefined,
): { filters: Filters; problems: Problem[] } {
  const version = parsed.filters.version;
  const versions = own?.dataset.versions.map((v) => v.version) ?? [];
  if (version === null || own?.dataset.id !== parsed.filters.dataset || versions.includes(version))
    return parsed;
  const problem: Problem = {
    parameter: 'version',
    value: String(version),
    code: 'unknown_id',
    message: `Version ${version} of this dataset does not exist (versions: ${versions.join(', ')}); showing the latest figures.`,
    words: `These figures have no version ${version}, so the page shows the latest figures.`,
  };
  return { filters: { ...parsed.filters, version: null }, problems: [...parsed.problems, problem] };
}

/**
 * Parses the URL against the reference lists of `base` (any dataset's meta), then checks the version
 * against the dataset's own list. Children render once the dataset in view is known.
 */
export function FiltersProvider({
  base,
  children,
  loading,
  failed,
}: {
  base: MetaResponse;
  children: ReactNode;
  loading: ReactNode;
  /** what to show when the dataset in view cannot be described (the API failed) */
  failed: (error: Error, retry: () => void) => ReactNode;
}) {
  const [params] = useSearchParams();
  const location = useLocation();
  const vocab = useMemo(() => vocabularyOf(base), [base]);

  const spec = viewAt(location.pathname);
  const parse = useCallback(
    (p: URLSearchParams, pathname: string) => {
      const defaults = viewDefaults(viewAt(pathname));
      const result = parseFilters(p, vocab, { defaults, lenient: true, ignore: VIEW_PARAMS });
      // a database without the published figures: its first dataset is the default, as in the API
      if (!vocab.datasets.includes(result.filters.dataset))
        result.filters.dataset = base.dataset.id;
      return result;
    },
    [vocab, base.dataset.id],
  );
  const parsed = useMemo(
    () => parse(params, location.pathname),
    [parse, params, location.pathname],
  );
  // while another dataset's description loads, the page keeps showing the one it has (no blank flash)
  const latest = useQuery({
    ...metaQueryOptions(parsed.filters.dataset),
    placeholderData: keepPreviousData,
  });
  const own = latest.isPlaceholderData ? undefined : latest.data;
  const versioned = useMemo(() => checkVersion(parsed, own), [parsed, own]);
  const pinned = useQuery({
    ...metaQueryOptions(versioned.filters.dataset, versioned.filters.version),
    enabled:
      versioned.filters.version !== null &&
      versioned.filters.version !== latest.data?.dataset.version,
  });
  const meta =
    versioned.filters.version === null || versioned.filters.version === latest.data?.dataset.version
      ? latest.data
      : pinned.data;
  // months outside the figures are set aside as the API refuses them, so that the title, the controls
  // and the request all use the corrected range
  const coverage = meta?.dataset.coverage ?? null;
  const { filters, problems } = useMemo(() => {
    const ranged = checkRange(versioned.filters, coverage);
    return { filters: ranged.filters, problems: [...versioned.problems, ...ranged.problems] };
  }, [versioned, coverage]);
  const view = useMemo(() => viewOf(params), [params]);
  const drawnState = useMemo(
    () => ({ pathname: location.pathname, filters, view }),
    [location.pathname, filters, view],
  );

  const search = useCallback(
    (patch: Partial<Filters> = {}, viewPatch: Partial<Record<ViewParam, string | null>> = {}) =>
      buildSearch({ ...filters, ...patch }, patchView(view, viewPatch), spec),
    [filters, view, spec],
  );

  const resolve = useCallback(
    (pathname: string, p: URLSearchParams) => ({
      pathname,
      filters: checkRange(checkVersion(parse(p, pathname), own).filters, coverage).filters,
      view: viewOf(p),
    }),
    [parse, own, coverage],
  );
  const { current, go } = useLatestUrl(drawnState, resolve);

  const setFilters = useCallback<FiltersState['setFilters']>(
    (patch, options) => {
      const now = current();
      const changes = typeof patch === 'function' ? patch(now.filters) : patch;
      const next = buildSearch({ ...now.filters, ...changes }, now.view, viewAt(now.pathname));
      go(now.pathname, next, options?.replace ?? false);
    },
    [current, go],
  );
  const setView = useCallback<FiltersState['setView']>(
    (patch, options) => {
      const now = current();
      const next = buildSearch(now.filters, patchView(now.view, patch), viewAt(now.pathname));
      go(now.pathname, next, options?.replace ?? false);
    },
    [current, go],
  );

  const linkTo = useCallback(
    (pathname: string, patch: Partial<Filters> = {}) => {
      const target = viewAt(pathname);
      const search = buildSearch({ ...carried(filters, spec, target), ...patch }, {}, target);
      return { pathname, search };
    },
    [filters, spec],
  );
  const value = useMemo(
    () => (meta ? { filters, meta, problems, view, setFilters, setView, search, linkTo } : null),
    [filters, meta, problems, view, setFilters, setView, search, linkTo],
  );
  if (!value) {
    const failure = latest.data ? pinned.error : latest.error;
    if (failure)
      return failed(failure, () => void (latest.data ? pinned.refetch() : latest.refetch()));
    return loading;
  }
  return <FiltersContext value={value}>{children}</FiltersContext>;
}

/** The page's filters, parsed from the URL. Components read filters only through this hook. */
export function useFilters(): FiltersState {
  const state = use(FiltersContext);
  if (!state) throw new Error('useFilters must be used inside FiltersProvider');
  return state;
}
