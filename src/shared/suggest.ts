/** Levenshtein distance, for "did you mean" suggestions on mistyped ids and names. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] ?? 0;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] ?? 0;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      prev[j] = Math.min(up + 1, (prev[j - 1] ?? 0) + 1, diag + cost);
      diag = up;
    }
  }
  return prev[b.length] ?? 0;
}

export function normaliseName(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The closest candidate to `value`, if it is close enough to be a likely typo or a prefix
 * ("lancs" → "lancashire"). Candidates are [id, ...other names] so that aliases count too.
 */
export function suggest(
  value: string,
  candidates: readonly (readonly [id: string, ...names: string[]])[],
): string | null {
  const v = normaliseName(value);
  if (!v) return null;
  const limit = Math.max(1, Math.floor(v.length / 3));
  let best: string | null = null;
  let bestScore = Infinity;
  for (const [id, ...names] of candidates) {
    for (const name of [id, ...names]) {
      const n = normaliseName(name);
      if (!n) continue;
      const prefix = n.startsWith(v) && v.length >= 3;
      // the distance is at least the difference in length: a value far longer or shorter than a
      // name cannot be a typo of it, and is not worth a distance of |v| × |n| steps
      if (!prefix && Math.abs(n.length - v.length) > Math.min(limit, bestScore)) continue;
      const score = prefix ? 0.5 : editDistance(v, n);
      if (score < bestScore) {
        bestScore = score;
        best = id;
      }
    }
  }
  return bestScore <= limit ? best : null;
}
