import {
  NOT_BROKEN_DOWN_KEY,
  type CountsResponse,
  type ReturnRow,
  type ReturnStatus,
} from './contract.ts';

/**
 * Where one force stands: its rank among forces on rate (ties shared, forces without a figure never
 * ranked), its offence or outcome mix beside the England and Wales mix over the forces with figures,
 * and what it said when asked for figures. Pure derivations from API answers.
 */

/** A force with fewer residents than this has a rate that a handful of crimes moves a long way. */
export const SMALL_POPULATION = 100_000;

export interface RankRow {
  key: string;
  value: number;
  /** competition ranking, highest first: 1, 2, 2, 4 */
  rank: number;
  /** another item has the same value (and so the same rank) */
  tied: boolean;
}

/** Rank from highest to lowest. Equal values share a rank; items with no value are left out. */
export function rankValues(items: readonly { key: string; value: number | null }[]): RankRow[] {
  const valued = items.filter((i): i is { key: string; value: number } => i.value !== null);
  const sorted = [...valued].sort((a, b) => b.value - a.value || a.key.localeCompare(b.key));
  return sorted.map((item) => ({
    key: item.key,
    value: item.value,
    rank: valued.filter((o) => o.value > item.value).length + 1,
    tied: valued.filter((o) => o.value === item.value).length > 1,
  }));
}

export type Standing =
  | {
      available: true;
      rate: number;
      rank: number;
      tied: boolean;
      /** forces with a rate for the period */
      of: number;
      /** the rate over all the forces with figures (the API's total) */
      reference: number | null;
      /** forces in scope with no rate for the period: not ranked */
      unranked: string[];
      ranks: RankRow[];
    }
  | {
      available: false;
      reason: 'no-population' | 'no-figure';
      of: number;
      unranked: string[];
      ranks: RankRow[];
    };

/** One force's rank on rate in one period, from a by=force, measure=rate answer over all forces. */
export function rateStanding(
  byForceRate: CountsResponse,
  forceId: string,
  index: number,
  population: number | null,
): Standing {
  // ranked on rates as the page writes them (one decimal place): two forces shown as 13.3 are tied,
  // not 5th and 6th on a difference nobody can see (and that the counts cannot support)
  const items = byForceRate.series
    .filter((s) => s.kind === 'series')
    .map((s) => {
      const v = s.values[index] ?? null;
      return { key: s.key, value: v === null ? null : Math.round(v * 10) / 10 };
    });
  const ranks = rankValues(items);
  const unranked = items.filter((i) => i.value === null).map((i) => i.key);
  const own = ranks.find((r) => r.key === forceId);
  if (population === null)
    return { available: false, reason: 'no-population', of: ranks.length, unranked, ranks };
  if (!own) return { available: false, reason: 'no-figure', of: ranks.length, unranked, ranks };
  return {
    available: true,
    rate: own.value,
    rank: own.rank,
    tied: own.tied,
    of: ranks.length,
    reference: byForceRate.totals.values[index] ?? null,
    unranked,
    ranks,
  };
}

export interface MixRow {
  key: string;
  label: string;
  kind: 'series' | 'not-broken-down';
  count: number | null;
  /** per cent of the force's breakdown */
  share: number | null;
  ewCount: number | null;
  /** per cent of the England and Wales breakdown, over the forces with figures */
  ewShare: number | null;
  /** each count includes cells a force suppressed: a lower bound */
  suppressed: boolean;
  ewSuppressed: boolean;
}

/**
 * none: no breakdown for the period; complete: the breakdown accounts for every crime; partial: part
 * of it is not broken down; selection: only a selection was published, with no total to set it
 * against; exceeds: it sums to more than the force's published total (both kept as published).
 */
export type MixState = 'none' | 'complete' | 'partial' | 'selection' | 'exceeds';

export interface Mix {
  state: MixState;
  /** what the force's breakdown sums to */
  sum: number | null;
  /** the force's published total for the period, for reconciling */
  total: number | null;
  rows: MixRow[];
  ewSum: number | null;
  /** the England and Wales breakdown accounts for every crime of the forces it covers */
  ewComplete: boolean;
  /** forces whose figures make up the England and Wales breakdown */
  ewForces: string[];
  /** forces in scope that contribute nothing to it */
  ewMissing: string[];
  ewOf: number;
}

function share(n: number | null, of: number | null): number | null {
  return n === null || of === null || of === 0 ? null : (n / of) * 100;
}

/**
 * A category's figure: a category absent from a complete breakdown had no crimes (0); absent from a
 * partial one, it is unknown.
 */
function valueOf(
  v: number | null | undefined,
  sum: number | null,
  complete: boolean,
): number | null {
  if (sum === null) return null;
  if (v === undefined) return complete ? 0 : null;
  return v;
}

/**
 * A force's breakdown (by=offenceGroup or by=outcomeGroup, one force) beside England and Wales (the
 * same query over all forces), as shares of each side's own sum, in one period.
 */
export function mixComparison(
  force: CountsResponse,
  ew: CountsResponse,
  index: number,
  total: number | null,
): Mix {
  const sum = force.totals.values[index] ?? null;
  const ewSum = ew.totals.values[index] ?? null;
  const keys = [...force.series, ...ew.series].map((s) => s.key);
  const order = [...new Set(keys)].sort(
    (a, b) => Number(a === NOT_BROKEN_DOWN_KEY) - Number(b === NOT_BROKEN_DOWN_KEY),
  );
  const rows = order.map((key): MixRow => {
    const f = force.series.find((s) => s.key === key);
    const e = ew.series.find((s) => s.key === key);
    const count = valueOf(f?.values[index], sum, force.totals.complete[index] === true);
    const ewCount = valueOf(e?.values[index], ewSum, ew.totals.complete[index] === true);
    return {
      key,
      label: f?.label ?? e?.label ?? key,
      kind: key === NOT_BROKEN_DOWN_KEY ? 'not-broken-down' : 'series',
      count,
      share: share(count, sum),
      ewCount,
      ewShare: share(ewCount, ewSum),
      suppressed: f?.suppressed[index] === true,
      ewSuppressed: e?.suppressed[index] === true,
    };
  });
  const missing = new Set(ew.totals.missing[index] ?? []);
  const state: MixState =
    sum === null
      ? 'none'
      : (force.crimes.values[index] ?? null) === null
        ? 'selection'
        : total !== null && sum > total
          ? 'exceeds'
          : force.totals.complete[index] === true
            ? 'complete'
            : 'partial';
  return {
    state,
    sum,
    total,
    rows: rows.filter((r) => r.count !== null || r.ewCount !== null),
    ewSum,
    ewComplete: ew.totals.complete[index] === true,
    ewForces: ew.forces.filter((f) => !missing.has(f)),
    ewMissing: ew.forces.filter((f) => missing.has(f)),
    ewOf: ew.forces.length,
  };
}

export const STATUS_WORDS: Record<ReturnStatus, string> = {
  provided: 'Provided',
  nil: 'Nil return',
  refused: 'Refused',
  no_response: 'No response',
  unknown: 'No published reply found',
  not_asked: 'Not asked',
};

/** Return statuses of a force that overlap a period (months as YYYY-MM), for the platforms asked. */
export function statusesIn(
  returns: readonly ReturnRow[],
  forceId: string,
  period: { start: string; end: string },
  platforms: readonly string[],
): ReturnRow[] {
  return returns.filter(
    (r) =>
      r.force === forceId &&
      (platforms.length === 0 || platforms.includes(r.platform)) &&
      r.period.start <= period.end &&
      period.start <= r.period.end,
  );
}

/** The status every row shares, or null when they differ (or there are none). */
export function commonStatus(rows: readonly ReturnRow[]): ReturnStatus | null {
  const first = rows[0]?.status ?? null;
  return rows.every((r) => r.status === first) ? first : null;
}

/**
 * England and Wales's breakdown for a comparison of mixes, from every force's own breakdown (an answer
 * by force, then by offence or outcome group): the sum over the forces whose breakdown is set against
 * their crimes, as the API's shares are. A published selection (some rows, no total) is left out: its
 * rows count in the numbers of crimes of the Offences and Outcomes views, but a share of a breakdown
 * needs the whole of each force in it, and so does a mix.
 */
export function ewOfForces(r: CountsResponse): CountsResponse {
  const n = r.periods.length;
  const rows = new Map<
    string,
    {
      label: string;
      kind: 'series' | 'not-broken-down';
      values: (number | null)[];
      suppressed: boolean[];
    }
  >();
  const sums: (number | null)[] = Array.from({ length: n }, () => null);
  const complete = Array.from({ length: n }, () => true);
  const suppressed = Array.from({ length: n }, () => false);
  const missing: string[][] = Array.from({ length: n }, () => []);
  for (const force of r.groups ?? []) {
    for (const s of force.series)
      if (!rows.has(s.key))
        rows.set(s.key, {
          label: s.label,
          kind: s.kind,
          values: Array.from({ length: n }, () => null),
          suppressed: Array.from({ length: n }, () => false),
        });
    for (let i = 0; i < n; i++) {
      const sum = force.totals.values[i] ?? null;
      const listed = force.series.filter((s) => (s.values[i] ?? null) !== null);
      if ((force.crimes.values[i] ?? null) === null || sum === null || listed.length === 0) {
        missing[i]?.push(force.key);
        continue;
      }
      for (const s of listed) {
        const row = rows.get(s.key);
        if (!row) continue;
        row.values[i] = (row.values[i] ?? 0) + (s.values[i] ?? 0);
        row.suppressed[i] ||= s.suppressed[i] === true;
      }
      sums[i] = (sums[i] ?? 0) + sum;
      complete[i] &&= force.totals.complete[i] === true;
      suppressed[i] ||= force.totals.suppressed[i] === true;
    }
  }
  const series = [...rows].flatMap(([key, row]) =>
    row.values.some((v) => v !== null)
      ? [{ key, ...row, missing: row.values.map((_, i) => missing[i] ?? []) }]
      : [],
  );
  return {
    ...r,
    query: { ...r.query, by: r.query.thenBy ?? r.query.by, thenBy: undefined },
    series,
    totals: {
      values: sums,
      missing,
      suppressed,
      complete: complete.map((c, i) => c && sums[i] !== null),
    },
    groups: undefined,
  };
}
