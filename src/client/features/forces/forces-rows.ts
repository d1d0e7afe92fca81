import type { CountsResponse, MetaResponse, ReturnRow, ReturnStatus } from '@shared/contract.ts';
import {
  likeForLikeChange,
  outcomeRates,
  type Derived,
  type Unavailable,
} from '@shared/figures.ts';
import { parseMonth, type Interval } from '@shared/period.ts';
import { intervalPlural } from '@shared/interval-words.ts';

/**
 * One row per force for the comparison: its count and rate in the period, the change on the period
 * before (its own figures in both full periods, or none), its charge rate (only where its outcomes are
 * published in full) and what it said when asked. Missing is a reason, never a zero.
 */

/** A force with fewer residents than this has a rate that a handful of crimes moves a long way. */
export const SMALL_POPULATION = 100_000;

export interface Figure {
  value: number | null;
  suppressed: boolean;
  /** why there is no value, in a few words ("refused"); null when there is one */
  reason: string | null;
  /** `[z]`: a rate for a force with no residents */
  notApplicable: boolean;
}

export interface StatusSummary {
  /** the most telling status, for sorting: a refusal outranks a figure provided for another platform */
  key: ReturnStatus | 'none';
  label: string;
  detail: string | null;
}

export interface ForceRow {
  id: string;
  name: string;
  shortName: string;
  population: number | null;
  count: Figure;
  rate: Figure;
  change: Derived<{ percent: number | null; previous: number; current: number }>;
  charged: Derived<{ rate: number | null; charged: number; assigned: number }> | null;
  status: StatusSummary;
}

const STATUS_LABELS: Record<ReturnStatus | 'none', string> = {
  provided: 'Provided',
  nil: 'Nil return',
  refused: 'Refused',
  no_response: 'No response',
  unknown: 'No published reply',
  not_asked: 'Not asked',
  none: 'No request recorded',
};
/** most telling first */
export const STATUS_ORDER: readonly (ReturnStatus | 'none')[] = [
  'refused',
  'no_response',
  'unknown',
  'not_asked',
  'none',
  'nil',
  'provided',
];

function overlapsPeriod(row: ReturnRow, start: number, end: number): boolean {
  const a = parseMonth(row.period.start);
  const b = parseMonth(row.period.end);
  return a !== null && b !== null && a <= end && start <= b;
}

/** What a force said for the platforms in view, over the months of the period. */
export function statusFor(
  returns: readonly ReturnRow[],
  force: string,
  period: { start: string; end: string },
  platformName: (id: string) => string,
): StatusSummary {
  const start = parseMonth(period.start) ?? 0;
  const end = parseMonth(period.end) ?? 0;
  const rows = returns.filter((r) => r.force === force && overlapsPeriod(r, start, end));
  if (rows.length === 0) return { key: 'none', label: STATUS_LABELS.none, detail: null };
  const statuses = [...new Set(rows.map((r) => r.status))].sort(
    (a, b) => STATUS_ORDER.indexOf(a) - STATUS_ORDER.indexOf(b),
  );
  const key = statuses[0] ?? 'none';
  // a refusal's note gives the exemption; "no published reply" needs no more words
  const notes = [
    ...new Set(
      rows
        .filter((r) => r.status !== 'provided' && r.status !== 'unknown' && r.note)
        .map((r) => r.note ?? ''),
    ),
  ];
  if (statuses.length === 1) {
    return { key, label: STATUS_LABELS[key], detail: notes.length > 0 ? notes.join('; ') : null };
  }
  const parts = statuses.map((s) => {
    const platforms = [...new Set(rows.filter((r) => r.status === s).map((r) => r.platform))];
    return `${STATUS_LABELS[s].toLowerCase()} for ${platforms.map(platformName).join(', ')}`;
  });
  const first = parts.join('; ');
  return {
    key,
    label: first.charAt(0).toUpperCase() + first.slice(1),
    detail: notes.join('; ') || null,
  };
}

/** What each force said, once the answer has come: or that it is on its way, or could not come. */
export type Returns = readonly ReturnRow[] | 'loading' | 'failed';

export function statusOf(
  returns: Returns,
  force: string,
  period: { start: string; end: string } | undefined,
  platformName: (id: string) => string,
): StatusSummary {
  if (returns === 'loading' || !period) return { key: 'none', label: 'Loading…', detail: null };
  if (returns === 'failed')
    return {
      key: 'none',
      label: 'Not available',
      detail: 'the return statuses could not be loaded',
    };
  return statusFor(returns, force, period, platformName);
}

const STATUS_REASONS: Partial<Record<ReturnStatus, string>> = {
  refused: 'refused',
  no_response: 'no response',
  unknown: 'no published reply',
  not_asked: 'not asked',
};

/**
 * A force whose figures cover periods that straddle the ones asked for (annual returns, by month).
 * A figure that straddles a month is longer than a month; other intervals can be straddled by a
 * period no longer than themselves (a financial year, by calendar year).
 */
export function unplacedReason(interval: Interval): string {
  if (interval === 'month') return 'published only for longer periods, not by month';
  return `published only for periods that cannot be split into ${intervalPlural(interval)}`;
}

/** Why a force has no figure for the period: what it said, or what the published tables lack. */
function missingReason(r: CountsResponse, force: string, index: number, status: StatusSummary) {
  const said = status.key === 'none' ? undefined : STATUS_REASONS[status.key];
  if (said) return said;
  const period = r.periods[index];
  const notes = r.notes.filter(
    // a note that names no period is about every period
    (n) =>
      n.forces.includes(force) &&
      (n.periods.length === 0 || (period && n.periods.includes(period.id))),
  );
  if (notes.some((n) => n.kind === 'unplaced')) return unplacedReason(r.query.interval);
  if (notes.some((n) => n.kind === 'missing')) return 'not published in full for this period';
  return 'not available';
}

export function figureFor(
  r: CountsResponse,
  force: string,
  index: number,
  status: StatusSummary,
  noResidents: boolean,
): Figure {
  const s = r.series.find((x) => x.key === force);
  const value = s?.values[index] ?? null;
  if (value !== null)
    return { value, suppressed: s?.suppressed[index] ?? false, reason: null, notApplicable: false };
  if (noResidents)
    return { value, suppressed: false, reason: 'no resident population', notApplicable: true };
  return {
    value,
    suppressed: false,
    reason: missingReason(r, force, index, status),
    notApplicable: false,
  };
}

/** The shared derivations' reasons, in the few words a table cell has room for, by their code. */
const SHORT_REASONS: Partial<Record<Unavailable, string>> = {
  'no-earlier-period': 'no earlier period',
  'part-period': 'part period: not compared',
  'partial-outcomes': 'outcomes only partly published',
  'no-outcomes': 'no outcomes published',
  'outcome-filter': 'not with an outcome filter',
};

export function shortReason(u: { why: Unavailable; reason: string }): string {
  return SHORT_REASONS[u.why] ?? u.reason;
}

/** The force's own change on the period before: both periods full, both figures whole. */
export function forceChange(
  byForce: CountsResponse,
  force: string,
  index: number,
): ForceRow['change'] {
  const s = byForce.series.find((x) => x.key === force);
  if (!s) return { available: false, why: 'no-figure', reason: 'no figure' };
  if (s.suppressed[index] || s.suppressed[index - 1])
    return { available: false, why: 'suppressed-figures', reason: 'includes suppressed figures' };
  const c = likeForLikeChange({ ...byForce, series: [s] }, index, index - 1);
  if (!c.available) {
    const prior = byForce.periods[index - 1];
    if (prior && (s.values[index] ?? null) !== null && (s.values[index - 1] ?? null) === null)
      return { available: false, why: 'no-figure', reason: `no figure for ${prior.label}` };
    // of one force, "no force has figures for both" is that it has no figure
    if (c.why === 'no-common-force') return { ...c, reason: 'no figure' };
    return { ...c, reason: shortReason(c) };
  }
  return { available: true, percent: c.percent, previous: c.previous, current: c.current };
}

/** Charge/summons rate from an outcomes answer (by=outcomeGroup): a force's own, or all forces'. */
export function chargedFrom(
  byGroup: CountsResponse | undefined,
  index: number,
): ForceRow['charged'] {
  if (!byGroup) return null;
  const o = outcomeRates(byGroup, index);
  if (!o.available) return { ...o, reason: shortReason(o) };
  return { available: true, rate: o.chargeRate, charged: o.charged, assigned: o.assigned };
}

export function forceRows(input: {
  meta: MetaResponse;
  counts: CountsResponse;
  rates: CountsResponse;
  index: number;
  returns: Returns;
  outcomes: (force: string) => CountsResponse | undefined;
}): ForceRow[] {
  const { meta, counts, rates, index } = input;
  const period = counts.periods[index];
  const platformName = (id: string) => meta.platforms.find((p) => p.id === id)?.name ?? id;
  return counts.series
    .filter((s) => s.kind === 'series')
    .map((s) => {
      const ref = meta.forces.find((f) => f.id === s.key);
      const population = ref?.population ?? null;
      const status = statusOf(input.returns, s.key, period, platformName);
      const count = figureFor(counts, s.key, index, status, false);
      return {
        id: s.key,
        name: ref?.name ?? s.label,
        shortName: ref?.shortName ?? s.label,
        population,
        count,
        rate: figureFor(rates, s.key, index, status, population === null),
        change: forceChange(counts, s.key, index),
        charged:
          count.value === null
            ? { available: false, why: 'no-figure', reason: 'no figure' }
            : chargedFrom(input.outcomes(s.key), index),
        status,
      };
    });
}

export function isSmallPopulation(population: number | null): boolean {
  return population !== null && population < SMALL_POPULATION;
}
