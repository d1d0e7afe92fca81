/**
 * A classification tree (offences, outcomes): a root meaning "all", then groups, subgroups, codes.
 *
 * `rank` says how detailed a node is, for deciding whether a published figure is fine enough to answer
 * a question: 0 for the root, then one per level. A node that is the only member of its level above
 * (an offence group with one subgroup of the same name) carries the deeper rank, because a figure for it
 * is also a figure for that subgroup. `unclassified` (published wording that fits no single Home Office
 * category) sits under the root at the deepest rank: it is its own series at every level of detail.
 */

export const ROOT_ID = '*';
export const UNCLASSIFIED_ID = 'unclassified';

export interface HierarchyNodeInput {
  id: string;
  name: string;
  level: string;
  parent: string | null;
  rank: number;
  description?: string;
}

export interface Hierarchy<Level extends string = string> {
  nodes: readonly (HierarchyNodeInput & { level: Level })[];
  /** index of the node with this id; ids are matched exactly */
  indexOf: ReadonlyMap<string, number>;
  parent: Int32Array;
  rank: Uint8Array;
  depth: Uint8Array;
  /** the node's ancestor directly under the root (itself for a top-level node; -1 for the root) */
  top: Int32Array;
  maxRank: number;
}

export function buildHierarchy<Level extends string>(
  input: readonly (HierarchyNodeInput & { level: Level })[],
): Hierarchy<Level> {
  const indexOf = new Map<string, number>();
  input.forEach((n, i) => {
    if (indexOf.has(n.id)) throw new Error(`Duplicate id '${n.id}' in hierarchy`);
    indexOf.set(n.id, i);
  });
  const parent = new Int32Array(input.length);
  const rank = new Uint8Array(input.length);
  const depth = new Uint8Array(input.length);
  const top = new Int32Array(input.length);
  input.forEach((n, i) => {
    const p = n.parent === null ? -1 : indexOf.get(n.parent);
    if (p === undefined) throw new Error(`Node '${n.id}' has unknown parent '${String(n.parent)}'`);
    if (p >= i) throw new Error(`Node '${n.id}' must come after its parent`);
    parent[i] = p;
    rank[i] = n.rank;
    depth[i] = p < 0 ? 0 : (depth[p] ?? 0) + 1;
    top[i] = p < 0 ? -1 : depth[i] === 1 ? i : (top[p] ?? -1);
  });
  return {
    nodes: input,
    indexOf,
    parent,
    rank,
    depth,
    top,
    maxRank: Math.max(...input.map((n) => n.rank)),
  };
}

/** Is node `a` the same as, or inside, node `b`? */
export function isWithin(h: Hierarchy, a: number, b: number): boolean {
  let i = a;
  while (i >= 0) {
    if (i === b) return true;
    i = h.parent[i] ?? -1;
  }
  return false;
}

export function ancestorsOrSelf(h: Hierarchy, a: number): number[] {
  const out: number[] = [];
  for (let i = a; i >= 0; i = h.parent[i] ?? -1) out.push(i);
  return out;
}

export function childrenOf(h: Hierarchy, a: number): number[] {
  const out: number[] = [];
  h.parent.forEach((p, i) => {
    if (p === a) out.push(i);
  });
  return out;
}

/**
 * The node at which `a` is counted when a question asks for detail of `rank`: the shallowest
 * ancestor-or-self whose rank reaches it, or -1 when `a` itself is coarser than that.
 */
export function nodeAtRank(h: Hierarchy, a: number, wanted: number): number {
  if ((h.rank[a] ?? 0) < wanted) return -1;
  let best = a;
  for (let i = h.parent[a] ?? -1; i >= 0; i = h.parent[i] ?? -1) {
    if ((h.rank[i] ?? 0) >= wanted) best = i;
    else break;
  }
  return best;
}
