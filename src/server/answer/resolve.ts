import type { Query } from '@shared/contract.ts';
import type { Filters } from '@shared/filters.ts';
import { formatMonth, intersect, parseMonth, type MonthRange } from '@shared/period.ts';
import { FORCES } from '@shared/reference/forces.ts';
import { offenceHierarchy } from '@shared/reference/offences.ts';
import { outcomeHierarchy } from '@shared/reference/outcomes.ts';
import { PLATFORMS } from '@shared/reference/platforms.ts';
import type { ResolvedQuery } from './engine.ts';
import { coverageOf, forceIndex, platformIndex, type DatasetStore } from './store.ts';

export interface Resolution {
  /** the question as answered, echoed in the response: every default filled in */
  query: Query;
  /** the same question as the engine reads it: indexes into the store */
  resolved: ResolvedQuery;
  /** the requested range reached beyond the dataset's coverage */
  clipped: MonthRange | null;
}

const indexes = (map: ReadonlyMap<string, number>, ids: readonly string[]) =>
  ids.map((id) => map.get(id) ?? -1);

/**
 * Resolve a parsed question against one version of a dataset, once: the echo and the engine's view
 * of it are made together here, so they cannot disagree. `filters` has been checked by parseFilters
 * (every id is known) and names the dataset's own id.
 */
export function resolveQuery(store: DatasetStore, filters: Filters, version: number): Resolution {
  const coverage = coverageOf(store, version);
  const from = filters.from === null ? (coverage?.start ?? 0) : (parseMonth(filters.from) ?? 0);
  const to = filters.to === null ? (coverage?.end ?? 0) : (parseMonth(filters.to) ?? 0);
  const asked = { start: from, end: to };
  const range = coverage ? intersect(asked, coverage) : null;
  const clipped = range && (range.start !== from || range.end !== to) ? asked : null;

  // the echo names a second split only when one was asked for (an answer with `groups`)
  const { thenBy, ...question } = filters;
  const query: Query = {
    ...question,
    ...(thenBy === 'none' ? {} : { thenBy }),
    version,
    from: formatMonth(from),
    to: formatMonth(to),
  };
  const resolved: ResolvedQuery = {
    version,
    forces: filters.force.length > 0 ? indexes(forceIndex, filters.force) : FORCES.map((_, i) => i),
    platforms:
      filters.platform.length > 0
        ? indexes(platformIndex, filters.platform)
        : PLATFORMS.map((_, i) => i),
    offences: indexes(offenceHierarchy.indexOf, filters.offence),
    outcomes: indexes(outcomeHierarchy.indexOf, filters.outcome),
    range,
    interval: filters.interval,
    by: filters.by,
    measure: filters.measure,
  };
  return { query, resolved, clipped };
}
