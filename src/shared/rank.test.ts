import { describe, expect, it } from 'vitest';
import { rank, rankWords } from './rank.ts';

const items = (values: Record<string, number | null>) =>
  Object.entries(values).map(([key, value]) => ({ key, value }));

interface Case {
  name: string;
  values: Record<string, number | null>;
  expected: Record<string, number | null>;
}

describe('rank', () => {
  it.each<Case>([
    {
      name: 'distinct values, largest first',
      values: { a: 3, b: 9, c: 5 },
      expected: { a: 3, b: 1, c: 2 },
    },
    {
      name: 'ties share a rank and the next rank skips: 1, 2, 2, 4',
      values: { a: 10, b: 7, c: 7, d: 2 },
      expected: { a: 1, b: 2, c: 2, d: 4 },
    },
    {
      name: 'a tie at the top',
      values: { a: 5, b: 5, c: 1 },
      expected: { a: 1, b: 1, c: 3 },
    },
    {
      name: 'missing figures are not ranked, and do not push others down',
      values: { a: 4, refused: null, b: 8, none: null },
      expected: { a: 2, refused: null, b: 1, none: null },
    },
    {
      name: 'zero is a figure, ranked last; missing is not',
      values: { a: 0, b: null, c: 2 },
      expected: { a: 2, b: null, c: 1 },
    },
    {
      name: 'nothing has a figure',
      values: { a: null, b: null },
      expected: { a: null, b: null },
    },
  ])('$name', ({ values, expected }) => {
    const ranks = rank(items(values));
    expect(Object.fromEntries([...ranks].map(([k, r]) => [k, r.rank]))).toEqual(expected);
  });

  it('counts only the items with figures, and flags ties', () => {
    const ranks = rank(items({ a: 10, b: 7, c: 7, d: 2, e: null }));
    expect(ranks.get('b')).toEqual({ rank: 2, of: 4, tied: true });
    expect(ranks.get('a')).toEqual({ rank: 1, of: 4, tied: false });
    expect(ranks.get('e')).toEqual({ rank: null, of: 4, tied: false });
  });

  it('ranks ascending when asked (lowest first)', () => {
    const ranks = rank(items({ a: 10, b: 7, c: 7, d: 2, e: null }), 'ascending');
    expect([...ranks].map(([k, r]) => [k, r.rank])).toEqual([
      ['a', 4],
      ['b', 2],
      ['c', 2],
      ['d', 1],
      ['e', null],
    ]);
  });

  it.each([
    [{ rank: 3, of: 41, tied: false }, '3 of 41'],
    [{ rank: 2, of: 5, tied: true }, '2 of 5 (tied)'],
    [{ rank: null, of: 5, tied: false }, null],
    [undefined, null],
  ])('words for %j: %s', (r, words) => {
    expect(rankWords(r)).toBe(words);
  });
});
