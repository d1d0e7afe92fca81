import { FILTER_KEYS, queryString, type Problem } from './filters.ts';

/**
 * A briefing pack travels in its link: `/briefing?pack=…` holds every chart, so sending the link sends
 * the pack. Each chart is the view that draws it (path and query string, normally pinned to a dataset
 * version so that the pack shows the same figures months later) and the title it had, which finds the
 * figure again among the view's figures.
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
}

export interface Pack {
  items: PackItem[];
}

/** The format's version, written first so that a later format can still read today's links. */
const PREFIX = 'p1.';
export const MAX_PACK_ITEMS = 40;
const MAX_TITLE = 300;
const MAX_SEARCH = 1500;
const VIEW_PATH = /^\/(?:(?:offences|outcomes|forces)(?:\/[A-Za-z0-9-]{1,60})?)?$/;
/** a view's panel, as the registry of views names it: 'trend', 'offence-mix' */
const PANEL = /^[a-z][a-z-]{0,39}$/;
/** view parameters that say how a page was being looked at, not what it shows */
const TRANSIENT = ['present', 'embed', 'pack', 'slide', 'tab'];

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

export function encodePack(pack: Pack): string {
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
}

function problem(value: string, message: string): Problem {
  // a pack is read only by the page: its words are the reader's
  return { parameter: 'pack', value, code: 'invalid_value', message, words: message };
}

function readItem(raw: unknown): PackItem | string {
  if (
    !Array.isArray(raw) ||
    (raw.length !== 3 && raw.length !== 4) ||
    !raw.every((v) => typeof v === 'string')
  )
    return 'it is not a chart';
  const [path, search, title, panel] = raw as [string, string, string, string?];
  if (!VIEW_PATH.test(path)) return `'${path.slice(0, 60)}' is not a view of the dashboard`;
  if (search.length > MAX_SEARCH || search.startsWith('?')) return 'its filters are not a query';
  const trimmed = title.trim();
  if (trimmed === '' || trimmed.length > MAX_TITLE) return 'its title is empty or too long';
  if (panel !== undefined && !PANEL.test(panel))
    return `'${panel.slice(0, 60)}' is not a panel name`;
  return panel === undefined
    ? { path, search, title: trimmed }
    : { path, search, title: trimmed, panel };
}

/** Read `pack=`; an empty value is an empty pack. */
export function decodePack(raw: string): { pack: Pack; problems: Problem[] } {
  const empty = (message: string) => ({ pack: { items: [] }, problems: [problem(raw, message)] });
  if (raw === '') return { pack: { items: [] }, problems: [] };
  if (!raw.startsWith(PREFIX))
    return empty(
      'The briefing pack in this link could not be read (it is not a pack link, or it was cut short): the pack is empty.',
    );
  const json = fromBase64Url(raw.slice(PREFIX.length));
  let data: unknown = null;
  try {
    data = json === null ? null : JSON.parse(json);
  } catch {
    data = null;
  }
  if (!Array.isArray(data))
    return empty(
      'The briefing pack in this link could not be read (it may have been cut short when it was copied): the pack is empty.',
    );
  const problems: Problem[] = [];
  const items: PackItem[] = [];
  data.forEach((entry: unknown, i) => {
    const item = readItem(entry);
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
  return { pack: { items }, problems };
}

/**
 * The query string a pack keeps for a view: how it was being looked at (tab, presentation…) left out,
 * and the dataset version pinned unless the link already names one. Filters come first, in the order
 * the dashboard writes them.
 */
export function packItemSearch(search: string, version: number | null): string {
  const params = new URLSearchParams(search);
  for (const key of TRANSIENT) params.delete(key);
  if (version !== null && !params.has('version')) params.set('version', String(version));
  const ordered = new URLSearchParams();
  const keys = [...new Set(params.keys())];
  const rank = (k: string) => {
    const i = (FILTER_KEYS as readonly string[]).indexOf(k);
    return i < 0 ? FILTER_KEYS.length : i;
  };
  for (const key of keys.sort((a, b) => rank(a) - rank(b)))
    for (const value of params.getAll(key)) ordered.append(key, value);
  return queryString(ordered);
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
  return { items };
}

export function removeItem(pack: Pack, index: number): Pack {
  return { items: pack.items.filter((_, i) => i !== index) };
}
