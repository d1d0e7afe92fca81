import * as z from 'zod/mini';
import { INTERVALS, monthLabel, parseMonth } from './period.ts';
import { suggest } from './suggest.ts';

/**
 * The one definition of a query: the dashboard's URL and the API's query string use the same
 * parameter names, value formats and parser, so a page and its API request cannot disagree.
 *
 * parseFilters never throws: every parameter parses to a value, to the default (when missing), or to
 * the default plus a problem naming what was wrong. The API answers a problem with a 400; the page
 * applies the valid part and shows the problems as a notice.
 */

export const BYS = [
  'none',
  'force',
  'region',
  'platform',
  'offence',
  'offenceSubgroup',
  'offenceGroup',
  'outcome',
  'outcomeGroup',
] as const;
export type By = (typeof BYS)[number];
/** the levels of the offence hierarchy, broadest first */
export const OFFENCE_BYS = [
  'offenceGroup',
  'offenceSubgroup',
  'offence',
] as const satisfies readonly By[];

export const MEASURES = ['count', 'rate', 'share'] as const;
export type Measure = (typeof MEASURES)[number];

export const DEFAULT_DATASET = 'reported';
export const PAGE_DEFAULT_PLATFORM = 'tiktok';
/** `platform=all` states "every platform" explicitly; the page needs it because its default is TikTok. */
export const ALL = 'all';
/** a list this short is given in full in an error, rather than by a pointer to /api/v1/meta */
const SHORT_LIST = 12;

/**
 * The one query schema. Each parameter is written here once: `value` is its parsed form (the
 * TypeScript type `Filters` is inferred from these) and `param` the form of its raw value in a query
 * string (the OpenAPI reference documents these). A new parameter is one entry here, one default in
 * QUERY_DEFAULTS and one step in parseFilters.
 */
const QUERY = {
  dataset: { value: z.string(), param: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)) },
  /** null: the latest version */
  version: { value: z.nullable(z.int()), param: z.string().check(z.regex(/^[1-9]\d{0,8}$/)) },
  /** [] means all */
  platform: { value: z.array(z.string()), param: z.string() },
  force: { value: z.array(z.string()), param: z.string() },
  offence: { value: z.array(z.string()), param: z.string() },
  outcome: { value: z.array(z.string()), param: z.string() },
  /** YYYY-MM; null: the start of the dataset's coverage */
  from: { value: z.nullable(z.string()), param: z.string().check(z.regex(/^\d{4}-\d{2}$/)) },
  /** YYYY-MM; null: the end of the dataset's coverage */
  to: { value: z.nullable(z.string()), param: z.string().check(z.regex(/^\d{4}-\d{2}$/)) },
  interval: { value: z.enum(INTERVALS), param: z.enum(INTERVALS) },
  by: { value: z.enum(BYS), param: z.enum(BYS) },
  /** a second split inside each series of `by` (the API's two-level answer); 'none': no second split */
  thenBy: { value: z.enum(BYS), param: z.enum(BYS) },
  measure: { value: z.enum(MEASURES), param: z.enum(MEASURES) },
} as const;

export type FilterKey = keyof typeof QUERY;
type Shape<F extends 'value' | 'param'> = { [K in FilterKey]: (typeof QUERY)[K][F] };
function pick<F extends 'value' | 'param'>(field: F): Shape<F> {
  return Object.fromEntries(
    Object.entries(QUERY).map(([k, v]) => [k, v[field]]),
  ) as unknown as Shape<F>;
}

/** A whole question, parsed: what a page shows and what the API is asked. */
export const FiltersSchema = z.object(pick('value'));
export type Filters = z.infer<typeof FiltersSchema>;

/** every parameter, in the order a query string writes them */
export const FILTER_KEYS = Object.keys(QUERY) as FilterKey[];

/** Parameter schemas: they check the shape of each raw value (the API reference describes them). */
export const filterParamSchemas: Shape<'param'> = pick('param');

/** The question asked when nothing is said: every platform, force, offence and outcome, by year. */
export const QUERY_DEFAULTS: Readonly<Filters> = {
  dataset: DEFAULT_DATASET,
  version: null,
  platform: [],
  force: [],
  offence: [],
  outcome: [],
  from: null,
  to: null,
  interval: 'fy',
  by: 'none',
  thenBy: 'none',
  measure: 'count',
};

/** Defaults with a view's own (Grapher's lesson: a URL is the difference from its view's defaults). */
export function withDefaults(own: Partial<Filters> = {}): Filters {
  return { ...QUERY_DEFAULTS, ...own };
}

/** The dashboard's pages open on TikTok, the platform most figures are published for. */
export const PAGE_DEFAULTS: Readonly<Partial<Filters>> = { platform: [PAGE_DEFAULT_PLATFORM] };

export interface Vocabulary {
  datasets: readonly string[];
  platforms: readonly { id: string; name: string }[];
  forces: readonly { id: string; name: string; aliases?: readonly string[] }[];
  offences: readonly { id: string; name: string }[];
  outcomes: readonly { id: string; name: string }[];
}

export type ProblemCode =
  'unknown_parameter' | 'invalid_value' | 'unknown_id' | 'invalid_range' | 'invalid_combination';

export interface Problem {
  parameter: string;
  value: string;
  code: ProblemCode;
  /** for the API's caller: ids, formats and where to find them */
  message: string;
  /** the same problem for a page's reader, in plain words: what in the link was set aside and what the page shows instead */
  words: string;
}

/**
 * How a query is read. `defaults` fill what is not said (a view's defaults, else QUERY_DEFAULTS).
 * `lenient` keeps the known ids of a list with unknown ones in it (a page shows what it can, with a
 * notice); the API refuses such a list. `ignore` lists parameters that belong to someone else (a
 * page's `tab`, say), neither parsed nor reported.
 */
export interface ParseOptions {
  defaults?: Filters;
  lenient?: boolean;
  ignore?: readonly string[];
}

/** [label, noun for the API's caller, noun for a page's reader, plural for a page's reader] */
const LIST_NOUNS = {
  platform: ['Platform', 'a platform', 'platform', 'platforms'],
  force: ['Force', 'a police force', 'police force', 'police forces'],
  offence: ['Offence', 'an offence, offence subgroup or offence group', 'offence', 'offences'],
  outcome: ['Outcome', 'an outcome type or outcome group', 'outcome', 'outcomes'],
} as const;

type ListKey = keyof typeof LIST_NOUNS;

function quote(v: string): string {
  return `'${v}'`;
}

/** a value from a link, quoted for a reader */
function shown(v: string): string {
  return `‘${v}’`;
}

/** '2099-01' → 'Jan 2099' (a value that is not a month stays as written) */
function monthWords(v: string): string {
  const m = parseMonth(v);
  return m === null ? v : monthLabel(m);
}

function parseList(
  key: ListKey,
  raw: string,
  options: readonly { id: string; name: string; aliases?: readonly string[] }[],
  problems: Problem[],
  lenient: boolean,
): string[] | null {
  const [label, noun, readerNoun, readerPlural] = LIST_NOUNS[key];
  const byLower = new Map(options.map((o) => [o.id.toLowerCase(), o.id]));
  const order = new Map(options.map((o, i) => [o.id, i]));
  const parts = raw
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length === 0) {
    problems.push({
      parameter: key,
      value: raw,
      code: 'invalid_value',
      message: `${label} is empty: give one or more comma-separated ids, or leave the parameter out for all.`,
      words: `The link chose no ${readerPlural}, so that choice was set aside.`,
    });
    return null;
  }
  // every one, said outright: `all`, or the root of a hierarchy as meta lists it (`*`)
  const only = parts.length === 1 ? parts[0]?.toLowerCase() : undefined;
  if (only === ALL || only === '*') return [];
  const ids = new Set<string>();
  const bad: string[] = [];
  for (const part of parts) {
    const id = byLower.get(part.toLowerCase());
    if (id === undefined) bad.push(part);
    else ids.add(id);
  }
  // only the first unknown id gets a "did you mean": the API reports one problem, and a URL of
  // thousands of unknown ids must not cost an edit distance each
  const nameOf = new Map(options.map((o) => [o.id, o.name]));
  for (const [i, part] of bad.entries()) {
    const hint =
      i === 0
        ? suggest(
            part,
            options.map((o) => [o.id, o.name, ...(o.aliases ?? [])] as const),
          )
        : null;
    problems.push({
      parameter: key,
      value: part,
      code: 'unknown_id',
      message:
        `${label} ${quote(part)} is not ${noun} in this dataset` +
        (hint
          ? `; did you mean ${quote(hint)}?`
          : options.length <= SHORT_LIST
            ? `; use one of ${options.map((o) => o.id).join(', ')}.`
            : '; see /api/v1/meta for the ids.'),
      words:
        `There is no ${readerNoun} called ${shown(part)}` +
        (hint ? ` (did you mean ${nameOf.get(hint) ?? hint}?)` : '') +
        ', so it was left out.',
    });
  }
  if (ids.size === 0) return null;
  if (bad.length > 0 && !lenient) return null;
  return [...ids].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}

/** what each choice is to a reader: the control a page shows for it */
const CHOICE_WORDS: Record<string, string> = {
  interval: 'way to group periods',
  by: 'way to split the figures',
  thenBy: 'second way to split the figures',
  measure: 'measure',
};

function enumProblem(key: string, value: string, allowed: readonly string[]): Problem {
  return {
    parameter: key,
    value,
    code: 'invalid_value',
    message: `${key[0]?.toUpperCase() ?? ''}${key.slice(1)} ${quote(value)} is not allowed; use one of ${allowed.join(', ')}.`,
    words: `${shown(value)} is not a ${CHOICE_WORDS[key] ?? key} this dashboard knows, so the page uses its usual one.`,
  };
}

/** Parse a query string into filters; any parameter neither known nor ignored is a problem. */
export function parseFilters(
  params: URLSearchParams,
  vocab: Vocabulary,
  options: ParseOptions = {},
): { filters: Filters; problems: Problem[] } {
  const filters = { ...(options.defaults ?? QUERY_DEFAULTS) };
  const lenient = options.lenient ?? false;
  const problems: Problem[] = [];
  const known = new Set<string>(FILTER_KEYS);
  const ignore = new Set(options.ignore ?? []);
  const seen = new Set<string>();

  // entries, not keys and get: get searches the whole query string, for each of thousands of keys
  for (const [key, value] of params.entries()) {
    if (seen.has(key)) continue;
    seen.add(key);
    if (known.has(key) || ignore.has(key)) continue;
    problems.push({
      parameter: key,
      value,
      code: 'unknown_parameter',
      message: `Unknown parameter ${quote(key)}; allowed parameters are ${FILTER_KEYS.join(', ')}.`,
      words: `The link has a part this page does not use (${shown(key)}), so it was left out.`,
    });
  }

  const get = (key: FilterKey): string | null => {
    const all = params.getAll(key);
    return all.length === 0 ? null : all.join(',');
  };

  const dataset = get('dataset');
  if (dataset !== null) {
    if (vocab.datasets.includes(dataset)) filters.dataset = dataset;
    else
      problems.push({
        parameter: 'dataset',
        value: dataset,
        code: 'unknown_id',
        message:
          vocab.datasets.length > 0
            ? `Dataset ${quote(dataset)} does not exist; use one of ${vocab.datasets.join(', ')}.`
            : `Dataset ${quote(dataset)} does not exist: the database holds no datasets yet.`,
        words: `There is no set of figures called ${shown(dataset)}, so the page shows the usual ones.`,
      });
  }

  const version = get('version');
  if (version !== null) {
    if (filterParamSchemas.version.safeParse(version).success) filters.version = Number(version);
    else
      problems.push({
        parameter: 'version',
        value: version,
        code: 'invalid_value',
        message: `Version ${quote(version)} is not a dataset version; use a positive whole number, or leave it out for the latest.`,
        words: `${shown(version)} is not a version of the figures, so the page shows the latest figures.`,
      });
  }

  const lists: [ListKey, Vocabulary[keyof Vocabulary]][] = [
    ['platform', vocab.platforms],
    ['force', vocab.forces],
    ['offence', vocab.offences],
    ['outcome', vocab.outcomes],
  ];
  for (const [key, options_] of lists) {
    const raw = get(key);
    if (raw === null) continue;
    const parsed = parseList(key, raw, options_ as Vocabulary['forces'], problems, lenient);
    if (parsed !== null) filters[key] = parsed;
  }

  for (const key of ['from', 'to'] as const) {
    const raw = get(key);
    if (raw === null) continue;
    if (parseMonth(raw) === null)
      problems.push({
        parameter: key,
        value: raw,
        code: 'invalid_value',
        message: `${key === 'from' ? 'From' : 'To'} ${quote(raw)} is not a month; use YYYY-MM, for example 2021-04.`,
        words: `${shown(raw)} is not a month, so the page shows the figures ${key === 'from' ? 'from their start' : 'to their end'}.`,
      });
    else filters[key] = raw;
  }
  if (filters.from !== null && filters.to !== null && filters.from > filters.to) {
    problems.push({
      parameter: 'to',
      value: filters.to,
      code: 'invalid_range',
      message: `The range is reversed: from ${filters.from} is after to ${filters.to}.`,
      words: `The link's period ends (${monthWords(filters.to)}) before it starts (${monthWords(filters.from)}), so the page shows every month of the figures.`,
    });
    filters.from = null;
    filters.to = null;
  }

  const interval = get('interval');
  if (interval !== null) {
    const r = filterParamSchemas.interval.safeParse(interval);
    if (r.success) filters.interval = r.data;
    else problems.push(enumProblem('interval', interval, INTERVALS));
  }
  const by = get('by');
  if (by !== null) {
    const r = filterParamSchemas.by.safeParse(by);
    if (r.success) filters.by = r.data;
    else problems.push(enumProblem('by', by, BYS));
  }
  const thenBy = get('thenBy');
  if (thenBy !== null) {
    const r = filterParamSchemas.thenBy.safeParse(thenBy);
    if (!r.success) problems.push(enumProblem('thenBy', thenBy, BYS));
    else if (r.data !== 'none' && (filters.by === 'none' || r.data === filters.by))
      problems.push({
        parameter: 'thenBy',
        value: thenBy,
        code: 'invalid_combination',
        message:
          filters.by === 'none'
            ? `ThenBy '${thenBy}' splits each series of \`by\`, and by is none; give by as well (for example by=force&thenBy=${thenBy}).`
            : `ThenBy '${thenBy}' is the same as by: a second split must be another dimension.`,
        words:
          filters.by === 'none'
            ? 'The link splits the figures a second time without a first split, so the second was set aside.'
            : 'The link splits the figures the same way twice, so the second split was set aside.',
      });
    else filters.thenBy = r.data;
  }
  const measure = get('measure');
  if (measure !== null) {
    const r = filterParamSchemas.measure.safeParse(measure);
    if (r.success) filters.measure = r.data;
    else problems.push(enumProblem('measure', measure, MEASURES));
  }

  return { filters, problems };
}

/**
 * The months of a question against the months the figures cover, once the dataset and version are
 * known (parseFilters cannot know them): a `from` after the last month or a `to` before the first asks
 * for no figures at all. Each is a problem naming the range allowed, and falls back to its default
 * (the start or end of the coverage). A range that only reaches beyond the coverage is answered for
 * the months inside it.
 */
export function checkRange(
  filters: Filters,
  coverage: { from: string; to: string } | null,
): { filters: Filters; problems: Problem[] } {
  if (coverage === null) return { filters, problems: [] };
  const problems: Problem[] = [];
  const next = { ...filters };
  const allowed = `choose a month from ${coverage.from} to ${coverage.to}`;
  const span = `${monthWords(coverage.from)} to ${monthWords(coverage.to)}`;
  if (filters.from !== null && filters.from > coverage.to) {
    problems.push({
      parameter: 'from',
      value: filters.from,
      code: 'invalid_range',
      message: `From ${filters.from} is after the end of the figures (${coverage.to}); ${allowed}.`,
      words: `The figures run from ${span}, so the link's start (${monthWords(filters.from)}) was set aside and the page shows them from their start.`,
    });
    next.from = null;
  }
  if (filters.to !== null && filters.to < coverage.from) {
    problems.push({
      parameter: 'to',
      value: filters.to,
      code: 'invalid_range',
      message: `To ${filters.to} is before the start of the figures (${coverage.from}); ${allowed}.`,
      words: `The figures run from ${span}, so the link's end (${monthWords(filters.to)}) was set aside and the page shows them to their end.`,
    });
    next.to = null;
  }
  return { filters: problems.length > 0 ? next : filters, problems };
}

function same(a: Filters[FilterKey], b: Filters[FilterKey]): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}

function written(value: Filters[FilterKey]): string {
  if (Array.isArray(value)) return value.length === 0 ? ALL : value.join(',');
  return String(value);
}

/**
 * Serialise filters as their difference from `defaults`, so that links stay short. A value with no
 * written form (null: the latest version, the whole coverage) cannot differ from a default that has
 * one; views' defaults never set those.
 */
export function toSearchParams(
  filters: Filters,
  defaults: Filters = QUERY_DEFAULTS,
): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value === null || same(value, defaults[key])) continue;
    params.set(key, written(value));
  }
  return params;
}

/** The query string as written in a URL: commas stay readable. */
export function queryString(params: URLSearchParams): string {
  return params.toString().replace(/%2C/gi, ',').replace(/%2F/gi, '/');
}
