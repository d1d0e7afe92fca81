import type { CountsResponse, MetaResponse, Period } from './contract.ts';
import { OFFENCE_BYS, type By } from './filters.ts';

/**
 * Derivations for the offences view: the level of detail (group › subgroup › offence) and how to
 * step down it, which period a ranking can honestly show, and the ranking itself. Pure: no React,
 * no DOM.
 */

export { OFFENCE_BYS };
export type OffenceBy = (typeof OFFENCE_BYS)[number];

type OffenceNode = MetaResponse['offences'][number];

const BY_OF_LEVEL: Record<OffenceNode['level'], OffenceBy | null> = {
  all: null,
  group: 'offenceGroup',
  subgroup: 'offenceSubgroup',
  offence: 'offence',
};

/** The view's level of detail: `by` when it is an offence level, otherwise offence group. */
export function offenceLevel(by: By): OffenceBy {
  return (OFFENCE_BYS as readonly string[]).includes(by) ? (by as OffenceBy) : 'offenceGroup';
}

/**
 * The level a node breaks down into (null: it does not). A group whose only subgroup is itself
 * (public order offences) breaks straight down into offences; the root breaks into groups.
 */
export function childLevel(offences: readonly OffenceNode[], id: string): OffenceBy | null {
  const levels = new Set(offences.filter((o) => o.parent === id).map((o) => o.level));
  for (const level of ['group', 'subgroup', 'offence'] as const) {
    if (levels.has(level)) return BY_OF_LEVEL[level];
  }
  return null;
}

/** The node and its ancestors below the root, coarsest first: group, subgroup, offence. */
export function offencePath(offences: readonly OffenceNode[], id: string): OffenceNode[] {
  const byId = new Map(offences.map((o) => [o.id, o]));
  const path: OffenceNode[] = [];
  for (let node = byId.get(id); node && node.level !== 'all';) {
    path.unshift(node);
    node = node.parent === null ? undefined : byId.get(node.parent);
  }
  return path;
}

/** How many of the forces in scope have a figure in period `i`. */
export function forcesWithFigures(r: CountsResponse, i: number): string[] {
  if ((r.totals.values[i] ?? null) === null) return [];
  const missing = new Set(r.totals.missing[i] ?? []);
  return r.forces.filter((f) => !missing.has(f));
}

/** Indices of the periods that have any figure at all. */
export function periodsWithFigures(r: CountsResponse): number[] {
  return r.periods.flatMap((_, i) => ((r.totals.values[i] ?? null) === null ? [] : [i]));
}

export type RankedPeriod =
  | { kind: 'range' }
  | {
      kind: 'period';
      index: number;
      period: Period;
      forces: number;
      /** no other period has any figure */
      only: boolean;
    }
  | { kind: 'none' };

/**
 * Which period the ranking shows. The whole range when the published tables answer it; otherwise
 * (a breakdown published for one year only) the period with figures from the most forces, a full
 * period before a part one, the latest among equals; none when nothing answers.
 */
export function rankedPeriod(total: CountsResponse, trend: CountsResponse): RankedPeriod {
  if ((total.totals.values[0] ?? null) !== null) return { kind: 'range' };
  let best: { index: number; forces: number; partial: boolean } | null = null;
  const candidates = periodsWithFigures(trend);
  for (const i of candidates) {
    const forces = forcesWithFigures(trend, i).length;
    const partial = trend.periods[i]?.partial ?? false;
    const better =
      best === null ||
      (best.partial && !partial) ||
      (best.partial === partial && forces >= best.forces);
    if (better) best = { index: i, forces, partial };
  }
  const period = best === null ? undefined : trend.periods[best.index];
  if (best === null || !period) return { kind: 'none' };
  return {
    kind: 'period',
    index: best.index,
    period,
    forces: best.forces,
    only: candidates.length === 1,
  };
}

export interface RankedRow {
  key: string;
  label: string;
  value: number | null;
  suppressed: boolean;
  /** crimes the published tables do not break down this way: shown, never ranked */
  notBrokenDown: boolean;
  /** 1 for the largest; null when not ranked (Not broken down, no figure) */
  rank: number | null;
}

/**
 * The categories of period `i`, largest first (ties in name order, sharing a rank), then Not broken
 * down, then those with no figure: a missing figure is never ranked as the smallest.
 */
export function rankRows(r: CountsResponse, i: number): RankedRow[] {
  const rows = r.series.map((s) => ({
    key: s.key,
    label: s.label,
    value: s.values[i] ?? null,
    suppressed: s.suppressed[i] ?? false,
    notBrokenDown: s.kind === 'not-broken-down',
    rank: null as number | null,
  }));
  const ranked = rows
    .filter((row) => row.value !== null && !row.notBrokenDown)
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0) || a.label.localeCompare(b.label, 'en-GB'));
  ranked.forEach((row, n) => {
    const previous = ranked[n - 1];
    row.rank = previous?.value === row.value ? previous.rank : n + 1;
  });
  return [
    ...ranked,
    ...rows.filter((row) => row.value !== null && row.notBrokenDown),
    ...rows.filter((row) => row.value === null),
  ];
}
