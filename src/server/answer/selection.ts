import type { By } from '@shared/filters.ts';
import {
  childrenOf,
  isWithin,
  nodeAtRank,
  ROOT_ID,
  UNCLASSIFIED_ID,
  type Hierarchy,
} from '@shared/hierarchy.ts';
import { FORCES, REGIONS, regionId } from '@shared/reference/forces.ts';
import { offenceHierarchy, OFFENCE_RANK } from '@shared/reference/offences.ts';
import { outcomeHierarchy, OUTCOME_RANK } from '@shared/reference/outcomes.ts';
import { PLATFORMS } from '@shared/reference/platforms.ts';

/** How a node relates to the selection on its dimension. */
export const OUT = 0;
export const IN = 1;
/** the node is coarser than the selection: some of its crimes are selected, some may not be */
export const PARTIAL = 2;

/** For every node: IN (inside a selected node), PARTIAL (contains one) or OUT. Empty = all. */
export function selectionState(h: Hierarchy, selected: readonly number[]): Uint8Array {
  const state = new Uint8Array(h.nodes.length);
  if (selected.length === 0) return state.fill(IN);
  h.nodes.forEach((_, i) => {
    if (selected.some((s) => isWithin(h, i, s))) state[i] = IN;
    else if (selected.some((s) => isWithin(h, s, i))) state[i] = PARTIAL;
  });
  return state;
}

export interface SeriesDef {
  key: string;
  label: string;
}

export type SeriesDimension = 'offence' | 'outcome' | 'unit';

export interface SeriesPlan {
  dimension: SeriesDimension;
  defs: SeriesDef[];
  /** series of each node of the split dimension: -1 when the node is coarser than the split */
  nodeSeries: Int32Array;
  /** series of each unit (force, platform) when the split is not by offence or outcome */
  unitSeries: (force: number, platform: number) => number;
  neededOffRank: number;
  neededOutRank: number;
  noun: string;
}

function pathKey(h: Hierarchy, i: number): number[] {
  const path: number[] = [];
  for (let n = i; n >= 0; n = h.parent[n] ?? -1)
    path.unshift(h.nodes[n]?.id === UNCLASSIFIED_ID ? 1e6 : n);
  return path;
}

function comparePaths(a: number[], b: number[]): number {
  for (let k = 0; k < Math.min(a.length, b.length); k++) {
    const d = (a[k] ?? 0) - (b[k] ?? 0);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

function nodePlan(
  h: Hierarchy,
  state: Uint8Array,
  rank: number,
): Pick<SeriesPlan, 'defs' | 'nodeSeries'> {
  const seriesNodes = new Set<number>();
  const at = new Int32Array(h.nodes.length).fill(-1);
  h.nodes.forEach((_, i) => {
    if (state[i] !== IN) return;
    const s = nodeAtRank(h, i, rank);
    at[i] = s;
    if (s >= 0) seriesNodes.add(s);
  });
  const ordered = [...seriesNodes].sort((a, b) => comparePaths(pathKey(h, a), pathKey(h, b)));
  const position = new Map(ordered.map((n, k) => [n, k]));
  const nodeSeries = at.map((s) => (s >= 0 ? (position.get(s) ?? -1) : -1));
  const defs = ordered.map((n) => ({ key: h.nodes[n]?.id ?? '', label: h.nodes[n]?.name ?? '' }));
  return { defs, nodeSeries };
}

const BY_NOUN: Record<By, string> = {
  none: '',
  force: 'force',
  region: 'region',
  platform: 'platform',
  offence: 'offence',
  offenceSubgroup: 'offence subgroup',
  offenceGroup: 'offence group',
  outcome: 'outcome',
  outcomeGroup: 'outcome group',
};

export function seriesPlan(
  by: By,
  forces: readonly number[],
  platforms: readonly number[],
  offState: Uint8Array,
  outState: Uint8Array,
  allLabel: string,
): SeriesPlan {
  const base = {
    nodeSeries: new Int32Array(0),
    unitSeries: () => 0,
    neededOffRank: 0,
    neededOutRank: 0,
    noun: BY_NOUN[by],
  };
  switch (by) {
    case 'none':
      return { ...base, dimension: 'unit', defs: [{ key: 'all', label: allLabel }] };
    case 'force': {
      const position = new Map(forces.map((f, k) => [f, k]));
      return {
        ...base,
        dimension: 'unit',
        defs: forces.map((f) => ({ key: FORCES[f]?.id ?? '', label: FORCES[f]?.name ?? '' })),
        unitSeries: (f) => position.get(f) ?? -1,
      };
    }
    case 'region': {
      const present = REGIONS.filter((r) => forces.some((f) => FORCES[f]?.region === r));
      const position = new Map<string, number>(present.map((r, k) => [r, k]));
      return {
        ...base,
        dimension: 'unit',
        defs: present.map((r) => ({ key: regionId(r), label: r })),
        unitSeries: (f) => position.get(FORCES[f]?.region ?? '') ?? -1,
      };
    }
    case 'platform': {
      const position = new Map(platforms.map((p, k) => [p, k]));
      return {
        ...base,
        dimension: 'unit',
        defs: platforms.map((p) => ({
          key: PLATFORMS[p]?.id ?? '',
          label: PLATFORMS[p]?.name ?? '',
        })),
        unitSeries: (_f, p) => position.get(p) ?? -1,
      };
    }
    case 'offence':
    case 'offenceSubgroup':
    case 'offenceGroup': {
      const rank =
        OFFENCE_RANK[by === 'offence' ? 'offence' : by === 'offenceGroup' ? 'group' : 'subgroup'];
      return {
        ...base,
        dimension: 'offence',
        ...nodePlan(offenceHierarchy, offState, rank),
        neededOffRank: rank,
      };
    }
    case 'outcome':
    case 'outcomeGroup': {
      const rank = OUTCOME_RANK[by === 'outcome' ? 'outcome' : 'group'];
      return {
        ...base,
        dimension: 'outcome',
        ...nodePlan(outcomeHierarchy, outState, rank),
        neededOutRank: rank,
      };
    }
  }
}

/**
 * Whether every crime in the selection lies in cells a partial table lists, so that the table answers
 * the question exactly. A node is covered by its children only where the classification lists all of
 * them (offence groups and subgroups, outcome groups); the offences listed under a subgroup are a
 * selection of the Home Office's, so a subgroup is never covered by its listed offences.
 */
export function selectionCovered(
  boxes: readonly { off: number; out: number }[],
  offSelected: readonly number[],
  outSelected: readonly number[],
): boolean {
  const offRoot = offenceHierarchy.indexOf.get(ROOT_ID) ?? 0;
  const outRoot = outcomeHierarchy.indexOf.get(ROOT_ID) ?? 0;
  const offs = offSelected.length > 0 ? offSelected : [offRoot];
  const outs = outSelected.length > 0 ? outSelected : [outRoot];
  const oh = offenceHierarchy;
  const uh = outcomeHierarchy;
  const offSplittable = (a: number) => (oh.rank[a] ?? 0) < 2;
  const covered = (a: number, b: number): boolean => {
    if (boxes.some((x) => isWithin(oh, a, x.off) && isWithin(uh, b, x.out))) return true;
    const related = (x: { off: number; out: number }) =>
      (isWithin(oh, x.off, a) || isWithin(oh, a, x.off)) &&
      (isWithin(uh, x.out, b) || isWithin(uh, b, x.out));
    if (
      offSplittable(a) &&
      boxes.some((x) => x.off !== a && isWithin(oh, x.off, a) && related(x))
    ) {
      const children = childrenOf(oh, a);
      return children.length > 0 && children.every((c) => covered(c, b));
    }
    if (boxes.some((x) => x.out !== b && isWithin(uh, x.out, b) && related(x))) {
      const children = childrenOf(uh, b);
      return children.length > 0 && children.every((c) => covered(a, c));
    }
    return false;
  };
  return offs.every((a) => outs.every((b) => covered(a, b)));
}
