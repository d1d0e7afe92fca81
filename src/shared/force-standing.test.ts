import { describe, expect, it } from 'vitest';
import type { ReturnRow } from './contract.ts';
import {
  commonStatus,
  mixComparison,
  rankValues,
  rateStanding,
  statusesIn,
} from './force-standing.ts';
import { counts } from '@testing/counts.ts';

describe('rankValues', () => {
  it.each<[string, Record<string, number | null>, [string, number, boolean][]]>([
    [
      'highest first',
      { a: 1, b: 3, c: 2 },
      [
        ['b', 1, false],
        ['c', 2, false],
        ['a', 3, false],
      ],
    ],
    [
      'ties share a rank and the next rank skips',
      { a: 5, b: 7, c: 5, d: 1 },
      [
        ['b', 1, false],
        ['a', 2, true],
        ['c', 2, true],
        ['d', 4, false],
      ],
    ],
    [
      'missing values are never ranked, not even last',
      { a: 2, b: null, c: 0 },
      [
        ['a', 1, false],
        ['c', 2, false],
      ],
    ],
    ['nothing to rank', { a: null }, []],
  ])('%s', (_, values, expected) => {
    const rows = rankValues(Object.entries(values).map(([key, value]) => ({ key, value })));
    expect(rows.map((r) => [r.key, r.rank, r.tied])).toEqual(expected);
  });
});

describe('rateStanding', () => {
  const rates = counts({
    periods: ['2023/24'],
    series: {
      cleveland: [18.8],
      lancashire: [6.4],
      dorset: [2.05],
      merseyside: [null],
      btp: [null],
    },
    forces: ['cleveland', 'lancashire', 'dorset', 'merseyside', 'btp'],
    totals: [7.64],
  });

  it('ranks a force among the forces with a rate, and names those without', () => {
    expect(rateStanding(rates, 'lancashire', 0, 1_531_200)).toMatchObject({
      available: true,
      rate: 6.4,
      rank: 2,
      tied: false,
      of: 3,
      reference: 7.64,
      unranked: ['merseyside', 'btp'],
    });
  });

  it('ranks rates as they are written, to one decimal place: 13.31 and 13.27 are joint', () => {
    const close = counts({
      periods: ['2023/24'],
      series: { a: [13.31], b: [13.27], c: [2] },
      forces: ['a', 'b', 'c'],
    });
    expect(rateStanding(close, 'b', 0, 1000)).toMatchObject({ rank: 1, tied: true, rate: 13.3 });
  });

  it.each([
    ['merseyside', 1_423_300, 'no-figure'],
    ['btp', null, 'no-population'],
  ])('does not rank %s (%s)', (force, population, reason) => {
    expect(rateStanding(rates, force, 0, population)).toMatchObject({
      available: false,
      reason,
      of: 3,
    });
  });
});

describe('mixComparison', () => {
  const ew = counts({
    series: { violence: [null, 300], sexual: [null, 100], 'not-broken-down': [null, 0] },
    forces: ['a', 'b', 'c'],
    missing: [['a', 'b', 'c'], ['c']],
  });

  it.each<[string, Record<string, (number | null)[]>, boolean, number | null, string]>([
    [
      'complete: shares of every crime',
      { violence: [null, 30], sexual: [null, 10] },
      true,
      40,
      'complete',
    ],
    [
      'partial: part not broken down',
      { violence: [null, 30], 'not-broken-down': [null, 10] },
      false,
      40,
      'partial',
    ],
    [
      'exceeds: sums to more than the total',
      { violence: [null, 30], sexual: [null, 20] },
      false,
      40,
      'exceeds',
    ],
    ['none: no breakdown', { violence: [null, null] }, false, 40, 'none'],
  ])('%s', (_, series, complete, total, state) => {
    const mix = mixComparison(counts({ series, complete: [complete, complete] }), ew, 1, total);
    expect(mix.state).toBe(state);
    expect(mix.ewForces).toEqual(['a', 'b']);
    expect(mix.ewOf).toBe(3);
  });

  it('gives each side its shares of its own sum, with Not broken down last', () => {
    const force = counts({
      series: { 'not-broken-down': [null, 10], violence: [null, 30] },
      complete: [false, false],
    });
    const mix = mixComparison(force, ew, 1, 40);
    expect(mix.rows.map((r) => [r.key, r.count, r.share, r.ewCount, r.ewShare])).toEqual([
      ['violence', 30, 75, 300, 75],
      ['sexual', null, null, 100, 25],
      ['not-broken-down', 10, 25, 0, 0],
    ]);
  });

  it('counts a group absent from a complete breakdown as 0, and from a partial one as unknown', () => {
    const complete = mixComparison(counts({ series: { violence: [null, 40] } }), ew, 1, 40);
    expect(complete.rows.find((r) => r.key === 'sexual')).toMatchObject({ count: 0, share: 0 });
    const partial = mixComparison(
      counts({ series: { violence: [null, 30] }, complete: [false, false] }),
      ew,
      1,
      40,
    );
    expect(partial.rows.find((r) => r.key === 'sexual')).toMatchObject({
      count: null,
      share: null,
    });
  });

  it('has no shares for a period without a breakdown', () => {
    const mix = mixComparison(counts({ series: { violence: [null, 30] } }), ew, 0, null);
    expect(mix.rows).toEqual([]);
    expect(mix.ewSum).toBeNull();
  });
});

describe('return statuses', () => {
  const row = (
    platform: string,
    start: string,
    end: string,
    status: ReturnRow['status'],
  ): ReturnRow => ({
    force: 'wiltshire',
    platform,
    period: { label: start, start, end },
    status,
    note: null,
    source: null,
  });
  const rows = [
    row('tiktok', '2021-04', '2022-03', 'refused'),
    row('tiktok', '2022-04', '2023-03', 'provided'),
    row('x', '2021-04', '2022-03', 'not_asked'),
  ];

  it.each<[string, { start: string; end: string }, string[], ReturnRow['status'][]]>([
    ['a month inside a year', { start: '2021-06', end: '2021-06' }, ['tiktok'], ['refused']],
    [
      'a span across years',
      { start: '2021-04', end: '2024-03' },
      ['tiktok'],
      ['refused', 'provided'],
    ],
    ['every platform', { start: '2021-04', end: '2022-03' }, [], ['refused', 'not_asked']],
    ['no overlap', { start: '2024-04', end: '2024-06' }, [], []],
  ])('%s', (_, period, platforms, expected) => {
    expect(statusesIn(rows, 'wiltshire', period, platforms).map((r) => r.status)).toEqual(expected);
  });

  it('gives the status rows share, or null when they differ', () => {
    expect(commonStatus([rows[0]!])).toBe('refused');
    expect(commonStatus(rows)).toBeNull();
  });
});
