import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { createContext, use, useCallback, useMemo, type ReactNode } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import type { MetaResponse } from '@shared/contract.ts';
import {
  parseFilters,
  queryString,
  toSearchParams,
  OFFENCE_BYS,
  type By,
  type Filters,
  type Measure,
  type Problem,
  type Vocabulary,
} from '@shared/filters.ts';
import { metaQueryOptions } from '../api/meta.ts';

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
  setFilters: (patch: Partial<Filters>, options?: { replace?: boolean }) => void;
  setView: (
    patch: Partial<Record<ViewParam, string | null>>,
    options?: { replace?: boolean },
  ) => void;
  /** the query string of a link to another view (or this one afresh): these filters and `patch`, no view parameters */
  linkTo: (pathname: string, patch?: Partial<Filters>) => string;
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
 * What each view makes of the view-level parameters: the splits (`by`) it understands and its own
 * default split and measure. Comparing forces by count makes the biggest look worst, so /forces means
 * rates. A link leaves out what its view would do anyway, and a split the view does not understand
 * (the offences view's `by=offence` on the way to the outcomes view), so links stay short and exact.
 */
interface ViewScope {
  by: readonly By[];
  defaultBy: By;
  measure: Measure;
}
const VIEW_SCOPES: Readonly<Record<string, ViewScope>> = {
  '/': { by: ['platform', 'offenceGroup'], defaultBy: 'none', measure: 'count' },
  '/offences': { by: OFFENCE_BYS, defaultBy: 'offenceGroup', measure: 'count' },
  '/outcomes': { by: ['outcomeGroup', 'outcome'], defaultBy: 'outcomeGroup', measure: 'count' },
  '/forces': { by: [], defaultBy: 'none', measure: 'rate' },
};
const NO_SPLITS: ViewScope = { by: [], defaultBy: 'none', measure: 'count' };

function viewScope(pathname: string): ViewScope {
  return VIEW_SCOPES[pathname.replace(/\/+$/, '') || '/'] ?? NO_SPLITS;
}

function buildSearch(
  filters: Filters,
  view: Partial<Record<ViewParam, string>>,
  scope: ViewScope,
): string {
  const by = scope.by.includes(filters.by) && filters.by !== scope.defaultBy ? filters.by : 'none';
  const params = toSearchParams({ ...filters, by }, 'page');
  if (filters.measure === scope.measure) params.delete('measure');
  else params.set('measure', filters.measure);
  for (const key of VIEW_PARAMS) {
    const value = view[key];
    if (value !== undefined && value !== '') params.set(key, value);
  }
  const qs = queryString(params);
  return qs === '' ? '' : `?${qs}`;
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
  const navigate = useNavigate();
  const location = useLocation();
  const vocab = useMemo(() => vocabularyOf(base), [base]);

  const scope = viewScope(location.pathname);
  const ownMeasure = scope.measure;
  const parsed = useMemo(() => {
    const result = parseFilters(params, vocab, { mode: 'page', ignore: VIEW_PARAMS });
    // a database without the published figures: its first dataset is the default, as in the API
    if (!vocab.datasets.includes(result.filters.dataset)) result.filters.dataset = base.dataset.id;
    const stated = result.problems.every((p) => p.parameter !== 'measure') && params.has('measure');
    return ownMeasure === 'count' || stated
      ? result
      : { ...result, filters: { ...result.filters, measure: ownMeasure } };
  }, [params, vocab, ownMeasure, base.dataset.id]);
  // while another dataset's description loads, the page keeps showing the one it has (no blank flash)
  const latest = useQuery({
    ...metaQueryOptions(parsed.filters.dataset),
    placeholderData: keepPreviousData,
  });
  const { filters, problems } = useMemo(() => {
    const version = parsed.filters.version;
    const own = latest.isPlaceholderData ? undefined : latest.data;
    const versions = own?.dataset.versions.map((v) => v.version) ?? [];
    if (version === null || !own || versions.includes(version)) return parsed;
    const problem: Problem = {
      parameter: 'version',
      value: String(version),
      code: 'unknown_id',
      message: `Version ${version} of this dataset does not exist (versions: ${versions.join(', ')}); showing the latest figures.`,
    };
    return {
      filters: { ...parsed.filters, version: null },
      problems: [...parsed.problems, problem],
    };
  }, [parsed, latest.data, latest.isPlaceholderData]);
  const pinned = useQuery({
    ...metaQueryOptions(filters.dataset, filters.version),
    enabled: filters.version !== null && filters.version !== latest.data?.dataset.version,
  });
  const meta =
    filters.version === null || filters.version === latest.data?.dataset.version
      ? latest.data
      : pinned.data;
  const view = useMemo(() => {
    const v: Partial<Record<ViewParam, string>> = {};
    for (const key of VIEW_PARAMS) {
      const value = params.get(key);
      if (value !== null) v[key] = value;
    }
    return v;
  }, [params]);

  const search = useCallback(
    (patch: Partial<Filters> = {}, viewPatch: Partial<Record<ViewParam, string | null>> = {}) => {
      const nextView: Partial<Record<ViewParam, string>> = {};
      for (const key of VIEW_PARAMS) {
        const v = key in viewPatch ? viewPatch[key] : view[key];
        if (v !== null && v !== undefined) nextView[key] = v;
      }
      return buildSearch({ ...filters, ...patch }, nextView, scope);
    },
    [filters, view, scope],
  );

  const setFilters = useCallback<FiltersState['setFilters']>(
    (patch, options) => {
      void navigate(
        { pathname: location.pathname, search: search(patch) },
        { replace: options?.replace ?? false },
      );
    },
    [navigate, location.pathname, search],
  );
  const setView = useCallback<FiltersState['setView']>(
    (patch, options) => {
      void navigate(
        { pathname: location.pathname, search: search({}, patch) },
        { replace: options?.replace ?? false },
      );
    },
    [navigate, location.pathname, search],
  );

  const linkTo = useCallback(
    (pathname: string, patch: Partial<Filters> = {}) => {
      const target = viewScope(pathname);
      // a measure this view takes by default was not chosen: the other view takes its own default
      const chosen = patch.measure !== undefined || filters.measure !== scope.measure;
      const measure = chosen ? (patch.measure ?? filters.measure) : target.measure;
      return buildSearch({ ...filters, ...patch, measure }, {}, target);
    },
    [filters, scope],
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
