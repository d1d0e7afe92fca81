import type { Wording } from '@shared/contract.ts';
import { NOT_BROKEN_DOWN_KEY } from '@shared/contract.ts';
import { isWithin, type Hierarchy } from '@shared/hierarchy.ts';
import { FORCES } from '@shared/reference/forces.ts';
import { offenceHierarchy } from '@shared/reference/offences.ts';
import { outcomeHierarchy } from '@shared/reference/outcomes.ts';
import { PLATFORMS } from '@shared/reference/platforms.ts';
import type { Choice } from './choose.ts';
import { bucketOf, type Frame } from './frame.ts';
import { IN } from './selection.ts';
import { isActive, unitOf, type TableInfo } from './store.ts';

/** the most published wordings an answer carries: an import may give every row its own words */
export const MAX_WORDING = 200;

/**
 * The published words and caveats of the figures one force and platform's answer is drawn from,
 * added to `wording` (up to MAX_WORDING in all).
 */
export function collectWording(
  fr: Frame,
  f: number,
  p: number,
  chosen: readonly (Choice | null)[],
  unitSeries: number,
  wording: Wording[],
): void {
  const fs = fr.store.facts;
  const push = (i: number, period: string, series: string | null): boolean => {
    const w = fr.store.wording.get(i);
    if (!w) return true;
    if (wording.length >= MAX_WORDING) return false;
    wording.push({
      force: FORCES[f]?.id ?? '',
      forceName: FORCES[f]?.name ?? '',
      platform: PLATFORMS[p]?.id ?? '',
      period,
      series,
      count: fs.supp[i] === 1 ? null : (fs.count[i] ?? 0),
      asPublished: w.asPublished,
      note: w.note,
      source: w.source === null ? null : (fr.store.sources.get(w.source)?.id ?? null),
    });
    return true;
  };
  // each table once: the tables chosen, and those whose totals their breakdowns are set against
  const uses = new Map<TableInfo, boolean>();
  for (const c of chosen) {
    if (!c) continue;
    if (!uses.has(c.table)) uses.set(c.table, false);
    if (c.remainderFrom) uses.set(c.remainderFrom, true);
  }
  for (const [t, isTotal] of uses) {
    for (let i = fs.start[t.index] ?? 0; i < (fs.end[t.index] ?? 0); i++) {
      if (!fr.store.wording.has(i)) continue;
      const bi = bucketOf(fr, fs.pStart[i] ?? 0);
      const c = chosen[bi];
      const b = fr.bks[bi];
      if (!c || !b || (fs.pEnd[i] ?? 0) > b.end) continue;
      if ((isTotal ? c.remainderFrom : c.table) !== t) continue;
      const o = fs.off[i] ?? 0;
      const u = fs.out[i] ?? 0;
      if (fr.offState[o] !== IN || fr.outState[u] !== IN) continue;
      if (!push(i, b.id, isTotal ? null : seriesKey(fr, o, u, unitSeries))) return;
    }
  }
  // another table's statement of the very same figure (a three-year total beside three yearly
  // ones, "no charges this year" beside "none in three years"): not what was summed, but published
  // words about this cell, so they reach its reader too
  const others = (fr.store.unitTables[unitOf(f, p)] ?? []).filter(
    (t) => !uses.has(t) && isActive(t, fr.q.version),
  );
  for (const t of others) {
    for (let i = fs.start[t.index] ?? 0; i < (fs.end[t.index] ?? 0); i++) {
      if (!fr.store.wording.has(i)) continue;
      const bi = bucketOf(fr, fs.pStart[i] ?? 0);
      const b = fr.bks[bi];
      if (!chosen[bi] || !b || fs.pStart[i] !== b.start || fs.pEnd[i] !== b.end) continue;
      const o = fs.off[i] ?? 0;
      const u = fs.out[i] ?? 0;
      const cell = wholeCell(fr, o, u);
      if (cell === null) continue;
      if (!push(i, b.id, cell === 'total' ? null : seriesKey(fr, o, u, unitSeries))) return;
    }
  }
}

/**
 * Which whole cell of the answer a fact states, if any: a series' cell (its node in the split
 * dimension is the series' own node) or the total's (the one top of the selection there), and in
 * every other dimension the one top of the selection. A fact of a part of a cell states no cell.
 */
function wholeCell(fr: Frame, o: number, u: number): 'series' | 'total' | null {
  const { plan, offState, outState } = fr;
  const top = (h: Hierarchy, state: Uint8Array, n: number): boolean => {
    if (state[n] !== IN) return false;
    const parent = h.parent[n] ?? -1;
    if (parent >= 0 && state[parent] === IN) return false;
    return h.nodes.every((_, k) => state[k] !== IN || isWithin(h, k, n));
  };
  const own = (h: Hierarchy, n: number) =>
    plan.defs[plan.nodeSeries[n] ?? -1]?.key === h.nodes[n]?.id;
  const offTop = top(offenceHierarchy, offState, o);
  const outTop = top(outcomeHierarchy, outState, u);
  switch (plan.dimension) {
    case 'offence':
      if (!outTop) return null;
      return offTop ? 'total' : offState[o] === IN && own(offenceHierarchy, o) ? 'series' : null;
    case 'outcome':
      if (!offTop) return null;
      return outTop ? 'total' : outState[u] === IN && own(outcomeHierarchy, u) ? 'series' : null;
    case 'unit':
      return offTop && outTop ? 'series' : null;
  }
}

function seriesKey(fr: Frame, o: number, u: number, unitSeries: number): string {
  const { plan } = fr;
  if (plan.dimension === 'unit') return plan.defs[unitSeries]?.key ?? '';
  const node = plan.dimension === 'offence' ? o : u;
  const s = plan.nodeSeries[node] ?? -1;
  return s < 0 ? NOT_BROKEN_DOWN_KEY : (plan.defs[s]?.key ?? '');
}
