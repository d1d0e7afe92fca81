import type { CountsResponse, Period } from './contract.ts';
import {
  CHARGED_GROUP_ID,
  NO_SUSPECT_GROUP_ID,
  NO_SUSPECT_OUTCOME_ID,
  NOT_ASSIGNED_GROUP_ID,
  NOT_ASSIGNED_OUTCOME_ID,
} from './reference/outcome-ids.ts';

/**
 * Figures derived from API answers for headlines: like-for-like change, and outcome rates over crimes
 * with an outcome assigned. Each says when it cannot be given, and why, rather than give a wrong one.
 */

/** why a derived figure is not given, as a code to act on; `reason` says it in words */
export type Unavailable =
  | 'no-earlier-period'
  | 'part-period'
  | 'part-selection'
  | 'no-common-force'
  | 'no-figure'
  | 'suppressed-figures'
  | 'outcome-filter'
  | 'no-outcomes'
  | 'partial-outcomes'
  | 'suppressed-outcomes'
  | 'not-by-outcome'
  | 'not-counts';

export type Derived<T> =
  ({ available: true } & T) | { available: false; why: Unavailable; reason: string };

/** The latest period that is complete, and the part period after it if there is one. */
export function headlinePeriod(
  periods: readonly Period[],
): { index: number; partialAfter: Period | null } | null {
  for (let i = periods.length - 1; i >= 0; i--) {
    if (!periods[i]?.partial) {
      const after = periods[i + 1];
      return { index: i, partialAfter: after?.partial ? after : null };
    }
  }
  return null;
}

export interface Change {
  current: number;
  previous: number;
  /** percentage change; null when the previous figure is 0 */
  percent: number | null;
  /** forces with figures in both periods: the change is over these only */
  forces: number;
  /** forces with a figure in one period but not the other, left out of the comparison */
  leftOut: string[];
}

/**
 * Change between two periods over the forces that have figures in both (a by=force answer), so that a
 * force that answered only one year cannot make crime look as if it rose or fell.
 */
export function likeForLikeChange(
  byForce: CountsResponse,
  current: number,
  previous: number,
): Derived<Change> {
  const a = byForce.periods[previous];
  const b = byForce.periods[current];
  if (!a || !b)
    return {
      available: false,
      why: 'no-earlier-period',
      reason: 'there is no earlier period in view to compare with',
    };
  if (a.partial || b.partial) {
    return {
      available: false,
      why: 'part-period',
      reason: `${a.partial ? a.label : b.label} is a part period and is not compared with a full one`,
    };
  }
  let cur = 0;
  let prev = 0;
  let forces = 0;
  let incomplete = 0;
  const leftOut: string[] = [];
  for (const s of byForce.series) {
    const x = s.values[previous] ?? null;
    const y = s.values[current] ?? null;
    // a force's figure that leaves out part of the selection (a platform it refused) is not like
    // for like with a whole one
    const whole =
      (s.missing[previous]?.length ?? 0) === 0 && (s.missing[current]?.length ?? 0) === 0;
    if (x !== null && y !== null && whole) {
      cur += y;
      prev += x;
      forces++;
    } else if (x !== null || y !== null) {
      leftOut.push(s.key);
      if (x !== null && y !== null) incomplete++;
    }
  }
  if (forces === 0)
    return {
      available: false,
      why: incomplete > 0 ? 'part-selection' : 'no-common-force',
      reason:
        incomplete > 0
          ? `the figures for ${a.label} or ${b.label} leave out part of the selection (see the notes), so they are not compared`
          : `no force has figures for both ${a.label} and ${b.label}`,
    };
  return {
    available: true,
    current: cur,
    previous: prev,
    percent: prev === 0 ? null : ((cur - prev) / prev) * 100,
    forces,
    leftOut,
  };
}

export interface OutcomeRates {
  /** crimes with an outcome assigned */
  assigned: number;
  charged: number;
  noSuspect: number;
  notYetAssigned: number;
  chargeRate: number | null;
  noSuspectShare: number | null;
}

/**
 * Charge/summons rate (outcomes 1 and 1A) and the share with no suspect identified (18), each as a
 * share of crimes with an outcome assigned, from a by=outcomeGroup answer. Given only where every
 * answering force published its outcomes in full: a share of a partial list is not a rate.
 */
export function outcomeRates(byGroup: CountsResponse, index: number): Derived<OutcomeRates> {
  // with an outcome filter the denominator would be the filtered outcomes only: 100% charged
  if (byGroup.query.outcome.length > 0) {
    return {
      available: false,
      why: 'outcome-filter',
      reason: 'an outcome filter is set, so there is no share of all outcomes to give',
    };
  }
  const total = byGroup.totals.values[index] ?? null;
  if (total === null)
    return {
      available: false,
      why: 'no-outcomes',
      reason: 'no outcomes were published for this period',
    };
  if (byGroup.totals.complete[index] !== true) {
    return {
      available: false,
      why: 'partial-outcomes',
      reason: 'outcomes were published for only part of these crimes',
    };
  }
  const value = (key: string) => byGroup.series.find((s) => s.key === key)?.values[index] ?? 0;
  const noSuspectKey = byGroup.series.some((s) => s.key === NO_SUSPECT_OUTCOME_ID)
    ? NO_SUSPECT_OUTCOME_ID
    : NO_SUSPECT_GROUP_ID;
  const notYetAssigned = value(NOT_ASSIGNED_GROUP_ID) + value(NOT_ASSIGNED_OUTCOME_ID);
  const assigned = total - notYetAssigned;
  const charged = value(CHARGED_GROUP_ID) + value('1') + value('1A');
  const noSuspect = value(noSuspectKey);
  return {
    available: true,
    assigned,
    charged,
    noSuspect,
    notYetAssigned,
    chargeRate: assigned > 0 ? (charged / assigned) * 100 : null,
    noSuspectShare: assigned > 0 ? (noSuspect / assigned) * 100 : null,
  };
}
