import { useQuery } from '@tanstack/react-query';
import type { MetaResponse, NationalFigure, Source } from '@shared/contract.ts';
import type { Filters } from '@shared/filters.ts';
import { countsQueryOptions } from '../api/counts.ts';
import { useFilters } from './filters-context.tsx';
import { forceWords } from './words.ts';

/**
 * The country's figure as its release published it, where a page about every force shows the figures
 * of the few that published theirs: set beside their sum, so that neither is read as the other.
 */

export interface NationalShown {
  figure: NationalFigure;
  /** every source the figure names, by id */
  sources: ReadonlyMap<string, Source>;
  platformName: string;
  /** the forces' figures over the figure's own period, added up: what it must not be read as */
  forces: { value: number; suppressed: boolean; who: string } | null;
}

/**
 * Whether the figure speaks of what the page shows: all of its platform's crimes, for every force.
 * A page about some forces, offences or outcomes, or about other platforms, is not about it.
 */
export function nationalFor(filters: Filters, meta: MetaResponse): NationalFigure | null {
  const national = meta.dataset.national;
  if (!national) return null;
  const held = meta.dataset.holds.platforms;
  const asked =
    filters.platform.length === 0 ? held : filters.platform.filter((p) => held.includes(p));
  const same = asked.length === 1 && asked[0] === national.platform;
  return same &&
    filters.force.length === 0 &&
    filters.offence.length === 0 &&
    filters.outcome.length === 0
    ? national
    : null;
}

/** the question whose answer is the forces' sum over the figure's period */
export function forcesSumQuestion(filters: Filters, national: NationalFigure): Filters {
  return {
    ...filters,
    platform: [national.platform],
    from: national.period.start,
    to: national.period.end,
    interval: 'total',
    by: 'none',
    thenBy: 'none',
    measure: 'count',
  };
}

export function useNationalFigure(): NationalShown | null {
  const { filters, meta } = useFilters();
  const national = nationalFor(filters, meta);
  // asked only for a figure; the page's own question stands in as the key of one not asked
  const sum = useQuery({
    ...countsQueryOptions(national ? forcesSumQuestion(filters, national) : filters),
    enabled: national !== null,
  });
  if (!national) return null;
  // never the answer to the question asked before (kept while the next loads): another sum
  const answer = sum.isPlaceholderData ? undefined : sum.data;
  const value = answer?.crimes.values[0] ?? null;
  return {
    figure: national,
    sources: new Map(meta.dataset.sources.map((s) => [s.id, s])),
    platformName: meta.platforms.find((p) => p.id === national.platform)?.name ?? national.platform,
    forces:
      answer && value !== null
        ? {
            value,
            suppressed: answer.crimes.suppressed[0] === true,
            who: forceWords(filters, meta, answer),
          }
        : null,
  };
}
