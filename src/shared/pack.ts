import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import type { Problem } from './filters.ts';
import { formatNumber } from './number-format.ts';

export { packItemSearch } from './pack-search.ts';

/**
 * A briefing pack travels in its link: `/briefing?pack=…` holds every chart, so sending the link sends
 * the pack. Each chart is the view that draws it (path and query string, normally pinned to a dataset
 * version so that the pack shows the same figures months later) and the title it had, which finds the
 * figure again among the view's figures.
 *
 * A pack can carry commentary: its own title and a short note under each chart. A pack with commentary
 * is written in the second format (`p2.`), deflated (notes are prose, which compresses well), within
 * the limits below; a pack without any is written as before (`p1.`), so links from before commentary
 * existed still open, and packs without commentary keep the same link.
 *
 * decodePack never throws: a pack that cannot be read at all is empty with a problem; a chart that
 * cannot be read is left out with a problem naming it, and the rest of the pack is kept.
 */

export interface PackItem {
  /** the view's path: '/', '/offences', '/forces/lancashire' */
  path: string;
  /** the view's query string without '?', e.g. 'force=lancashire&version=1' */
  search: string;
  /** the figure's title when it was added */
  title: string;
  /**
   * the panel of the view that drew it ('trend', 'offence-mix'): a slide draws that panel alone and
   * asks only its questions. Absent (a link from before panels were named, or a panel the view no
   * longer has): the slide draws the whole view and finds the figure by its title.
   */
  panel?: string;
  /** what the briefer wants said about the chart, shown under it; absent for none */
  note?: string;
}

export interface Pack {
  /** the pack's own title; absent for none */
  title?: string;
  items: PackItem[];
}

/** The format's version, written first so that a later format can still read today's links. */
const PREFIX = 'p1.';
const PREFIX_COMMENTARY = 'p2.';
export const MAX_PACK_ITEMS = 40;
/** the limits on commentary, stated to whoever writes it */
export const MAX_PACK_TITLE = 120;
export const MAX_NOTE = 600;
/** a pack's link beyond this many characters may be cut short by mail and chat tools */
export const MAX_PACK_LINK = 8000;
const MAX_TITLE = 300;
const MAX_SEARCH = 1500;
/** the paths of the views that put charts in packs (the registry's `inPacks`; a test keeps them equal) */
const VIEW_PATH = /^\/(?:(?:offences|outcomes|forces)(?:\/[A-Za-z0-9-]{1,60})?|platforms)?$/;
/** a view's panel, as the registry of views names it: 'trend', 'offence-mix' */
const PANEL = /^[a-z][a-z-]{0,39}$/;

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function bytesToBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function base64UrlToBytes(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    return Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) =>
      c.charCodeAt(0),
    );
  } catch {
    return null;
  }
}

function hasCommentary(pack: Pack): boolean {
  return Boolean(pack.title) || pack.items.some((i) => Boolean(i.note));
}

export function encodePack(pack: Pack): string {
  if (!hasCommentary(pack))
    return (
      PREFIX +
      toBase64Url(
        JSON.stringify(
          pack.items.map((i) =>
            i.panel === undefined
              ? [i.path, i.search, i.title]
              : [i.path, i.search, i.title, i.panel],
          ),
        ),
      )
    );
  // the second format: each chart's note fourth ('' for none), then its panel where it names one
  const json = JSON.stringify({
    t: pack.title ?? '',
    i: pack.items.map((i) => [
      i.path,
      i.search,
      i.title,
      i.note ?? '',
      ...(i.panel === undefined ? [] : [i.panel]),
    ]),
  });
  return PREFIX_COMMENTARY + bytesToBase64Url(deflateSync(strToU8(json), { level: 9 }));
}

/** Why a pack cannot be kept in its link (too long), or null when it can. */
export function packLinkProblem(pack: Pack): string | null {
  const length = encodePack(pack).length;
  return length > MAX_PACK_LINK
    ? `The pack's link would be ${formatNumber(length)} characters, more than the ${formatNumber(MAX_PACK_LINK)} a link can safely hold: shorten a note or the title.`
    : null;
}

/** The second format's JSON, inflated: null when it cannot be read. */
function readCommentary(raw: string): unknown {
  const bytes = base64UrlToBytes(raw);
  if (bytes === null) return null;
  try {
    return JSON.parse(strFromU8(inflateSync(bytes))) as unknown;
  } catch {
    return null;
  }
}

function problem(value: string, message: string): Problem {
  // a pack is read only by the page: its words are the reader's
  return { parameter: 'pack', value, code: 'invalid_value', message, words: message };
}

function readItem(raw: unknown, withNote: boolean): PackItem | string {
  // [path, search, title, panel?]; with commentary [path, search, title, note, panel?]
  const least = withNote ? 4 : 3;
  if (
    !Array.isArray(raw) ||
    (raw.length !== least && raw.length !== least + 1) ||
    !raw.every((v) => typeof v === 'string')
  )
    return 'it is not a chart';
  const [path = '', search = '', title = '', ...rest] = raw;
  const note = withNote ? (rest[0] ?? '') : '';
  const panel = rest[least - 3];
  if (!VIEW_PATH.test(path)) return `'${path.slice(0, 60)}' is not a view of the dashboard`;
  if (search.length > MAX_SEARCH || search.startsWith('?')) return 'its filters are not a query';
  const trimmed = title.trim();
  if (trimmed === '' || trimmed.length > MAX_TITLE) return 'its title is empty or too long';
  if (note.length > MAX_NOTE) return `its note is longer than ${MAX_NOTE} characters`;
  if (panel !== undefined && !PANEL.test(panel))
    return `'${panel.slice(0, 60)}' is not a panel name`;
  return {
    path,
    search,
    title: trimmed,
    ...(panel === undefined ? {} : { panel }),
    ...(note.trim() === '' ? {} : { note }),
  };
}

/** Read `pack=`; an empty value is an empty pack. */
export function decodePack(raw: string): { pack: Pack; problems: Problem[] } {
  const empty = (message: string) => ({ pack: { items: [] }, problems: [problem(raw, message)] });
  if (raw === '') return { pack: { items: [] }, problems: [] };
  const commentary = raw.startsWith(PREFIX_COMMENTARY);
  if (!raw.startsWith(PREFIX) && !commentary)
    return empty(
      'The briefing pack in this link could not be read (it is not a pack link, or it was cut short): the pack is empty.',
    );
  let data: unknown = null;
  let title: string | undefined;
  const problems: Problem[] = [];
  if (commentary) {
    const read = readCommentary(raw.slice(PREFIX_COMMENTARY.length));
    if (typeof read === 'object' && read !== null && 't' in read && 'i' in read) {
      data = read.i;
      // kept as typed (a space at the end is the next word's start): blank is none
      const t = typeof read.t === 'string' ? read.t : '';
      if (t.length > MAX_PACK_TITLE)
        problems.push(
          problem(
            'title',
            `The pack's title is longer than ${MAX_PACK_TITLE} characters, so it is left out.`,
          ),
        );
      else if (t.trim() !== '') title = t;
    }
  } else {
    const json = fromBase64Url(raw.slice(PREFIX.length));
    try {
      data = json === null ? null : JSON.parse(json);
    } catch {
      data = null;
    }
  }
  if (!Array.isArray(data))
    return empty(
      'The briefing pack in this link could not be read (it may have been cut short when it was copied): the pack is empty.',
    );
  const items: PackItem[] = [];
  data.forEach((entry: unknown, i) => {
    const item = readItem(entry, commentary);
    if (typeof item === 'string')
      problems.push(
        problem(
          String(i + 1),
          `Chart ${i + 1} of the briefing pack could not be read (${item}), so it is left out.`,
        ),
      );
    else if (items.length >= MAX_PACK_ITEMS)
      problems.push(
        problem(
          String(i + 1),
          `A briefing pack holds at most ${MAX_PACK_ITEMS} charts; chart ${i + 1} is left out.`,
        ),
      );
    else items.push(item);
  });
  return { pack: { ...(title === undefined ? {} : { title }), items }, problems };
}

/** The same chart: the same view, filters and title. */
export function sameItem(a: PackItem, b: PackItem): boolean {
  return a.path === b.path && a.search === b.search && a.title === b.title;
}

/** Move the chart at `from` by `by` places (−1 up, +1 down); out-of-range moves change nothing. */
export function moveItem(pack: Pack, from: number, by: number): Pack {
  const to = from + by;
  if (from < 0 || from >= pack.items.length || to < 0 || to >= pack.items.length) return pack;
  const items = [...pack.items];
  const [moved] = items.splice(from, 1);
  if (moved) items.splice(to, 0, moved);
  return { ...pack, items };
}

export function removeItem(pack: Pack, index: number): Pack {
  return { ...pack, items: pack.items.filter((_, i) => i !== index) };
}

/** The pack with its title set ('' for none), cut to the stated limit. */
export function withTitle(pack: Pack, title: string): Pack {
  const { title: _old, ...rest } = pack;
  const t = title.slice(0, MAX_PACK_TITLE);
  return t.trim() === '' ? rest : { ...rest, title: t };
}

/** The pack with the note under chart `index` set ('' for none), cut to the stated limit. */
export function withNote(pack: Pack, index: number, note: string): Pack {
  const n = note.slice(0, MAX_NOTE);
  return {
    ...pack,
    items: pack.items.map((item, i) => {
      if (i !== index) return item;
      const { note: _old, ...rest } = item;
      return n.trim() === '' ? rest : { ...rest, note: n };
    }),
  };
}
