import { useQuery } from '@tanstack/react-query';
import type { MetaResponse } from '@shared/contract.ts';
import type { Filters } from '@shared/filters.ts';
import { ewOfForces, type Mix } from '@shared/force-standing.ts';
import { list } from '@shared/key-facts-words.ts';
import { countsQueryOptions } from '../../api/counts.ts';
import { returnsQueryOptions } from '../../api/returns.ts';
import { useFilters } from '../../lib/filters-context.tsx';
import {
  countedOf,
  offenceWords,
  outcomeWords,
  platformWords,
  type Covered,
} from '../../lib/words.ts';
import { COUNTED_WORDS } from '@shared/counted.ts';

/**
 * The questions a force profile asks the API. The page's filters apply, except that the force is the
 * one in the path; England and Wales figures are the same questions over every force.
 */

export type Force = MetaResponse['forces'][number];

export function ownFilters(filters: Filters, id: string): Filters {
  return { ...filters, force: [id], by: 'none', measure: 'count' };
}

/**
 * England and Wales's breakdown, to set a force's mix beside: asked force by force (one answer) and
 * summed over the forces whose breakdown is set against their crimes (see ewOfForces). The all-forces
 * breakdown of the Offences view also counts published selections, which a mix cannot hold.
 */
function ewOptions(all: Filters, group: 'offenceGroup' | 'outcomeGroup') {
  return { ...countsQueryOptions({ ...all, by: 'force', thenBy: group }), select: ewOfForces };
}

export function profileQueries(filters: Filters, id: string) {
  const own = ownFilters(filters, id);
  const all: Filters = { ...own, force: [] };
  return {
    byPlatform: countsQueryOptions({ ...own, by: 'platform' }),
    whole: countsQueryOptions({ ...own, interval: 'total' }),
    rates: countsQueryOptions({ ...all, by: 'force', measure: 'rate' }),
    offences: countsQueryOptions({ ...own, by: 'offenceGroup' }),
    offencesEw: ewOptions(all, 'offenceGroup'),
    outcomes: countsQueryOptions({ ...own, by: 'outcomeGroup' }),
    outcomesEw: ewOptions(all, 'outcomeGroup'),
    returns: returnsQueryOptions(own),
  };
}

/** What the force's figures cover (its platforms with figures), for headings; null while loading. */
export function useProfileCoverage(force: string): Covered | null {
  const { filters } = useFilters();
  return useQuery(profileQueries(filters, force).byPlatform).data ?? null;
}

/** "TikTok-linked crimes", "social media-linked malicious communications offences" */
export function subjectWords(
  filters: Filters,
  meta: MetaResponse,
  covered: Covered | null,
): string {
  const platform = platformWords(filters, meta, covered).replace(/^Social/, 'social');
  const offence = offenceWords(filters, meta);
  const outcome = outcomeWords(filters, meta);
  const what =
    offence === null
      ? 'crimes'
      : /(offences?|crimes)$/.test(offence)
        ? offence
        : `${offence} offences`;
  const subject = `${platform} ${what}${outcome ? ` with the outcome ${outcome}` : ''}`;
  // several platforms' figures added up count a crime once for each platform it names
  return countedOf(filters, meta, covered) === 'crimes'
    ? subject
    : `${COUNTED_WORDS['platform-mentions'].noun} in ${subject}`;
}

/** Forces by name, for lists in words: "Cleveland Police, Dorset Police and …" */
export function forceNames(ids: readonly string[], meta: MetaResponse): string[] {
  return ids.map((id) => meta.forces.find((f) => f.id === id)?.name ?? id);
}

/** What the figures a force is set beside are called: England and Wales only when every force is in them. */
export interface SideName {
  /** 'England and Wales', 'The 4 forces with figures' */
  wide: string;
  /** on a phone: 'Eng. and Wales', '4 forces' */
  narrow: string;
  /** inside a sentence: 'England and Wales', 'the 4 forces with figures' */
  inText: string;
}

export function sideName(mix: Pick<Mix, 'ewForces' | 'ewOf'>): SideName {
  const n = mix.ewForces.length;
  if (n === mix.ewOf)
    return { wide: 'England and Wales', narrow: 'Eng. and Wales', inText: 'England and Wales' };
  return {
    wide: `The ${n} forces with figures`,
    narrow: `${n} forces`,
    inText: `the ${n} forces with figures`,
  };
}

/** Which forces an England and Wales figure covers, in words. */
export function ewWords(
  mix: Pick<Mix, 'ewForces' | 'ewMissing' | 'ewOf'>,
  meta: MetaResponse,
): string {
  const n = mix.ewForces.length;
  if (n === 0) return 'no force: none has figures';
  if (n === mix.ewOf) return `all ${n} forces`;
  if (n <= 6) return `the ${n} forces with figures: ${list(forceNames(mix.ewForces, meta))}`;
  if (mix.ewMissing.length <= 6)
    return `the ${n} of ${mix.ewOf} forces with figures (all but ${list(forceNames(mix.ewMissing, meta))})`;
  return `the ${n} of ${mix.ewOf} forces with figures`;
}
