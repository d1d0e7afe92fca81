import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { councilsQueryOptions } from '../api/councils.ts';
import type * as CouncilFinder from '../components/filters/council-finder.ts';
import type { SearchMore } from '../components/ui/multi-select-tree.ts';

type Finder = typeof CouncilFinder;

/**
 * The force search's search by council. The 331 councils and the matcher are not part of the first
 * page: both are fetched when the force list is first pointed at, focused or opened.
 */
export function useCouncilSearch(forceIds: readonly string[]): SearchMore {
  const [wanted, setWanted] = useState(false);
  const [finder, setFinder] = useState<Finder | null>(null);
  const councils = useQuery({ ...councilsQueryOptions(), enabled: wanted });
  const prepare = useCallback(() => {
    if (wanted) return;
    setWanted(true);
    void import('../components/filters/council-finder.ts').then(setFinder);
  }, [wanted]);
  const data = councils.data;
  const find = useMemo(
    () => (finder && data ? finder.councilFinder(data.councils, forceIds) : null),
    [finder, data, forceIds],
  );
  return {
    find,
    prepare,
    hint: 'Or type a council area, such as Blackpool, Caerdydd or Cumberland.',
    note: councils.isError
      ? 'Council areas could not be loaded: search by the force’s name.'
      : find === null && wanted
        ? 'Loading council areas…'
        : null,
  };
}
