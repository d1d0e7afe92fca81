import { describe, expect, it } from 'vitest';
import { withCrimes } from '@testing/counts.ts';
import type { CountsResponse, Period, Query } from './contract.ts';
import {
  outcomeHeadline,
  outcomeHeadlines,
  outcomePeriod,
  outcomeShares,
  PROVISIONAL_SHARE,
} from './outcome-figures.ts';

const period = (id: string, partial = false): Period => ({
  id,
  label: id,
  start: '2021-04',
  end: '2022-03',
  partial,
});

type Values = (number | null)[];

/** A by=outcomeGroup (or by=outcome) count answer, with totals added up from the series. */
function answer(
  series: Record<string, Values>,
  options: {
    periods?: Period[];
    query?: Partial<Query>;
    complete?: boolean[];
    suppressed?: Record<string, boolean[]>;
  } = {},
): CountsResponse {
  const periods = options.periods ?? [period('a')];
  const entries = Object.entries(series);
  const totals = periods.map((_, i) =>
    entries.every(([, v]) => v[i] === null || v[i] === undefined)
      ? null
      : entries.reduce((a, [, v]) => a + (v[i] ?? 0), 0),
  );
  const suppressed = (key: string) => options.suppressed?.[key] ?? periods.map(() => false);
  return withCrimes({
    query: {
      dataset: 'test',
      version: 1,
      platform: [],
      force: [],
      offence: [],
      outcome: [],
      from: '2021-04',
      to: '2024-03',
      interval: 'fy',
      by: 'outcomeGroup',
      measure: 'count',
      ...options.query,
    },
    dataset: { id: 'test', title: 'Test', illustrative: false, version: 1, updated: '' },
    unit: 'crimes',
    counted: 'crimes',
    periods,
    forces: ['kent'],
    series: entries.map(([key, values]) => ({
      key,
      label: key,
      kind: key === 'not-broken-down' ? 'not-broken-down' : 'series',
      values,
      missing: values.map(() => []),
      suppressed: suppressed(key),
    })),
    totals: {
      values: totals,
      missing: periods.map(() => []),
      suppressed: periods.map((_, i) => entries.some(([k]) => suppressed(k)[i] === true)),
      complete: options.complete ?? periods.map(() => true),
    },
    notes: [],
    sources: [],
  });
}

// 100 crimes: 80 with an outcome assigned, 20 without
const groups = {
  'charged-summonsed': [8],
  'evidential-difficulties-victim-supports': [10],
  'evidential-difficulties-victim-does-not-support': [30],
  'no-suspect-identified': [20],
  'out-of-court-informal': [12],
  'not-yet-assigned': [20],
};

describe('outcomeHeadline', () => {
  it('gives rates of crimes with an outcome assigned, and not yet assigned of all crimes', () => {
    expect(outcomeHeadline(answer(groups), 0)).toEqual({
      available: true,
      total: 100,
      assigned: 80,
      notYetAssigned: 20,
      charged: 8,
      evidential: 40,
      noSuspect: 20,
      chargedRate: 10,
      evidentialRate: 50,
      noSuspectRate: 25,
      notYetAssignedShare: 20,
      provisional: false,
    });
  });

  it('reads outcome codes: 1 and 1A charged, 14, 15 and 16 evidential, 18 no suspect, NYA', () => {
    const codes = answer(
      { '1': [6], '1A': [2], '14': [5], '15': [10], '16': [25], '18': [20], '8': [12], NYA: [20] },
      { query: { by: 'outcome' } },
    );
    expect(outcomeHeadline(codes, 0)).toEqual(outcomeHeadline(answer(groups), 0));
  });

  it.each<[string, Record<string, Values>, number, boolean]>([
    ['exactly the threshold is not provisional', { x: [80], 'not-yet-assigned': [20] }, 20, false],
    ['just above it is', { x: [79], 'not-yet-assigned': [21] }, 21, true],
    ['none assigned: provisional, with no rates', { 'not-yet-assigned': [5] }, 100, true],
    ['none unassigned', { x: [5] }, 0, false],
  ])('marks a period provisional above %s', (_, series, share, provisional) => {
    const h = outcomeHeadline(answer(series), 0);
    expect(h).toMatchObject({ available: true, notYetAssignedShare: share, provisional });
    expect(PROVISIONAL_SHARE).toBe(20);
  });

  it('gives no rate, only null, when no crime has an outcome yet', () => {
    expect(outcomeHeadline(answer({ 'not-yet-assigned': [5] }), 0)).toMatchObject({
      chargedRate: null,
      evidentialRate: null,
      noSuspectRate: null,
    });
  });

  it.each<[string, CountsResponse, string]>([
    [
      'a partial breakdown (Lancashire 2023/24: 137 listed against 98 crimes)',
      answer(
        {
          'charged-summonsed': [3],
          'evidential-difficulties-victim-supports': [34],
          'evidential-difficulties-victim-does-not-support': [47],
          'no-suspect-identified': [53],
        },
        { complete: [false] },
      ),
      'partial-outcomes',
    ],
    [
      'crimes not broken down by outcome',
      answer({ 'charged-summonsed': [3], 'not-broken-down': [42] }),
      'partial-outcomes',
    ],
    ['a period with no outcomes', answer({ 'charged-summonsed': [null] }), 'no-outcomes'],
    [
      'suppressed cells',
      answer(groups, { suppressed: { 'charged-summonsed': [true] } }),
      'suppressed-outcomes',
    ],
    [
      'a selection of some outcomes only',
      answer(groups, { query: { outcome: ['18'] } }),
      'outcome-filter',
    ],
    ['shares rather than counts', answer(groups, { query: { measure: 'share' } }), 'not-counts'],
    [
      'figures not split by outcome',
      answer({ all: [5] }, { query: { by: 'none' } }),
      'not-by-outcome',
    ],
  ])('gives no rate from %s, and says why', (_, r, why) => {
    expect(outcomeHeadline(r, 0)).toMatchObject({ available: false, why });
  });

  it('works period by period', () => {
    const r = answer(
      { 'charged-summonsed': [10, null, 2], x: [90, null, 3], 'not-yet-assigned': [0, null, 5] },
      { periods: [period('a'), period('b'), period('c', true)] },
    );
    const all = outcomeHeadlines(r);
    expect(all.map((h) => (h.available ? h.chargedRate : h.why))).toEqual([10, 'no-outcomes', 40]);
    expect(all.map((h) => h.available && h.provisional)).toEqual([false, false, true]);
  });
});

describe('outcomePeriod', () => {
  it.each<[string, Period[], Values, string | null]>([
    ['the latest full period', [period('a'), period('b')], [1, 2], 'b'],
    ['not a part period after it', [period('a'), period('b', true)], [1, 2], 'a'],
    ['the latest full period with outcomes', [period('a'), period('b')], [1, null], 'a'],
    [
      'a part period when no full one has outcomes',
      [period('a'), period('b', true)],
      [null, 2],
      'b',
    ],
    ['nothing when no period has outcomes', [period('a')], [null], null],
  ])('picks %s', (_, periods, values, id) => {
    expect(outcomePeriod(answer({ x: values }, { periods }))?.period.id ?? null).toBe(id);
  });
});

describe('outcomeShares', () => {
  it('gives each outcome as a share of crimes with an outcome, and of all crimes', () => {
    const r = outcomeShares(answer(groups), 0);
    expect(r.available && r.rows).toEqual([
      { key: 'charged-summonsed', count: 8, ofAssigned: 10, ofAll: 8 },
      { key: 'evidential-difficulties-victim-supports', count: 10, ofAssigned: 12.5, ofAll: 10 },
      {
        key: 'evidential-difficulties-victim-does-not-support',
        count: 30,
        ofAssigned: 37.5,
        ofAll: 30,
      },
      { key: 'no-suspect-identified', count: 20, ofAssigned: 25, ofAll: 20 },
      { key: 'out-of-court-informal', count: 12, ofAssigned: 15, ofAll: 12 },
      { key: 'not-yet-assigned', count: 20, ofAssigned: null, ofAll: 20 },
    ]);
  });

  it('gives no shares of a partial list', () => {
    expect(
      outcomeShares(answer({ 'charged-summonsed': [3] }, { complete: [false] }), 0),
    ).toMatchObject({ available: false });
  });
});
