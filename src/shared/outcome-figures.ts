import { NOT_BROKEN_DOWN_KEY, type CountsResponse, type Period } from './contract.ts';
import { headlinePeriod, outcomeRates, type Derived, type Unavailable } from './figures.ts';
import { NOT_ASSIGNED_GROUP_ID, NOT_ASSIGNED_OUTCOME_ID } from './reference/outcome-ids.ts';

/**
 * Outcome figures for the outcomes view, from a by=outcomeGroup or by=outcome count answer: the
 * headline rates over crimes with an outcome assigned, the share not yet assigned (of all crimes),
 * which periods are provisional, and each outcome's share. Built on `outcomeRates`, so the overview
 * and this view can never give different charge rates for the same answer.
 */

/** Above this share of crimes not yet assigned an outcome (per cent), a period's rates are provisional. */
export const PROVISIONAL_SHARE = 20;

/** Evidential difficulties: outcomes 14 and 16 (victim does not support action) and 15 (supports). */
export const EVIDENTIAL_GROUP_IDS = [
  'evidential-difficulties-victim-supports',
  'evidential-difficulties-victim-does-not-support',
] as const;
export const EVIDENTIAL_OUTCOME_IDS = ['14', '15', '16'] as const;

export interface OutcomeHeadline {
  /** every crime in the split, with an outcome or not */
  total: number;
  assigned: number;
  notYetAssigned: number;
  charged: number;
  evidential: number;
  noSuspect: number;
  /** per cent of crimes with an outcome assigned; null when none has one */
  chargedRate: number | null;
  evidentialRate: number | null;
  noSuspectRate: number | null;
  /** per cent of all crimes: the one figure here that is not over crimes with an outcome */
  notYetAssignedShare: number | null;
  /** so many crimes still have no outcome that the rates will change as outcomes are assigned */
  provisional: boolean;
}

const percent = (part: number, whole: number) => (whole > 0 ? (part / whole) * 100 : null);

function valueAt(r: CountsResponse, key: string, index: number): number {
  return r.series.find((s) => s.key === key)?.values[index] ?? 0;
}

/** Why no rate can be given from this answer at all (whatever the period), or null. */
function unusable(r: CountsResponse): { why: Unavailable; reason: string } | null {
  if (r.query.by !== 'outcomeGroup' && r.query.by !== 'outcome')
    return { why: 'not-by-outcome', reason: 'the figures are not split by outcome' };
  if (r.query.measure !== 'count')
    return { why: 'not-counts', reason: 'rates are worked out from counts' };
  if (r.query.outcome.length > 0)
    return {
      why: 'outcome-filter',
      reason:
        'the selection is limited to some outcomes, and a rate needs every outcome: clear the Outcome filter to see rates',
    };
  return null;
}

/**
 * Charged/summonsed (1, 1A), evidential difficulties (14, 15, 16) and no suspect identified (18) as
 * shares of crimes with an outcome assigned, and not yet assigned as a share of all crimes, for one
 * period. None is given from a partial or suppressed breakdown: a share of part of a list is not a rate.
 */
export function outcomeHeadline(r: CountsResponse, index: number): Derived<OutcomeHeadline> {
  const refused = unusable(r);
  if (refused !== null) return { available: false, ...refused };
  const base = outcomeRates(r, index);
  if (!base.available) return base;
  const notBrokenDown = valueAt(r, NOT_BROKEN_DOWN_KEY, index);
  if (notBrokenDown > 0)
    return {
      available: false,
      why: 'partial-outcomes',
      reason: 'outcomes were published for only part of these crimes',
    };
  if (r.totals.suppressed[index] === true || r.series.some((s) => s.suppressed[index] === true)) {
    return {
      available: false,
      why: 'suppressed-outcomes',
      reason: 'a force suppressed some outcome figures, so no rate would be exact',
    };
  }
  const keys = r.query.by === 'outcome' ? EVIDENTIAL_OUTCOME_IDS : EVIDENTIAL_GROUP_IDS;
  const evidential = keys.reduce((sum, key) => sum + valueAt(r, key, index), 0);
  const total = base.assigned + base.notYetAssigned;
  const notYetAssignedShare = percent(base.notYetAssigned, total);
  return {
    available: true,
    total,
    assigned: base.assigned,
    notYetAssigned: base.notYetAssigned,
    charged: base.charged,
    evidential,
    noSuspect: base.noSuspect,
    chargedRate: base.chargeRate,
    evidentialRate: percent(evidential, base.assigned),
    noSuspectRate: base.noSuspectShare,
    notYetAssignedShare,
    provisional: notYetAssignedShare !== null && notYetAssignedShare > PROVISIONAL_SHARE,
  };
}

/** The headline figures for every period of the answer, aligned with its periods. */
export function outcomeHeadlines(r: CountsResponse): Derived<OutcomeHeadline>[] {
  return r.periods.map((_, i) => outcomeHeadline(r, i));
}

/**
 * The period whose outcomes the view leads with: the latest full period (as the overview's headline),
 * unless it has no outcome figures, then the latest full period that has them, then the latest part
 * period that has them. Null when no period has any.
 */
export function outcomePeriod(r: CountsResponse): { index: number; period: Period } | null {
  const has = (i: number) => r.totals.values[i] !== null && r.totals.values[i] !== undefined;
  const pick = (i: number) => {
    const period = r.periods[i];
    return period ? { index: i, period } : null;
  };
  const head = headlinePeriod(r.periods);
  if (head && has(head.index)) return pick(head.index);
  for (const partial of [false, true]) {
    for (let i = r.periods.length - 1; i >= 0; i--) {
      if (r.periods[i]?.partial === partial && has(i)) return pick(i);
    }
  }
  return null;
}

export interface OutcomeShare {
  key: string;
  count: number | null;
  /** per cent of crimes with an outcome assigned; null for "not yet assigned" and "not broken down" */
  ofAssigned: number | null;
  /** per cent of all crimes in the split */
  ofAll: number | null;
}

/**
 * Each outcome's share of one period: of crimes with an outcome assigned (how rates are quoted) and
 * of all crimes. Given only where the headline rates are (a complete, unsuppressed breakdown).
 */
export function outcomeShares(r: CountsResponse, index: number): Derived<{ rows: OutcomeShare[] }> {
  const head = outcomeHeadline(r, index);
  if (!head.available) return head;
  const unassigned = new Set([NOT_ASSIGNED_GROUP_ID, NOT_ASSIGNED_OUTCOME_ID, NOT_BROKEN_DOWN_KEY]);
  return {
    available: true,
    rows: r.series.map((s) => {
      const count = s.values[index] ?? null;
      return {
        key: s.key,
        count,
        ofAssigned: count === null || unassigned.has(s.key) ? null : percent(count, head.assigned),
        ofAll: count === null ? null : percent(count, head.total),
      };
    }),
  };
}
