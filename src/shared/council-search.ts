import type { Council } from './contract.ts';
import { editDistance } from './suggest.ts';

/**
 * Finding a force by a council's name: readers know "Blackpool" or "Cumberland", not "Lancashire
 * Constabulary". Every local authority district lies wholly in one force area, so a council found is
 * a force found. Matches say which council and by which of its names, so that the page can say why.
 */

/** How the words typed name the council */
export type CouncilVia =
  /** its name, or the start of it, or a word in it */
  | 'name'
  /** its Welsh name */
  | 'welsh'
  /** another name for it (an older name, the council's formal title, a spelling) */
  | 'alias'
  /** a council formed by merging districts (Cumberland, 2023): `formedFrom` lists them */
  | 'merged';

export interface CouncilMatch {
  /** the force whose area holds the council */
  force: string;
  /** the council's code (GSS) and its name as the reader should see it */
  code: string;
  council: string;
  via: CouncilVia;
  /** the name that matched, as the source spells it (for 'welsh' and 'alias') */
  matched: string;
  /** a close spelling rather than the name itself (a typo) */
  close: boolean;
  /** the council stopped existing on this date (a district merged into a new council) */
  ended: string | null;
  /** the council that replaced it, or (for 'merged') null */
  replacedBy: string | null;
  /** for 'merged': the districts the new council replaced, and when */
  formedFrom: readonly string[];
  formed: string | null;
  /** lower is better: exact 0, start of a name 1, a word in it 2, a close spelling 3 and more */
  score: number;
}

interface Entry {
  key: string;
  match: Omit<CouncilMatch, 'close' | 'score'>;
}

export interface CouncilIndex {
  entries: readonly Entry[];
}

/** Case, accents, apostrophes, "&" for "and", "St." and "Saint" for "St", spaces and hyphens all aside */
export function councilKey(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’‘`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .map((w) => (w === 'saint' ? 'st' : w))
    .join(' ');
}

/** The search index: every council under each of its names, and each merged council under its own. */
export function councilIndex(councils: readonly Council[]): CouncilIndex {
  const entries: Entry[] = [];
  for (const c of councils) {
    const base = {
      force: c.force,
      code: c.code,
      council: c.name,
      ended: c.ended,
      replacedBy: c.replacedBy?.name ?? null,
      formedFrom: [],
      formed: null,
    };
    const seen = new Set<string>();
    const add = (name: string, via: CouncilVia) => {
      const key = councilKey(name);
      if (key === '' || seen.has(key)) return;
      seen.add(key);
      entries.push({ key, match: { ...base, via, matched: name } });
    };
    add(c.name, 'name');
    if (c.welshName !== null) add(c.welshName, 'welsh');
    for (const a of c.aliases) add(a, 'alias');
  }
  // a council formed by merging districts is found by its own name, where all of them lie in one force
  const merged = new Map<string, Council[]>();
  for (const c of councils)
    if (c.replacedBy) merged.set(c.replacedBy.code, [...(merged.get(c.replacedBy.code) ?? []), c]);
  for (const [code, parts] of merged) {
    const first = parts[0];
    if (!first?.replacedBy || parts.some((p) => p.force !== first.force)) continue;
    const name = first.replacedBy.name;
    entries.push({
      key: councilKey(name),
      match: {
        force: first.force,
        code,
        council: name,
        via: 'merged',
        matched: name,
        ended: null,
        replacedBy: null,
        formedFrom: parts.map((p) => p.name),
        formed: first.ended,
      },
    });
  }
  return { entries };
}

/** Typos allowed for a query of this length: none for short words, where one letter changes the place. */
function tolerance(length: number): number {
  return length < 5 ? 0 : length < 9 ? 1 : 2;
}

function directScore(q: string, e: Entry): number | null {
  if (e.key === q) return 0;
  if (e.key.startsWith(q)) return 1;
  if (e.key.includes(` ${q}`)) return 2;
  return null;
}

function closeScore(q: string, e: Entry): number | null {
  const limit = tolerance(q.length);
  if (limit === 0) return null;
  const whole = editDistance(q, e.key);
  // the start of a longer name, mistyped: "kigns lynn" for "kings lynn and west norfolk"
  const start = e.key.length > q.length ? editDistance(q, e.key.slice(0, q.length)) : Infinity;
  const d = Math.min(whole, start);
  return d <= limit ? 3 + d : null;
}

/**
 * The councils whose names match what was typed, best first, each council once. Spelled-out matches
 * win; close spellings are offered only when nothing matches as typed, so that "Bolton" does not
 * also offer "Boston". Fewer than three letters match nothing: too many names start that way.
 */
export function findCouncils(index: CouncilIndex, typed: string): CouncilMatch[] {
  let q = councilKey(typed);
  // "Blackpool Council" is Blackpool
  if (q.endsWith(' council') && q.length > ' council'.length + 2)
    q = q.slice(0, -' council'.length);
  if (q.replace(/ /g, '').length < 3) return [];
  const best = new Map<string, CouncilMatch>();
  const consider = (e: Entry, score: number, close: boolean) => {
    const id = `${e.match.code}:${e.match.via === 'merged' ? 'merged' : ''}`;
    const had = best.get(id);
    if (!had || score < had.score) best.set(id, { ...e.match, close, score });
  };
  for (const e of index.entries) {
    const s = directScore(q, e);
    if (s !== null) consider(e, s, false);
  }
  if (best.size === 0) {
    for (const e of index.entries) {
      const s = closeScore(q, e);
      if (s !== null) consider(e, s, true);
    }
  }
  return [...best.values()].sort(
    (a, b) => a.score - b.score || a.council.localeCompare(b.council, 'en-GB'),
  );
}
