import { describe, expect, it } from 'vitest';
import { buckets, formatMonth, fyStartYear, month, parseMonth, periodLabel } from './period.ts';

const m = (text: string) => parseMonth(text) ?? -1;

describe('months', () => {
  it.each([
    ['2021-04', true],
    ['2021-4', false],
    ['2021-00', false],
    ['2021-13', false],
    ['21-04', false],
    ['2021-04-01', false],
  ])('parseMonth(%s) valid: %s', (text, valid) => {
    expect(parseMonth(text) !== null).toBe(valid);
  });

  it('round-trips and finds the financial year', () => {
    expect(formatMonth(m('2024-03'))).toBe('2024-03');
    expect(fyStartYear(m('2024-03'))).toBe(2023);
    expect(fyStartYear(m('2024-04'))).toBe(2024);
  });
});

describe('periodLabel', () => {
  it.each([
    ['2021-04', '2022-03', '2021/22'],
    ['2021-04', '2024-03', '2021/22 to 2023/24'],
    ['2023-01', '2023-12', '2023'],
    ['2023-05', '2023-05', 'May 2023'],
    ['2023-04', '2023-06', 'Apr to Jun 2023'],
    ['2023-11', '2024-02', 'Nov 2023 to Feb 2024'],
  ])('%s..%s is %s', (from, to, label) => {
    expect(periodLabel({ start: m(from), end: m(to) })).toBe(label);
  });
});

describe('buckets', () => {
  const range = { start: month(2021, 6), end: month(2022, 7) };
  it.each([
    ['fy', ['2021/22', '2022/23'], [true, true]],
    ['year', ['2021', '2022'], [true, true]],
    [
      'quarter',
      ['2021-Q2', '2021-Q3', '2021-Q4', '2022-Q1', '2022-Q2', '2022-Q3'],
      [true, false, false, false, false, true],
    ],
    ['total', ['2021-06/2022-07'], [false]],
  ] as const)('%s', (interval, ids, clipped) => {
    const b = buckets(interval, range);
    expect(b.map((x) => x.id)).toEqual(ids);
    expect(b.map((x) => x.start !== x.full.start || x.end !== x.full.end)).toEqual(clipped);
    expect(b[0]?.start).toBe(range.start);
    expect(b.at(-1)?.end).toBe(range.end);
  });

  it('gives months one bucket each', () => {
    expect(buckets('month', range)).toHaveLength(14);
  });
});
