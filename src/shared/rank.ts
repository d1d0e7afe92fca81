/**
 * Rank forces (or anything) on a figure, the way a league table does: competition ranking, so equal
 * values share a rank and the next rank skips ("1, 2, 2, 4"). An item with no figure is not ranked at
 * all: a force that refused or gave nothing is neither the lowest nor the highest.
 */

export interface Ranked {
  /** 1 is the highest (or, ascending, the lowest) value; null: no figure, not ranked */
  rank: number | null;
  /** how many items have a figure, and so are ranked */
  of: number;
  /** another item has the same value, and so the same rank */
  tied: boolean;
}

export function rank(
  items: readonly { key: string; value: number | null }[],
  order: 'descending' | 'ascending' = 'descending',
): Map<string, Ranked> {
  const valued = items.flatMap((i) => (i.value === null ? [] : [i.value]));
  const of = valued.length;
  const ahead = (v: number) =>
    valued.filter((o) => (order === 'descending' ? o > v : o < v)).length;
  const result = new Map<string, Ranked>();
  for (const item of items) {
    const v = item.value;
    result.set(
      item.key,
      v === null
        ? { rank: null, of, tied: false }
        : { rank: ahead(v) + 1, of, tied: valued.filter((o) => o === v).length > 1 },
    );
  }
  return result;
}

/** "3 of 41", "2 of 5 (tied)", or null when there is no rank to give. */
export function rankWords(r: Ranked | undefined): string | null {
  if (r?.rank == null) return null;
  return `${r.rank} of ${r.of}${r.tied ? ' (tied)' : ''}`;
}
