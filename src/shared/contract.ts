import * as z from 'zod/mini';
import { COUNTED } from './counted.ts';
import { BYS, FiltersSchema } from './filters.ts';
import { INTERVALS } from './period.ts';

/** The API's paths and the shapes of its responses. The server builds them; the client parses them. */

export const API = {
  health: '/api/health',
  meta: '/api/v1/meta',
  counts: '/api/v1/counts',
  countsCsv: '/api/v1/counts.csv',
  returns: '/api/v1/returns',
  councils: '/api/v1/councils',
  platformSeries: '/api/v1/platform-series',
  openapi: '/api/v1/openapi.json',
  docs: '/api/docs',
} as const;

export const SOURCE_KINDS = ['foi', 'official', 'press', 'illustrative'] as const;
export const RETURN_STATUSES = [
  'provided',
  'nil',
  'refused',
  'no_response',
  'unknown',
  'not_asked',
] as const;
export type ReturnStatus = (typeof RETURN_STATUSES)[number];

export const NOTE_KINDS = [
  'missing',
  'suppressed',
  'disagreement',
  'partial-breakdown',
  'unplaced',
  'coverage',
  'rate',
  'not-asked',
  'selection',
] as const;

const month = z.string().check(z.regex(/^\d{4}-\d{2}$/));

export const ErrorResponseSchema = z.object({
  error: z.object({
    code: z.string(),
    parameter: z.optional(z.string()),
    message: z.string(),
  }),
});
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;

/** ok: every dataset is served; starting: figures are still being put in memory; incomplete: a
 * shipped dataset is missing from the database (the message says what to do) */
export const HEALTH_STATUSES = ['ok', 'starting', 'incomplete'] as const;
export const HealthResponseSchema = z.object({
  status: z.enum(HEALTH_STATUSES),
  /** the version of each dataset that is served */
  datasets: z.record(z.string(), z.int()),
  message: z.optional(z.string()),
});
export type HealthResponse = z.infer<typeof HealthResponseSchema>;

export const SourceSchema = z.object({
  id: z.string(),
  kind: z.enum(SOURCE_KINDS),
  title: z.string(),
  publisher: z.string(),
  date: z.nullable(z.string()),
  url: z.nullable(z.string()),
});
export type Source = z.infer<typeof SourceSchema>;

export const CoverageSchema = z.object({ from: month, to: month });
export type Coverage = z.infer<typeof CoverageSchema>;

export const DatasetSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  illustrative: z.boolean(),
  version: z.int(),
  updated: z.string(),
});
export type DatasetSummary = z.infer<typeof DatasetSummarySchema>;

/** how a published figure bounds the number it stands for: as stated, or "more than" it */
export const BOUNDS = ['exact', 'more-than'] as const;
export type Bound = (typeof BOUNDS)[number];

/** A figure as printed: its value, bound and words, and the ids (as in `sources`) of what printed it. */
export const PrintedFigureSchema = z.object({
  value: z.int(),
  bound: z.enum(BOUNDS),
  asPublished: z.string(),
  sources: z.array(z.string()),
});
export type PrintedFigure = z.infer<typeof PrintedFigureSchema>;

/**
 * The figure the release behind a dataset gave for a whole country: never a sum of the forces'
 * figures, which cover only the forces that published theirs. Where versions of the release print
 * different figures, `value` is the reading used and `alternative` the other, with `why`.
 */
export const NationalFigureSchema = z.extend(PrintedFigureSchema, {
  area: z.object({ id: z.string(), name: z.string() }),
  platform: z.string(),
  period: z.object({ label: z.string(), start: month, end: month }),
  /** the change the release stated, in per cent since `since` */
  change: z.nullable(
    z.object({
      percent: z.number(),
      since: z.string(),
      asPublished: z.string(),
      sources: z.array(z.string()),
    }),
  ),
  alternative: z.nullable(PrintedFigureSchema),
  why: z.nullable(z.string()),
});
export type NationalFigure = z.infer<typeof NationalFigureSchema>;

export const DatasetSchema = z.extend(DatasetSummarySchema, {
  description: z.string(),
  caveats: z.array(z.string()),
  sources: z.array(SourceSchema),
  coverage: CoverageSchema,
  versions: z.array(z.object({ version: z.int(), created: z.string(), note: z.string() })),
  /**
   * what the version holds figures for: the platforms, and the intervals at which some figure can be
   * shown (a figure is never split in time: annual figures have no months)
   */
  holds: z.object({ platforms: z.array(z.string()), intervals: z.array(z.enum(INTERVALS)) }),
  /** the country's figure as the dataset's sources published it; null: they published none */
  national: z.nullable(NationalFigureSchema),
});
export type Dataset = z.infer<typeof DatasetSchema>;

const nodeSchema = z.object({
  id: z.string(),
  name: z.string(),
  level: z.string(),
  parent: z.nullable(z.string()),
  description: z.optional(z.string()),
});

/**
 * `/api/v1/meta` as the pages read it: all of it but the releases, which the platforms view asks its
 * own endpoint about (so that the first page does not carry their schema).
 */
export const MetaPageSchema = z.object({
  dataset: DatasetSchema,
  datasets: z.array(DatasetSummarySchema),
  platforms: z.array(z.object({ id: z.string(), name: z.string() })),
  regions: z.array(z.object({ id: z.string(), name: z.string() })),
  forces: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      shortName: z.string(),
      region: z.string(),
      regionId: z.string(),
      population: z.nullable(z.int()),
      populationYear: z.nullable(z.int()),
      /** other spellings seen in returns and the press: a matching aid */
      aliases: z.array(z.string()),
    }),
  ),
  offences: z.array(
    z.extend(nodeSchema, { level: z.enum(['all', 'group', 'subgroup', 'offence']) }),
  ),
  outcomes: z.array(z.extend(nodeSchema, { level: z.enum(['all', 'group', 'outcome']) })),
  coverage: CoverageSchema,
});
/** what the pages read of the description of a dataset */
export type MetaResponse = z.infer<typeof MetaPageSchema>;

/** A local authority district of England and Wales and the force whose area holds it. */
export const CouncilSchema = z.object({
  /** ONS (GSS) code, e.g. E06000009 */
  code: z.string(),
  name: z.string(),
  welshName: z.nullable(z.string()),
  /** the force id, as in meta's forces */
  force: z.string(),
  /** other names and spellings in use: a matching aid */
  aliases: z.array(z.string()),
  /** the date (YYYY-MM-DD) the district was abolished, for one merged into a new council */
  ended: z.nullable(z.string()),
  replacedBy: z.nullable(z.object({ code: z.string(), name: z.string() })),
});
export type Council = z.infer<typeof CouncilSchema>;

export const CouncilsResponseSchema = z.object({
  councils: z.array(CouncilSchema),
  /** where the list comes from, in words */
  source: z.string(),
});
export type CouncilsResponse = z.infer<typeof CouncilsResponseSchema>;

/** the question as answered: the query model with every default resolved (a version, a range) */
export const QuerySchema = z.extend(FiltersSchema, {
  version: z.int(),
  from: month,
  to: month,
  /** present only when a second split was asked for: then the answer has `groups` */
  thenBy: z.optional(z.enum(BYS)),
});
export type Query = z.infer<typeof QuerySchema>;

export const PeriodSchema = z.object({
  id: z.string(),
  label: z.string(),
  start: month,
  end: month,
  /** the data covers only part of the calendar period */
  partial: z.boolean(),
});
export type Period = z.infer<typeof PeriodSchema>;

export const SeriesSchema = z.object({
  key: z.string(),
  label: z.string(),
  /** 'not-broken-down': crimes in the selection that the published tables do not break down this way */
  kind: z.enum(['series', 'not-broken-down']),
  /** aligned with periods; null where nothing answers (never 0 for missing) */
  values: z.array(z.nullable(z.number())),
  /** aligned with periods: ids of forces that are in scope but contribute nothing to the value */
  missing: z.array(z.array(z.string())),
  /** aligned with periods: the value includes cells a force suppressed, so it is a lower bound */
  suppressed: z.array(z.boolean()),
});
export type Series = z.infer<typeof SeriesSchema>;

/**
 * What a note is about, as a stable code: the client writes its words from the code and fields
 * (src/shared/note-words.ts), never from `message`. Each code belongs to one kind.
 */
export const NOTE_CODES = [
  'no-figure',
  'breakdown-without-total',
  'published-for-other-periods',
  'not-at-detail',
  'not-broken-down',
  'cannot-split',
  'disagreement',
  'partial-breakdown',
  'coarse-categories',
  'selection',
  'suppressed',
  'part-periods',
  'range-clipped',
  'range-outside',
  'not-asked',
  'rate-without-population',
] as const;
export const NoteCodeSchema = z.enum(NOTE_CODES);
export type NoteCode = z.infer<typeof NoteCodeSchema>;

/** which published table a note speaks of: the total, or a breakdown by offence, outcome or both */
export const TABLE_KINDS = ['total', 'offence', 'outcome', 'offence-outcome'] as const;
const tableKind = z.enum(TABLE_KINDS);
/** period labels of published tables, which need not be periods of the answer */
const spans = z.array(z.string());
const monthRange = z.object({ from: month, to: month });

const noteBase = {
  message: z.string(),
  /** the ids of the forces the note is about (every one of them for every period it names) */
  forces: z.array(z.string()),
  /** the ids of the periods the note is about (as in `periods`) */
  periods: z.array(z.string()),
  /** the platform id, where several platforms are asked and the note is about one of them */
  platform: z.optional(z.string()),
};
const note = <
  K extends (typeof NOTE_KINDS)[number],
  C extends NoteCode,
  S extends z.core.$ZodLooseShape,
>(
  kind: K,
  code: C,
  shape: S,
) => z.object({ kind: z.literal(kind), code: z.literal(code), ...noteBase, ...shape });

/**
 * A note, grouped on the server by reason: one note for each code, fields and periods, with every
 * force it applies to. `message` says it in a sentence, for readers of the API.
 */
export const NoteSchema = z.discriminatedUnion('code', [
  /** the force published nothing for the period; `status` is what it said, if anything */
  note('missing', 'no-figure', {
    status: z.nullable(z.enum(['refused', 'no_response', 'unknown'])),
  }),
  note('missing', 'breakdown-without-total', {
    table: tableKind,
    /** the periods the force's totals are published for, where they are not these */
    totalsFor: spans,
    /** its figures are shown, as published, when the measure is a number of crimes */
    shownAlone: z.boolean(),
    /**
     * the force published a total, but a partial breakdown lists only some of its crimes: how many
     * of the rest are in the selection is unknown
     */
    listedOnly: z.boolean(),
  }),
  note('missing', 'published-for-other-periods', { table: tableKind, publishedFor: spans }),
  note('missing', 'not-at-detail', { dimensions: z.array(z.enum(['offence', 'outcome'])) }),
  note('missing', 'not-broken-down', { by: z.enum(BYS) }),
  note('unplaced', 'cannot-split', { publishedFor: spans, interval: z.enum(INTERVALS) }),
  /** a breakdown (`table`) sums to `sum`, which is not the published `against` of `total` */
  note('disagreement', 'disagreement', {
    table: tableKind,
    sum: z.int(),
    against: tableKind,
    total: z.int(),
  }),
  /** the breakdown accounts for `part` of `whole` crimes; the rest are Not broken down */
  note('partial-breakdown', 'partial-breakdown', {
    table: tableKind,
    part: z.int(),
    whole: z.int(),
  }),
  /** crimes published only as these categories (ids in meta), coarser than the split asked for */
  note('partial-breakdown', 'coarse-categories', {
    dimension: z.enum(['offence', 'outcome']),
    categories: z.array(z.string()),
  }),
  note('selection', 'selection', { table: tableKind }),
  note('suppressed', 'suppressed', {}),
  /** `periods` cover only part of a period, or of the range when the interval is total */
  note('coverage', 'part-periods', { interval: z.enum(INTERVALS) }),
  note('coverage', 'range-clipped', { asked: monthRange, covers: monthRange }),
  note('coverage', 'range-outside', { asked: monthRange, covers: z.nullable(monthRange) }),
  note('not-asked', 'not-asked', { platforms: z.array(z.string()) }),
  note('rate', 'rate-without-population', {}),
]);
export type Note = z.infer<typeof NoteSchema>;

const cellsSchema = {
  values: z.array(z.nullable(z.number())),
  missing: z.array(z.array(z.string())),
  suppressed: z.array(z.boolean()),
};

/** A published figure's own words and the caveat noted beside it, where the source gave them. */
export const WordingSchema = z.object({
  force: z.string(),
  /** the force's name, as series labels name it */
  forceName: z.string(),
  platform: z.string(),
  /** the id of the period (as in `periods`) the figure lies in */
  period: z.string(),
  /** the series it is part of; null: it is the force's total, set against its breakdown */
  series: z.nullable(z.string()),
  /** the figure as published (null: suppressed) */
  count: z.nullable(z.int()),
  asPublished: z.nullable(z.string()),
  note: z.nullable(z.string()),
  /** key of the source (as in `sources`) */
  source: z.nullable(z.string()),
});
export type Wording = z.infer<typeof WordingSchema>;

const totalsSchema = z.object({
  ...cellsSchema,
  /**
   * aligned with periods: every force that answers accounts for every crime in the split (no partial
   * breakdown, nothing Not broken down), so shares of the total are shares of all the crimes
   */
  complete: z.array(z.boolean()),
});

/**
 * With `thenBy`: one series of `by` (its key and label), answered again split by `thenBy`, exactly as
 * the same question asked with that series' own filter (force=<key>, say) and by=<thenBy> would be.
 */
export const GroupSchema = z.object({
  key: z.string(),
  label: z.string(),
  series: z.array(SeriesSchema),
  totals: totalsSchema,
  crimes: z.object(cellsSchema),
  coverage: z.object({ forces: z.array(z.string()), platforms: z.array(z.string()) }),
  notes: z.array(NoteSchema),
});
export type Group = z.infer<typeof GroupSchema>;

export const CountsResponseSchema = z.object({
  query: QuerySchema,
  dataset: DatasetSummarySchema,
  /** what each series' values are in, in words */
  unit: z.string(),
  /**
   * what `totals` and `crimes` count: 'platform-mentions' where they add up several platforms'
   * figures (each a separate search of crime records, so a crime naming two platforms is in both),
   * and so does every series unless it is one platform's (by=platform)
   */
  counted: z.enum(COUNTED),
  periods: z.array(PeriodSchema),
  /** the forces the query is about (after the force filter) */
  forces: z.array(z.string()),
  series: z.array(SeriesSchema),
  /** aligned with periods: the sum of the series (what a breakdown adds up to) */
  totals: totalsSchema,
  /**
   * aligned with periods: the number of crimes in the selection recorded by the forces in `totals`.
   * It is `totals` except where a force's published breakdown sums to more than its published total:
   * then this holds the total, and `totals` the breakdown's sum. Say "crimes" only of these figures.
   */
  crimes: z.object(cellsSchema),
  /** what the figures cover: the forces and platforms with at least one figure in the answer */
  coverage: z.object({ forces: z.array(z.string()), platforms: z.array(z.string()) }),
  notes: z.array(NoteSchema),
  sources: z.array(SourceSchema),
  /** the published figures' own words and caveats, for the figures drawn (none for invented data) */
  wording: z.array(WordingSchema),
  /**
   * only with `thenBy`: for each series of `by` (in the order of `series`, without Not broken down),
   * its figures split by `thenBy`
   */
  groups: z.optional(z.array(GroupSchema)),
});
export type CountsResponse = z.infer<typeof CountsResponseSchema>;

export const ReturnRowSchema = z.object({
  force: z.string(),
  platform: z.string(),
  period: z.object({ label: z.string(), start: month, end: month }),
  status: z.enum(RETURN_STATUSES),
  note: z.nullable(z.string()),
  source: z.nullable(z.string()),
});
export type ReturnRow = z.infer<typeof ReturnRowSchema>;

export const ReturnsResponseSchema = z.object({
  query: QuerySchema,
  dataset: DatasetSummarySchema,
  returns: z.array(ReturnRowSchema),
  summary: z.record(z.enum(RETURN_STATUSES), z.int()),
});
export type ReturnsResponse = z.infer<typeof ReturnsResponseSchema>;

export const NOT_BROKEN_DOWN_KEY = 'not-broken-down';
export const ALL_KEY = 'all';
