import { normaliseName, suggest } from '@shared/suggest.ts';

/**
 * A lookup from the words a return uses to a reference id: ids, names and aliases, compared without
 * case, accents, punctuation or spaces ("Tik Tok" = "TikTok", "Dyfed Powys" = "dyfed-powys"). A word
 * that two ids claim is dropped, so it is reported with a suggestion instead of being guessed.
 */

export function compactKey(text: string): string {
  return normaliseName(text).replace(/ /g, '');
}

export interface Entry {
  id: string;
  names: readonly string[];
}

export class Vocabulary {
  private readonly keys = new Map<string, string>();
  private readonly candidates: (readonly [string, ...string[]])[];
  /** words claimed by more than one id (kept for tests) */
  readonly ambiguous = new Set<string>();

  /** `prefer` settles words that two ids claim, where one reading is clearly the safer */
  constructor(entries: readonly Entry[], prefer: readonly Entry[] = []) {
    const claims = new Map<string, Set<string>>();
    for (const e of entries) {
      for (const name of [e.id, ...e.names]) {
        const key = compactKey(name);
        if (!key) continue;
        const set = claims.get(key) ?? new Set<string>();
        set.add(e.id);
        claims.set(key, set);
      }
    }
    for (const [key, ids] of claims) {
      const [only] = ids;
      if (ids.size === 1 && only !== undefined) this.keys.set(key, only);
      else this.ambiguous.add(key);
    }
    for (const e of prefer) {
      for (const name of e.names) {
        const key = compactKey(name);
        this.ambiguous.delete(key);
        this.keys.set(key, e.id);
      }
    }
    const byId = new Map<string, string[]>();
    for (const e of entries) byId.set(e.id, [...(byId.get(e.id) ?? []), ...e.names]);
    this.candidates = [...byId].map(([id, names]) => [id, ...names] as const);
  }

  get(text: string): string | null {
    return this.keys.get(compactKey(text)) ?? null;
  }

  /** the id whose name is closest to a mistyped word, or null when none is close */
  suggest(text: string): string | null {
    return suggest(text, this.candidates);
  }
}

/**
 * A copy of a string that shares no memory with the text it was cut from. A cell cut from a megabyte
 * of decoded file keeps that megabyte alive for as long as the cell is kept (V8 slices long strings),
 * and caches keep cells for the whole run.
 */
export function detach(text: string): string {
  return text.length < 13 ? text : Buffer.from(text, 'utf8').toString('utf8');
}

/** A cache in front of a normaliser: a return repeats the same few words on every row. */
export function memo<T>(fn: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let v = cache.get(text);
    if (v === undefined && !cache.has(text)) {
      v = fn(text);
      // a file of free text in one column must not grow the cache without bound
      if (cache.size < 100_000) cache.set(detach(text), v);
    }
    return v as T;
  };
}
