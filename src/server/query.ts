import type { Query } from '@shared/contract.ts';
import {
  checkRange,
  FILTER_KEYS,
  parseFilters,
  type FilterKey,
  type Filters,
} from '@shared/filters.ts';
import type { MonthRange } from '@shared/period.ts';
import type { ResolvedQuery } from './answer/engine.ts';
import { resolveQuery } from './answer/resolve.ts';
import type { DatasetView, Datasets } from './datasets.ts';
import { ApiError } from './http/errors.ts';

export interface ParsedRequest {
  view: DatasetView;
  version: number;
  filters: Filters;
  query: Query;
  resolved: ResolvedQuery;
  /** the requested range reached beyond the dataset's coverage */
  clipped: MonthRange | null;
}

const ALL_FILTERS: readonly FilterKey[] = FILTER_KEYS;

/**
 * Parse and check a request's query string against the datasets. Throws an ApiError naming the first
 * problem: the API refuses a question it cannot take at face value rather than guess.
 */
export function parseRequest(
  datasets: Datasets,
  params: URLSearchParams,
  allowed: readonly FilterKey[] = ALL_FILTERS,
): ParsedRequest {
  const { filters, problems } = parseFilters(params, datasets.vocabulary());
  const named = new Set(problems.map((p) => p.parameter));
  for (const key of new Set(params.keys())) {
    if (!allowed.includes(key as FilterKey) && !named.has(key)) {
      problems.push({
        parameter: key,
        value: params.get(key) ?? '',
        code: 'unknown_parameter',
        message: `Parameter '${key}' does not apply here; allowed parameters are ${allowed.join(', ')}.`,
        words: `The link has a part that does not apply here (‘${key}’), so it was left out.`,
      });
    }
  }
  const first = problems[0];
  if (first) throw ApiError.fromProblem(first);

  // a database built only by imports may hold no `reported` dataset: then the default is its first
  const view =
    datasets.get(filters.dataset) ?? (params.has('dataset') ? null : (datasets.list()[0] ?? null));
  if (!view)
    throw new ApiError(
      400,
      'unknown_id',
      `Dataset '${filters.dataset}' does not exist.`,
      'dataset',
    );
  const version = filters.version ?? view.latest;
  if (!view.versions.some((v) => v.version === version)) {
    throw new ApiError(
      400,
      'unknown_id',
      `Version ${version} of dataset '${view.row.id}' does not exist; versions are ${view.versions.map((v) => v.version).join(', ')}.`,
      'version',
    );
  }

  filters.dataset = view.row.id;
  // months the figures do not reach are refused like any other value the API cannot take
  const outside = checkRange(filters, datasets.coverage(view, version)).problems[0];
  if (outside) throw ApiError.fromProblem(outside);
  const { query, resolved, clipped } = resolveQuery(datasets.store(view), filters, version);
  return { view, version, filters, query, resolved, clipped };
}
