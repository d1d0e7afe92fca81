import { describe, expect, it } from 'vitest';
import { readability, syllables } from './readability.ts';

describe('syllables', () => {
  it.each([
    ['cat', 1],
    ['police', 2],
    ['figure', 2],
    ['recorded', 3],
    ['platform', 2],
    ['provisional', 4],
    ['population', 4],
    ['made', 1],
    ['asked', 1],
    ['ended', 2],
    ['[x]', 1],
    ['100,000', 0],
  ])('%s has %i', (word, n) => {
    expect(syllables(word)).toBe(n);
  });
});

describe('readability', () => {
  it('scores a short, plain sentence below a long, Latinate one', () => {
    const plain = readability(['The cat sat on the mat.']);
    expect(plain).toMatchObject({ words: 6, sentences: 1, syllables: 6 });
    expect(plain.grade).toBeCloseTo(0.39 * 6 + 11.8 - 15.59, 5);
    const dense = readability([
      'Notwithstanding the aforementioned considerations, the administrative authorities responsible for operational policing determined that comprehensive categorisation was impracticable.',
    ]);
    expect(dense.grade).toBeGreaterThan(20);
    expect(dense.readingAge).toBe(dense.grade + 5);
  });

  it('ends a sentence at the end of each block, and counts no sentence in a block without words', () => {
    expect(readability(['Read a figure', 'Part periods', '2021/22']).sentences).toBe(2);
  });
});
