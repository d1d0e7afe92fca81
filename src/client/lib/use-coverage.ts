import { useQuery } from '@tanstack/react-query';
import { countsQueryOptions } from '../api/counts.ts';
import { useFilters } from './filters-context.tsx';
import type { Covered } from './words.ts';

/**
 * What the figures in view cover, for a page's heading: the forces and platforms with a figure for
 * the filters. Null until the answer arrives; the heading then says what the filters ask for.
 */
export function usePageCoverage(): Covered | null {
  const { filters } = useFilters();
  const query = useQuery(countsQueryOptions({ ...filters, by: 'none', measure: 'count' }));
  return query.data ?? null;
}
