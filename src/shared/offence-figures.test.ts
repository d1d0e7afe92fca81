import { describe, expect, it } from 'vitest';
import { withCrimes } from '@testing/counts.ts';
import type { CountsResponse, Period } from './contract.ts';
import {
  childLevel,
  forcesWithFigures,
  offenceLevel,
  offencePath,
  periodsWithFigures,
  rankedPeriod,
  rankRows,
} from './offence-figures.ts';
import { OFFENCE_NODES } from './reference/offences.ts';

const FY = ['2021/22', '2022/23', '2023/24'];

function periods(labels: readonly string[], partial: readonly string[] = []): Period[] {
  return labels.map((label) => ({
    id: label,
    label,
    start: '2021-04',
    end: '2022-03',
    partial: partial.includes(label),
  }));
}

/** A by=offence answer: `values` per series aligned with the periods; `missing` forces per period. */
function answer(
  labels: readonly string[],
  series: Record<string, (number | null)[]>,
  options: { forces?: string[]; missing?: string[][]; partial?: string[]; nbd?: string } = {},
): CountsResponse {
  const forces = options.forces ?? ['a', 'b', 'c'];
  const keys = Object.keys(series);
  const totals = labels.map((_, i) => {
    const vs = keys.map((k) => series[k]?.[i] ?? null).filter((v) => v !== null);
    return vs.length === 0 ? null : vs.reduce((a, v) => a + v, 0);
  });
  return withCrimes({
    query: {
      dataset: 'reported',
      version: 1,
      platform: [],
      force: [],
      offence: [],
      outcome: [],
      from: '2021-04',
      to: '2024-03',
      interval: 'fy',
      by: 'offence',
      measure: 'count',
    },
    dataset: {
      id: 'reported',
      title: 'Test',
      illustrative: false,
      version: 1,
      updated: '2026-01-01',
    },
    unit: 'crimes',
    counted: 'crimes',
    periods: periods(labels, options.partial),
    forces,
    series: keys.map((key) => ({
      key,
      label: key === options.nbd ? 'Not broken down' : key,
      kind: key === options.nbd ? 'not-broken-down' : 'series',
      values: series[key] ?? [],
      missing: labels.map(() => []),
      suppressed: labels.map(() => false),
    })),
    totals: {
      values: totals,
      missing: options.missing ?? labels.map((_, i) => (totals[i] === null ? forces : [])),
      suppressed: labels.map(() => false),
      complete: labels.map(() => true),
    },
    notes: [],
    sources: [],
  });
}

describe('offence levels', () => {
  it.each([
    ['none', 'offenceGroup'],
    ['force', 'offenceGroup'],
    ['outcomeGroup', 'offenceGroup'],
    ['offenceGroup', 'offenceGroup'],
    ['offenceSubgroup', 'offenceSubgroup'],
    ['offence', 'offence'],
  ] as const)('by=%s is shown at the %s level', (by, level) => {
    expect(offenceLevel(by)).toBe(level);
  });

  it.each([
    ['*', 'offenceGroup'],
    ['violence-against-the-person', 'offenceSubgroup'],
    ['sexual-offences', 'offenceSubgroup'],
    // a group that is its own only subgroup breaks straight down into offences
    ['public-order-offences', 'offence'],
    ['miscellaneous-crimes-against-society', 'offence'],
    ['stalking-and-harassment', 'offence'],
    // subgroups with no offences listed, offences and unclassified do not break down
    ['homicide', null],
    ['8R', null],
    ['unclassified', null],
    ['no-such-id', null],
  ] as const)('%s breaks down by %s', (id, level) => {
    expect(childLevel(OFFENCE_NODES, id)).toBe(level);
  });

  it.each([
    ['8R', ['violence-against-the-person', 'stalking-and-harassment', '8R']],
    ['rape', ['sexual-offences', 'rape']],
    ['public-order-offences', ['public-order-offences']],
    ['9A', ['public-order-offences', '9A']],
    ['unclassified', ['unclassified']],
    ['*', []],
    ['no-such-id', []],
  ] as const)('the path to %s', (id, path) => {
    expect(offencePath(OFFENCE_NODES, id).map((n) => n.id)).toEqual(path);
  });
});

describe('which period a ranking shows', () => {
  const whole = (value: number | null) => answer(['2021/22 to 2023/24'], { x: [value] });

  it('shows the whole range when a figure answers it', () => {
    const trend = answer(FY, { x: [1, 2, 3] });
    expect(rankedPeriod(whole(6), trend)).toEqual({ kind: 'range' });
  });

  it('shows the one year with a breakdown when the range has none (published figures)', () => {
    const trend = answer(FY, { '8R': [null, null, 12], nbd: [null, null, 52] }, { nbd: 'nbd' });
    const r = rankedPeriod(whole(null), trend);
    expect(r).toMatchObject({ kind: 'period', index: 2, forces: 3, only: true });
  });

  it('prefers the period with figures from the most forces, then the latest', () => {
    const trend = answer(
      FY,
      { x: [5, 4, 3] },
      {
        missing: [['c'], ['b'], ['b', 'c']],
      },
    );
    expect(rankedPeriod(whole(null), trend)).toMatchObject({
      kind: 'period',
      index: 1,
      only: false,
    });
  });

  it('prefers a full period to a part period, even one with more forces', () => {
    const trend = answer(
      ['2023/24', '2024/25'],
      { x: [9, 2] },
      { missing: [['c'], []], partial: ['2024/25'] },
    );
    expect(rankedPeriod(whole(null), trend)).toMatchObject({ kind: 'period', index: 0 });
  });

  it('takes a part period when it is the only one with figures', () => {
    const trend = answer(['2023/24', '2024/25'], { x: [null, 2] }, { partial: ['2024/25'] });
    expect(rankedPeriod(whole(null), trend)).toMatchObject({ kind: 'period', index: 1 });
  });

  it('says when nothing answers', () => {
    const trend = answer(FY, { x: [null, null, null] });
    expect(rankedPeriod(whole(null), trend)).toEqual({ kind: 'none' });
    expect(periodsWithFigures(trend)).toEqual([]);
    expect(forcesWithFigures(trend, 0)).toEqual([]);
  });
});

describe('ranking the categories of a period', () => {
  it('ranks largest first, ties share a rank in name order, Not broken down and missing last', () => {
    // Dorset's complete 2023/24 breakdown, with a Not broken down and a missing series added
    const r = answer(
      ['2023/24'],
      {
        '8Q': [1],
        '35': [1],
        '8L': [6],
        nbd: [52],
        '8R': [5],
        '71/17': [null],
        '86': [3],
      },
      { nbd: 'nbd' },
    );
    expect(rankRows(r, 0).map((row) => [row.key, row.value, row.rank])).toEqual([
      ['8L', 6, 1],
      ['8R', 5, 2],
      ['86', 3, 3],
      ['35', 1, 4],
      ['8Q', 1, 4],
      ['nbd', 52, null],
      ['71/17', null, null],
    ]);
  });

  it('keeps zero as a figure that is ranked, unlike a missing one', () => {
    const r = answer(['2023/24'], { a: [0], b: [null], c: [2] });
    expect(rankRows(r, 0).map((row) => [row.key, row.rank])).toEqual([
      ['c', 1],
      ['a', 2],
      ['b', null],
    ]);
  });

  it('counts the forces with a figure in a period', () => {
    const r = answer(FY, { x: [1, null, 3] }, { missing: [['a'], ['a', 'b', 'c'], []] });
    expect(forcesWithFigures(r, 0)).toEqual(['b', 'c']);
    expect(forcesWithFigures(r, 1)).toEqual([]);
    expect(forcesWithFigures(r, 2)).toEqual(['a', 'b', 'c']);
    expect(periodsWithFigures(r)).toEqual([0, 2]);
  });
});
