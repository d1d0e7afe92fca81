import { describe, expect, it } from 'vitest';
import { withCrimes } from '@testing/counts.ts';
import type { CountsResponse, Period } from './contract.ts';
import { headlinePeriod, likeForLikeChange, outcomeRates } from './figures.ts';

const period = (id: string, partial = false): Period => ({
  id,
  label: id,
  start: '2021-04',
  end: '2022-03',
  partial,
});

function response(
  periods: Period[],
  series: Record<string, (number | null)[]>,
  complete: boolean[] = periods.map(() => true),
): CountsResponse {
  const entries = Object.entries(series);
  const totals = periods.map((_, i) =>
    entries.every(([, v]) => v[i] === null)
      ? null
      : entries.reduce((a, [, v]) => a + (v[i] ?? 0), 0),
  );
  return withCrimes({
    query: {
      dataset: 'demo',
      version: 1,
      platform: [],
      force: [],
      offence: [],
      outcome: [],
      from: '2021-04',
      to: '2024-03',
      interval: 'fy',
      by: 'force',
      measure: 'count',
    },
    dataset: { id: 'demo', title: 'Demo', illustrative: true, version: 1, updated: '' },
    unit: 'crimes',
    counted: 'crimes',
    periods,
    forces: entries.map(([k]) => k),
    series: entries.map(([key, values]) => ({
      key,
      label: key,
      kind: 'series',
      values,
      missing: values.map(() => []),
      suppressed: values.map(() => false),
    })),
    totals: {
      values: totals,
      missing: periods.map(() => []),
      suppressed: periods.map(() => false),
      complete,
    },
    notes: [],
    sources: [],
  });
}

describe('headlinePeriod', () => {
  it.each([
    [[period('a'), period('b')], 1, null],
    [[period('a'), period('b'), period('c', true)], 1, 'c'],
    [[period('a', true), period('b')], 1, null],
    [[period('a', true)], null, null],
  ])('%# picks the latest full period', (periods, index, after) => {
    const h = headlinePeriod(periods);
    expect(h?.index ?? null).toBe(index);
    expect(h?.partialAfter?.id ?? null).toBe(after);
  });
});

describe('likeForLikeChange', () => {
  it('compares only forces with figures in both periods', () => {
    const r = response([period('2022/23'), period('2023/24')], {
      lancashire: [66, 98],
      kent: [null, 500],
      essex: [40, null],
      dorset: [16, 16],
    });
    const c = likeForLikeChange(r, 1, 0);
    expect(c).toEqual({
      available: true,
      current: 114,
      previous: 82,
      percent: ((114 - 82) / 82) * 100,
      forces: 2,
      leftOut: ['kent', 'essex'],
    });
  });

  it('leaves out a force whose figure for either period misses part of the selection', () => {
    const r = response([period('2022/23'), period('2023/24')], {
      metropolitan: [4239, 5027],
      kent: [605, 608],
    });
    // the Met refused X (Twitter) for 2022/23: its figure for that year is not all of its crimes
    const met = r.series.find((x) => x.key === 'metropolitan');
    if (met) met.missing = [['metropolitan'], []];
    expect(likeForLikeChange(r, 1, 0)).toMatchObject({
      available: true,
      current: 608,
      previous: 605,
      forces: 1,
      leftOut: ['metropolitan'],
    });
    const alone = { ...r, series: met ? [met] : [] };
    expect(likeForLikeChange(alone, 1, 0)).toMatchObject({
      available: false,
      why: 'part-selection',
    });
  });

  it('refuses to compare a part period with a full one, or with nothing', () => {
    const r = response([period('2023/24'), period('2024/25', true)], { kent: [10, 3] });
    expect(likeForLikeChange(r, 1, 0)).toMatchObject({ available: false, why: 'part-period' });
    expect(likeForLikeChange(r, 0, -1)).toMatchObject({ available: false });
    const none = response([period('a'), period('b')], { kent: [null, 3], essex: [4, null] });
    expect(likeForLikeChange(none, 1, 0)).toMatchObject({
      available: false,
      why: 'no-common-force',
    });
  });

  it('gives no percentage from a zero', () => {
    const r = response([period('a'), period('b')], { kent: [0, 3] });
    expect(likeForLikeChange(r, 1, 0)).toMatchObject({ available: true, percent: null });
  });
});

describe('outcomeRates', () => {
  const groups = {
    'charged-summonsed': [3],
    'no-suspect-identified': [40],
    'evidential-difficulties-victim-supports': [27],
    'not-yet-assigned': [30],
  };

  it('gives rates of crimes with an outcome assigned', () => {
    const r = outcomeRates(response([period('a')], groups), 0);
    expect(r).toEqual({
      available: true,
      assigned: 70,
      charged: 3,
      noSuspect: 40,
      notYetAssigned: 30,
      chargeRate: (3 / 70) * 100,
      noSuspectShare: (40 / 70) * 100,
    });
  });

  it('gives none from a partial breakdown, or from nothing', () => {
    expect(outcomeRates(response([period('a')], groups, [false]), 0)).toMatchObject({
      available: false,
      why: 'partial-outcomes',
    });
    expect(outcomeRates(response([period('a')], { 'charged-summonsed': [null] }), 0)).toMatchObject(
      { available: false },
    );
  });

  it('gives none when an outcome filter leaves only some outcomes in view', () => {
    const r = response([period('a')], { 'charged-summonsed': [3] });
    r.query.outcome = ['charged-summonsed'];
    expect(outcomeRates(r, 0)).toMatchObject({ available: false });
  });

  it('reads outcome codes as well as groups', () => {
    const r = outcomeRates(
      response([period('a')], { '1': [2], '1A': [1], '18': [7], NYA: [10] }),
      0,
    );
    expect(r).toMatchObject({ available: true, assigned: 10, charged: 3, noSuspect: 7 });
  });
});
