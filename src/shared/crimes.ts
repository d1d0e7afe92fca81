import type { CountsResponse } from './contract.ts';
import { COUNTED_WORDS } from './counted.ts';
import type { Measure } from './filters.ts';

/**
 * The one rule for what a total may be called. An answer's `totals` are the sum of what it draws; its
 * `crimes` are the crimes recorded. They differ where a published breakdown sums to more than its
 * total (Lancashire 2023/24: offences 185, crimes 98), and where a force published only a selection
 * of a breakdown, with no total: its figures are drawn, but its number of crimes is unknown. A
 * breakdown's sum is labelled as one wherever it is shown; "crimes" is said only of `crimes`, and only
 * of one platform's: added up over several platforms they are platform mentions (`counted`).
 */

export type Whole = Pick<
  CountsResponse,
  'periods' | 'totals' | 'crimes' | 'forces' | 'query' | 'counted'
>;

function sameForces(a: readonly string[] = [], b: readonly string[] = []): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** In period i, the sum of what is drawn is the number of crimes recorded. */
export function sumIsCrimes(r: Whole, i: number): boolean {
  return (
    (r.totals.values[i] ?? null) === (r.crimes.values[i] ?? null) &&
    sameForces(r.totals.missing[i], r.crimes.missing[i])
  );
}

export interface TotalRow {
  key: 'total' | 'sum' | 'crimes';
  label: string;
  values: readonly (number | null)[];
  suppressed: readonly boolean[];
}

const SUM_LABEL: Record<Measure, string> = {
  count: 'Sum of the figures above (not a number of crimes)',
  rate: 'The figures above together (not a rate of crimes recorded)',
  share: 'Sum of the figures above',
};
const CRIMES_LABEL: Record<Measure, string> = {
  count: 'Crimes recorded (published totals)',
  rate: 'Crimes recorded (published totals), per 100,000 residents',
  share: 'Crimes recorded (published totals)',
};
/** the published totals of several platforms added up: a crime naming two is in both */
const MENTIONS_LABEL: Record<Measure, string> = {
  count: `Platform mentions in the published totals${COUNTED_WORDS['platform-mentions'].why}`,
  rate: `Platform mentions in the published totals, per 100,000 residents${COUNTED_WORDS['platform-mentions'].why}`,
  share: `Platform mentions in the published totals${COUNTED_WORDS['platform-mentions'].why}`,
};

/**
 * The rows under a breakdown's figures: "Total" where the figures add up to the crimes recorded;
 * otherwise their sum, labelled as a sum, and the crimes recorded beside it.
 */
export function totalRows(r: Whole): TotalRow[] {
  const { measure } = r.query;
  if (r.periods.every((_, i) => sumIsCrimes(r, i)))
    return [
      {
        key: 'total',
        label: COUNTED_WORDS[r.counted].total,
        values: r.totals.values,
        suppressed: r.totals.suppressed,
      },
    ];
  return [
    {
      key: 'sum',
      label: SUM_LABEL[measure],
      values: r.totals.values,
      suppressed: r.totals.suppressed,
    },
    {
      key: 'crimes',
      label: (r.counted === 'crimes' ? CRIMES_LABEL : MENTIONS_LABEL)[measure],
      values: r.crimes.values,
      suppressed: r.crimes.suppressed,
    },
  ];
}

export interface CrimesFigure {
  /** the crimes recorded (in the answer's measure); null when no force in view has a total */
  value: number | null;
  /** the value includes suppressed figures: a lower bound */
  suppressed: boolean;
  /** forces whose crimes are in the value, of the forces in view */
  forces: number;
  of: number;
  /** where the figures drawn add up to something else: their sum (a breakdown's, not crimes) */
  drawnSum: number | null;
  /** forces whose figures are drawn but whose crimes are unknown (a selection with no total) */
  selections: string[];
}

/** The figure a headline may call crimes, for period i. */
export function crimesAt(r: Whole, i: number): CrimesFigure {
  const missing = r.crimes.missing[i] ?? [];
  const sumMissing = r.totals.missing[i] ?? [];
  const value = r.crimes.values[i] ?? null;
  const sum = r.totals.values[i] ?? null;
  return {
    value,
    suppressed: r.crimes.suppressed[i] === true,
    forces: value === null ? 0 : r.forces.length - missing.length,
    of: r.forces.length,
    drawnSum: sumIsCrimes(r, i) ? null : sum,
    selections: missing.filter((f) => !sumMissing.includes(f)),
  };
}

/** Shares of an answer are of its sum: say what that sum is. */
export function shareBase(r: Whole): 'crimes' | 'breakdown' {
  return r.periods.every(
    (_, i) => (r.totals.values[i] ?? null) === null || (sumIsCrimes(r, i) && r.totals.complete[i]),
  )
    ? 'crimes'
    : 'breakdown';
}
