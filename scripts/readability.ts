/**
 * Readability of plain English (Flesch–Kincaid), for checking the reader's guide against GOV.UK's aim
 * of a reading age of 12 to 14. The syllable count is the usual vowel-group rule; it is within a
 * syllable or so of a dictionary on most words, which is close enough for a grade.
 */

export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w === '') return 0;
  if (w.length <= 3) return 1;
  const stem = w.replace(/(?:[^laeiouy]es|[^laeiouytd]ed|[^laeiouy]e)$/, (m) => m.charAt(0));
  const groups = stem.replace(/^y/, '').match(/[aeiouy]+/g);
  return Math.max(1, groups?.length ?? 0);
}

export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  /** Flesch–Kincaid grade level (US school grade) */
  grade: number;
  /** the grade as a UK reading age: grade + 5 */
  readingAge: number;
  /** Flesch reading ease: 60–70 is plain English */
  ease: number;
}

/**
 * Blocks of text (paragraphs, list items, headings, table cells), each ending a sentence even without
 * a full stop, as a reader takes them.
 */
export function readability(blocks: readonly string[]): Readability {
  let words = 0;
  let sentences = 0;
  let syll = 0;
  for (const block of blocks) {
    for (const sentence of block.split(/[.!?]+(?:\s|$)/)) {
      // a word has a letter in it: '[x]' and '100,000' are read, but not as words
      const ws = sentence.split(/\s+/).filter((w) => /[a-z]/i.test(w));
      if (ws.length === 0) continue;
      sentences += 1;
      words += ws.length;
      for (const w of ws) syll += syllables(w);
    }
  }
  const perSentence = words / Math.max(1, sentences);
  const perWord = syll / Math.max(1, words);
  const grade = 0.39 * perSentence + 11.8 * perWord - 15.59;
  return {
    words,
    sentences,
    syllables: syll,
    grade,
    readingAge: grade + 5,
    ease: 206.835 - 1.015 * perSentence - 84.6 * perWord,
  };
}
