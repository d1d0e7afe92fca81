import type { Query } from '@shared/contract.ts';
import { FILTER_KEYS, parseFilters, type FilterKey, type Filters } from '@shared/filters.ts';
import { formatMonth, intersect, parseMonth, type MonthRange } from '@shared/period.ts';
import { FORCES } from '@shared/reference/forces.ts';
import { offenceHierarchy } from '@shared/reference/offences.ts';
import { outcomeHierarchy } from '@shared/reference/outcomes.ts';
import { PLATFORMS } from '@shared/reference/platforms.ts';
import type { ResolvedQuery } from './answer/engine.ts';
import { coverageOf, forceIndex, platformIndex } from './answer/store.ts';
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

  const store = datasets.store(view);
  const coverage = coverageOf(store, version);
  const from = filters.from === null ? (coverage?.start ?? 0) : (parseMonth(filters.from) ?? 0);
  const to = filters.to === null ? (coverage?.end ?? 0) : (parseMonth(filters.to) ?? 0);
  const asked = { start: from, end: to };
  const range = coverage ? intersect(asked, coverage) : null;
  const clipped = range && (range.start !== from || range.end !== to) ? asked : null;

  const idx = (map: ReadonlyMap<string, number>, ids: readonly string[]) =>
    ids.map((id) => map.get(id) ?? -1);
  filters.dataset = view.row.id;
  const query: Query = {
    dataset: view.row.id,
    version,
    platform: filters.platform,
    force: filters.force,
    offence: filters.offence,
    outcome: filters.outcome,
    from: formatMonth(from),
    to: formatMonth(to),
    interval: filters.interval,
    by: filters.by,
    measure: filters.measure,
  };
  const resolved: ResolvedQuery = {
    version,
    forces: filters.force.length > 0 ? idx(forceIndex, filters.force) : FORCES.map((_, i) => i),
    platforms:
      filters.platform.length > 0
        ? idx(platformIndex, filters.platform)
        : PLATFORMS.map((_, i) => i),
    offences: idx(offenceHierarchy.indexOf, filters.offence),
    outcomes: idx(outcomeHierarchy.indexOf, filters.outcome),
    range,
    interval: filters.interval,
    by: filters.by,
    measure: filters.measure,
    allLabel: 'All recorded crimes in the selection',
  };
  return { view, version, filters, query, resolved, clipped };
}
