import * as z from 'zod/mini';
import { FiltersSchema } from './filters.ts';
import { INTERVALS } from './period.ts';

/** The API's paths and the shapes of its responses. The server builds them; the client parses them. */

export const API = {
  health: '/api/health',
  meta: '/api/v1/meta',
  counts: '/api/v1/counts',
  countsCsv: '/api/v1/counts.csv',
  returns: '/api/v1/returns',
  councils: '/api/v1/councils',
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
});
export type Dataset = z.infer<typeof DatasetSchema>;

const nodeSchema = z.object({
  id: z.string(),
  name: z.string(),
  level: z.string(),
  parent: z.nullable(z.string()),
  description: z.optional(z.string()),
});

export const MetaResponseSchema = z.object({
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
export type MetaResponse = z.infer<typeof MetaResponseSchema>;

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
export const QuerySchema = z.extend(FiltersSchema, { version: z.int(), from: month, to: month });
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

export const NoteSchema = z.object({
  kind: z.enum(NOTE_KINDS),
  message: z.string(),
  forces: z.optional(z.array(z.string())),
  /** the ids of the periods the note is about (as in `periods`); its message names them in words */
  periods: z.optional(z.array(z.string())),
});
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

export const CountsResponseSchema = z.object({
  query: QuerySchema,
  dataset: DatasetSummarySchema,
  unit: z.string(),
  periods: z.array(PeriodSchema),
  /** the forces the query is about (after the force filter) */
  forces: z.array(z.string()),
  series: z.array(SeriesSchema),
  /** aligned with periods: the sum of the series (what a breakdown adds up to) */
  totals: z.object({
    ...cellsSchema,
    /**
     * aligned with periods: every force that answers accounts for every crime in the split (no partial
     * breakdown, nothing Not broken down), so shares of the total are shares of all the crimes
     */
    complete: z.array(z.boolean()),
  }),
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
