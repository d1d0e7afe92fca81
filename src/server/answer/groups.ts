import type { Group, Series } from '@shared/contract.ts';
import { FILTER_KEYS, type By, type FilterKey } from '@shared/filters.ts';
import { FORCES, regionId } from '@shared/reference/forces.ts';
import { offenceHierarchy } from '@shared/reference/offences.ts';
import { outcomeHierarchy } from '@shared/reference/outcomes.ts';
import { answer, type ResolvedQuery } from './engine.ts';
import { forceIndex, platformIndex, type DatasetStore } from './store.ts';

/**
 * The two-level split (`by` then `thenBy`): each series of the first split answered again, split the
 * second way. A group is exactly the answer to the question a page would otherwise ask once per
 * series (force=<key>&by=<thenBy>), so the figures cannot differ; asking it here saves the round trips.
 */

/** parameters of every path that answers one level only (the CSV, return statuses) */
export const ONE_LEVEL: readonly FilterKey[] = FILTER_KEYS.filter((k) => k !== 'thenBy');

/** The query narrowed to one series of `by`; null for a key that names no such series. */
export function narrowTo(q: ResolvedQuery, by: By, key: string): ResolvedQuery | null {
  const one = (map: ReadonlyMap<string, number>) => {
    const i = map.get(key);
    return i === undefined ? null : [i];
  };
  switch (by) {
    case 'none':
      return null;
    case 'force': {
      const forces = one(forceIndex);
      return forces && { ...q, forces };
    }
    case 'region': {
      const forces = q.forces.filter((f) => regionId(FORCES[f]?.region ?? '') === key);
      return forces.length > 0 ? { ...q, forces } : null;
    }
    case 'platform': {
      const platforms = one(platformIndex);
      return platforms && { ...q, platforms };
    }
    case 'offence':
    case 'offenceSubgroup':
    case 'offenceGroup': {
      const offences = one(offenceHierarchy.indexOf);
      return offences && { ...q, offences };
    }
    case 'outcome':
    case 'outcomeGroup': {
      const outcomes = one(outcomeHierarchy.indexOf);
      return outcomes && { ...q, outcomes };
    }
  }
}

/** One group per series of the first split (Not broken down is no one thing, so it has none). */
export function answerGroups(
  store: DatasetStore,
  q: ResolvedQuery,
  series: readonly Series[],
  thenBy: By,
): Group[] {
  return series.flatMap((s) => {
    const narrowed = s.kind === 'series' ? narrowTo(q, q.by, s.key) : null;
    if (!narrowed) return [];
    const a = answer(store, { ...narrowed, by: thenBy });
    return [
      {
        key: s.key,
        label: s.label,
        series: a.series,
        totals: a.totals,
        crimes: a.crimes,
        coverage: a.coverage,
        notes: a.notes,
      },
    ];
  });
}
