import { describe, expect, it } from 'vitest';
import { formatCell } from './format.ts';

describe('a figure with its suppression mark', () => {
  it('is the number, a lower bound with [c], [c] alone, or [x]', () => {
    expect(formatCell(1203, 'count', false)).toBe('1,203');
    expect(formatCell(4, 'count', true)).toBe('4 [c]');
    // only suppressed figures: no number at all, and not the "not available" of a missing force
    expect(formatCell(null, 'count', true)).toBe('[c]');
    expect(formatCell(null, 'rate', false)).toBe('[x]');
  });
});
