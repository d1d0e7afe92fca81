import { describe, expect, it } from 'vitest';
import { axisCut, niceStep, timesWords } from './axis-cut.ts';

const bars = (...values: number[]) => values.map((value, i) => ({ key: `f${i}`, value }));

describe('cutting the value axis short of one long bar', () => {
  it('cuts a bar more than three times the next, a round value above the next bar', () => {
    // the demonstration rates: the City of London (8,600 residents) against Cambridgeshire
    expect(axisCut(bars(24.82, 81.4, 18.8, 15.28, 2.1), 10.16)).toEqual({
      at: 30,
      ticks: [0, 10, 20, 30],
      cut: { key: 'f1', value: 81.4 },
      next: { key: 'f0', value: 24.82 },
    });
  });

  it.each([
    ['twice the next: every bar is readable whole', bars(18.8, 8.14, 7.34, 6.4, 2.05), null],
    ['exactly three times the next', bars(30, 10, 9), null],
    ['two long bars together', bars(80, 78, 10, 9), null],
    ['two bars only: the long one is the message', bars(80, 10), null],
    ['one bar', bars(80), null],
    ['nothing else above zero', bars(80, 0, 0), null],
    ['a negative value', bars(80, 10, -1), null],
    ['no bars', [], null],
  ])('leaves the axis whole with %s', (_, input, reference) => {
    expect(axisCut(input, reference)).toBeNull();
  });

  it('keeps the reference line on the chart: the axis stops above it when it is above the next bar', () => {
    // counts: the average per force can exceed every force but the largest
    const cut = axisCut(bars(10_000, 120, 100, 90), 300);
    expect(cut?.at).toBe(400);
    expect(cut?.ticks).toEqual([0, 100, 200, 300, 400]);
  });

  it('does not cut when the reference line would leave almost nothing saved', () => {
    expect(axisCut(bars(1000, 120, 100), 900)).toBeNull();
  });

  it('steps the axis in round numbers, for small shares as for large counts', () => {
    expect(axisCut(bars(16.77, 5.46, 5.28, 5.11))?.ticks).toEqual([0, 2, 4, 6, 8]);
    expect(axisCut(bars(1023, 333, 322))?.ticks).toEqual([0, 100, 200, 300, 400]);
    expect(axisCut(bars(0.9, 0.21, 0.1))?.ticks).toEqual([0, 0.1, 0.2, 0.3]);
  });

  it('cuts the largest bar whichever order the bars come in, and ties for largest are not cut', () => {
    expect(axisCut(bars(2, 40, 3, 1))?.cut).toEqual({ key: 'f1', value: 40 });
    expect(axisCut(bars(40, 2, 40, 1))).toBeNull();
  });
});

describe('round steps', () => {
  it.each([
    [7.13, 10],
    [6.82, 10],
    [2.2, 2.5],
    [2, 2],
    [0.3, 0.5],
    [83, 100],
    [1, 1],
  ])('%s → %s', (raw, step) => {
    expect(niceStep(raw)).toBeCloseTo(step, 12);
  });
});

describe('how far beyond the next', () => {
  it('says the multiple to one decimal place', () => {
    expect(timesWords(81.4, 24.82)).toBe('3.3 times');
  });
});
