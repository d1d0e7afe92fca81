import type { Council } from '@shared/contract.ts';
import { councilIndex, findCouncils, type CouncilMatch } from '@shared/council-search.ts';
import type { FindMore } from '../ui/multi-select-tree.ts';
import { councilReason } from './council-words.ts';

/**
 * The force search's finder by council: each force whose area holds a council that matches, with the
 * sentence saying which council and why. Loaded with the councils, not with the page.
 */
export function councilFinder(councils: readonly Council[], forceIds: readonly string[]): FindMore {
  const index = councilIndex(councils);
  const known = new Set(forceIds);
  return (query) => {
    const byForce = new Map<string, CouncilMatch[]>();
    for (const m of findCouncils(index, query))
      if (known.has(m.force)) byForce.set(m.force, [...(byForce.get(m.force) ?? []), m]);
    return new Map([...byForce].map(([force, matches]) => [force, councilReason(matches)]));
  };
}
