import type { CountsResponse, Query } from './contract.ts';
import { seriesCounted } from './counted.ts';
import { measureWords } from './measure-words.ts';

/** Which filter of the query narrows it to one series of each split; a region is several forces. */
const NARROWS: Record<Query['by'], 'force' | 'platform' | 'offence' | 'outcome' | null> = {
  none: null,
  force: 'force',
  region: null,
  platform: 'platform',
  offence: 'offence',
  offenceSubgroup: 'offence',
  offenceGroup: 'offence',
  outcome: 'outcome',
  outcomeGroup: 'outcome',
};

/**
 * One group of a two-level answer (`by` then `thenBy`) as the one-level answer it equals: the same
 * question narrowed to the group's series and split by `thenBy`. Undefined when the answer has no
 * such group (no `thenBy`, or Not broken down), so callers treat it as an answer not yet there.
 */
export function groupAnswer(r: CountsResponse, key: string): CountsResponse | undefined {
  const g = r.groups?.find((x) => x.key === key);
  const thenBy = r.query.thenBy;
  if (!g || thenBy === undefined) return undefined;
  const narrowed = NARROWS[r.query.by];
  const { thenBy: _ignored, ...query } = r.query;
  // the group is one series of the first split: it counts what that series counts
  const counted = seriesCounted(r);
  return {
    ...r,
    query: { ...query, by: thenBy, ...(narrowed ? { [narrowed]: [key] } : {}) },
    counted,
    unit: measureWords(query.measure, thenBy === 'platform' ? 'crimes' : counted).unit,
    series: g.series,
    totals: g.totals,
    crimes: g.crimes,
    coverage: g.coverage,
    notes: g.notes,
    groups: undefined,
  };
}
