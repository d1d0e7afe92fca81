import { describe, expect, it } from 'vitest';
import { eachIntervals, intervalNoun, intervalPlural } from './interval-words.ts';

describe('interval words', () => {
  it('names each interval the same way in the singular, the plural and the possessive', () => {
    expect(intervalNoun('fy')).toBe('financial year');
    expect(intervalNoun('year')).toBe('calendar year');
    expect(intervalPlural('quarter')).toBe('quarters');
    expect(eachIntervals('month')).toBe("each month's");
  });

  it('lets the sentence name the whole period', () => {
    expect(intervalNoun('total')).toBe('whole period');
    expect(intervalNoun('total', 'period')).toBe('period');
    expect(intervalPlural('total')).toBe('the period asked for');
    expect(eachIntervals('total')).toBe('the');
  });
});
