import * as z from 'zod/mini';
import { INTERVALS, parseMonth, type Interval } from './period.ts';
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

export interface Filters {
  dataset: string;
  /** null: the latest version */
  version: number | null;
  /** [] means all */
  platform: string[];
  force: string[];
  offence: string[];
  outcome: string[];
  /** YYYY-MM; null: the start of the dataset's coverage */
  from: string | null;
  /** YYYY-MM; null: the end of the dataset's coverage */
  to: string | null;
  interval: Interval;
  by: By;
  /** a second split inside each series of `by` (the API's two-level answer); 'none': no second split */
  thenBy: By;
  measure: Measure;
}

export const FILTER_KEYS = [
  'dataset',
  'version',
  'platform',
  'force',
  'offence',
  'outcome',
  'from',
  'to',
  'interval',
  'by',
  'thenBy',
  'measure',
] as const satisfies readonly (keyof Filters)[];
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Parameter schemas: they check the shape of each value (the API reference describes them). */
export const filterParamSchemas = {
  dataset: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)),
  version: z.string().check(z.regex(/^[1-9]\d{0,8}$/)),
  platform: z.string(),
  force: z.string(),
  offence: z.string(),
  outcome: z.string(),
  from: z.string().check(z.regex(/^\d{4}-\d{2}$/)),
  to: z.string().check(z.regex(/^\d{4}-\d{2}$/)),
  interval: z.enum(INTERVALS),
  by: z.enum(BYS),
  thenBy: z.enum(BYS),
  measure: z.enum(MEASURES),
} satisfies Record<FilterKey, z.ZodMiniType>;

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
  message: string;
}

export type Mode = 'api' | 'page';

export function defaultFilters(mode: Mode = 'api'): Filters {
  return {
    dataset: DEFAULT_DATASET,
    version: null,
    platform: mode === 'page' ? [PAGE_DEFAULT_PLATFORM] : [],
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
}

const LIST_NOUNS = {
  platform: ['Platform', 'a platform'],
  force: ['Force', 'a police force'],
  offence: ['Offence', 'an offence, offence subgroup or offence group'],
  outcome: ['Outcome', 'an outcome type or outcome group'],
} as const;

type ListKey = keyof typeof LIST_NOUNS;

function quote(v: string): string {
  return `'${v}'`;
}

function parseList(
  key: ListKey,
  raw: string,
  options: readonly { id: string; name: string; aliases?: readonly string[] }[],
  problems: Problem[],
  mode: Mode,
): string[] | null {
  const [label, noun] = LIST_NOUNS[key];
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
    });
  }
  if (ids.size === 0) return null;
  if (bad.length > 0 && mode === 'api') return null;
  return [...ids].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}

function enumProblem(key: string, value: string, allowed: readonly string[]): Problem {
  return {
    parameter: key,
    value,
    code: 'invalid_value',
    message: `${key[0]?.toUpperCase() ?? ''}${key.slice(1)} ${quote(value)} is not allowed; use one of ${allowed.join(', ')}.`,
  };
}

/**
 * Parse a query string into filters. `ignore` lists parameters that belong to someone else (a page's
 * `tab`, say) and are neither parsed nor reported; any other unknown parameter is a problem.
 */
export function parseFilters(
  params: URLSearchParams,
  vocab: Vocabulary,
  options: { mode?: Mode; ignore?: readonly string[] } = {},
): { filters: Filters; problems: Problem[] } {
  const mode = options.mode ?? 'api';
  const filters = defaultFilters(mode);
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
    const parsed = parseList(key, raw, options_ as Vocabulary['forces'], problems, mode);
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
      });
    else filters[key] = raw;
  }
  if (filters.from !== null && filters.to !== null && filters.from > filters.to) {
    problems.push({
      parameter: 'to',
      value: filters.to,
      code: 'invalid_range',
      message: `The range is reversed: from ${filters.from} is after to ${filters.to}.`,
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

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** Serialise filters, leaving out every default so that links stay short. */
export function toSearchParams(filters: Filters, mode: Mode = 'api'): URLSearchParams {
  const defaults = defaultFilters(mode);
  const params = new URLSearchParams();
  if (filters.dataset !== defaults.dataset) params.set('dataset', filters.dataset);
  if (filters.version !== null) params.set('version', String(filters.version));
  if (!sameList(filters.platform, defaults.platform))
    params.set('platform', filters.platform.length === 0 ? ALL : filters.platform.join(','));
  for (const key of ['force', 'offence', 'outcome'] as const) {
    if (filters[key].length > 0) params.set(key, filters[key].join(','));
  }
  if (filters.from !== null) params.set('from', filters.from);
  if (filters.to !== null) params.set('to', filters.to);
  if (filters.interval !== defaults.interval) params.set('interval', filters.interval);
  if (filters.by !== defaults.by) params.set('by', filters.by);
  if (filters.thenBy !== defaults.thenBy) params.set('thenBy', filters.thenBy);
  if (filters.measure !== defaults.measure) params.set('measure', filters.measure);
  return params;
}

/** The query string as written in a URL: commas stay readable. */
export function queryString(params: URLSearchParams): string {
  return params.toString().replace(/%2C/gi, ',').replace(/%2F/gi, '/');
}
