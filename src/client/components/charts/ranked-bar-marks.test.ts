import { describe, expect, it } from 'vitest';
import { placeLabel, textWidth } from './ranked-bar-marks.tsx';

describe("the reference line's name", () => {
  const text = 'England and Wales: 10.2';

  it('is centred on the line where it fits', () => {
    expect(placeLabel(400, text, 800)).toEqual({ x: 400, anchor: 'middle' });
  });

  it('is kept inside the chart when the line is near either edge', () => {
    expect(placeLabel(20, text, 800)).toEqual({ x: 2, anchor: 'start' });
    expect(placeLabel(790, text, 800)).toEqual({ x: 798, anchor: 'end' });
    expect(textWidth(text)).toBeGreaterThan(23 * 7);
  });
});
