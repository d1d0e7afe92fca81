import { describe, expect, it } from 'vitest';
import { largest, valueAxis } from './value-axis.ts';

describe('a value axis in round steps from zero', () => {
  it.each([
    // the published violence crimes (218): 50s to 250, not 100s to 300
    [218, true, [0, 50, 100, 150, 200, 250]],
    // an exact round top is the top, in the fewest ticks
    [100, true, [0, 25, 50, 75, 100]],
    [92, true, [0, 25, 50, 75, 100]],
    [6100, true, [0, 2500, 5000, 7500]],
    [7, true, [0, 2, 4, 6, 8]],
    // counts step in whole numbers, however small
    [2, true, [0, 1, 2]],
    [1, true, [0, 1]],
    // rates and shares may step in fractions, without drifting to 0.30000000000000004
    [0.5, false, [0, 0.1, 0.2, 0.3, 0.4, 0.5]],
    [10.16, false, [0, 2, 4, 6, 8, 10, 12]],
    [81.4, false, [0, 25, 50, 75, 100]],
  ])('%d (whole numbers: %s) has ticks %j', (max, integer, ticks) => {
    const axis = valueAxis(max, integer);
    expect(axis.ticks).toEqual(ticks);
    expect(axis.domain).toEqual([0, ticks.at(-1)]);
  });

  it('keeps every figure on the axis and uses three to six steps', () => {
    for (let max = 0.013; max < 2e6; max *= 1.37) {
      for (const integer of [true, false]) {
        const { ticks, domain } = valueAxis(max, integer);
        expect(domain[1]).toBeGreaterThanOrEqual(max);
        if (max >= 3) expect(ticks.length - 1).toBeGreaterThanOrEqual(3);
        expect(ticks.length - 1).toBeLessThanOrEqual(6);
        if (integer) expect(ticks.every(Number.isInteger)).toBe(true);
      }
    }
  });

  it('takes fewer, longer steps where there is room for fewer labels', () => {
    expect(valueAxis(463, true, 3).ticks).toEqual([0, 200, 400, 600]);
    expect(valueAxis(463, true).ticks).toEqual([0, 100, 200, 300, 400, 500]);
    expect(valueAxis(81.4, false, 2).ticks).toEqual([0, 50, 100]);
  });

  it('draws an axis from 0 to 1 when there is nothing above zero (no figures, or zeros)', () => {
    expect(valueAxis(0, true).ticks).toEqual([0, 1]);
    expect(valueAxis(Number.NaN, true).ticks).toEqual([0, 1]);
  });
});

describe('the largest figure a chart draws', () => {
  const rows = [
    { period: '2021/22', a: 10, b: 5, c: null },
    { period: '2022/23', a: 3, b: 14, c: 2 },
  ];
  it('is the largest value of a line chart, ignoring gaps and labels', () => {
    expect(largest(rows, ['a', 'b', 'c'])).toBe(14);
  });
  it('is the tallest stack of a stacked chart', () => {
    expect(largest(rows, ['a', 'b', 'c'], true)).toBe(19);
  });
  it('is 0 when there is no figure', () => {
    expect(largest([{ a: null }], ['a'])).toBe(0);
  });
});
