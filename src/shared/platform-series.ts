import * as z from 'zod/mini';
import {
  formatMonth,
  fyRange,
  monthLabel,
  monthsIn,
  parseMonth,
  type MonthRange,
} from './period.ts';
import { ANY_DIGITS, formatNumber } from './number-format.ts';

/**
 * The platform series: published figures from the NSPCC's yearly FOI requests about sexual
 * communication with a child (offence 71/17) and child abuse image offences (86), by platform where
 * the police recorded it. They are figures as published, never facts the engine adds up: an area may
 * be a force, a region (the release's own group of forces) or a country; a value may be a count or a
 * share of the offences where the platform was recorded (with that base); a period may be any span a
 * source named. The API returns them cell by cell; the views place them side by side, never summed.
 */

export const SERIES_TABLES = ['totals', 'platform-known', 'platform-share', 'platforms'] as const;
export type SeriesTable = (typeof SERIES_TABLES)[number];
export const AREA_KINDS = ['force', 'region', 'country'] as const;
export type AreaKind = (typeof AREA_KINDS)[number];
export const PERIOD_KINDS = [
  'financial-year',
  'financial-years',
  'calendar-year',
  'months',
] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** the parameters of `/api/v1/platform-series`, with what each takes (the OpenAPI document reads these) */
export const SERIES_PARAMETERS = {
  offence: 'An offence code: 71/17 or 86.',
  area: 'Area ids, comma-separated (a force, region or country id; the West Midlands is both a force and a region).',
  kind: 'The kind of area: force, region or country.',
  table:
    'totals, platform-known (offences where the platform was recorded), platform-share (percent of those) or platforms (counts by platform).',
  platform:
    "Platform ids, comma-separated: a platform, '*' for all, or a published group such as facebook+messenger.",
  version:
    'The version of the release to answer from (1 to the latest): an answer pinned to a version never changes. Omitted: the latest.',
} as const;
export type SeriesParameter = keyof typeof SERIES_PARAMETERS;

/** what each table holds, in the words a reader sees */
export const TABLE_WORDS: Record<SeriesTable, string> = {
  totals: 'offences recorded',
  'platform-known': 'offences where the platform used was recorded',
  'platform-share': 'share of the offences where the platform was recorded',
  platforms: 'offences or communications recorded with that platform',
};

export const SeriesPeriodSchema = z.object({
  kind: z.enum(PERIOD_KINDS),
  /** as written in the figures file: `2023/24`, `2022`, `2018-04..2018-09`, `2017/18..2022/23` */
  id: z.string(),
  start: z.string(),
  end: z.string(),
  months: z.number(),
  label: z.string(),
});
export type SeriesPeriod = z.infer<typeof SeriesPeriodSchema>;

export const SeriesAreaSchema = z.object({
  id: z.string(),
  kind: z.enum(AREA_KINDS),
  name: z.string(),
  /** a region's forces as the release names them; null for a force or a country */
  forces: z.nullable(z.array(z.string())),
  note: z.nullable(z.string()),
});
export type SeriesArea = z.infer<typeof SeriesAreaSchema>;

export const SeriesPlatformSchema = z.object({
  /** `*` for all platforms, a platform id, or a published group joined with `+` */
  id: z.string(),
  name: z.string(),
  /** the platforms of a group ('facebook+messenger'): a figure for them as one, never their sum */
  members: z.array(z.string()),
});
export type SeriesPlatform = z.infer<typeof SeriesPlatformSchema>;

export const SeriesFigureSchema = z.object({
  /**
   * its number in the release: a shipped figure's line of data/platform-series/nspcc-grooming.csv
   * (the header is line 1); imported figures are numbered on from the release's last
   */
  row: z.number(),
  area: z.string(),
  areaKind: z.enum(AREA_KINDS),
  platform: z.string(),
  table: z.enum(SERIES_TABLES),
  /** false where the source chose which platforms to name */
  complete: z.boolean(),
  offence: z.string(),
  /** null: the source does not say which years; such a figure is listed, not placed */
  period: z.nullable(SeriesPeriodSchema),
  periodAsPublished: z.string(),
  /** null where the force gave no figure (`status` says why): never zero */
  value: z.nullable(z.number()),
  unit: z.nullable(z.enum(['count', 'percent'])),
  status: z.enum(['published', 'not-provided']),
  /** a share's base: the published number of offences it is a share of, where one was published */
  base: z.nullable(
    z.object({
      table: z.enum(SERIES_TABLES),
      value: z.nullable(z.number()),
      row: z.nullable(z.number()),
    }),
  ),
  source: z.string(),
  asPublished: z.string(),
  note: z.nullable(z.string()),
  /** rows that publish a different value for the same cell: the figures disagree, both are kept */
  disagrees: z.array(z.number()),
});
export type SeriesFigure = z.infer<typeof SeriesFigureSchema>;

export const SeriesSourceSchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  publisher: z.string(),
  date: z.nullable(z.string()),
  url: z.nullable(z.string()),
});
export type SeriesSource = z.infer<typeof SeriesSourceSchema>;

export const PlatformSeriesResponseSchema = z.object({
  query: z.object({
    offence: z.nullable(z.string()),
    area: z.array(z.string()),
    kind: z.nullable(z.enum(AREA_KINDS)),
    table: z.nullable(z.enum(SERIES_TABLES)),
    platform: z.array(z.string()),
  }),
  release: z.object({
    id: z.string(),
    /** the version of the release the figures are from: an import of a series table adds one */
    version: z.int(),
    title: z.string(),
    description: z.string(),
    caveats: z.array(z.string()),
    offences: z.array(z.object({ code: z.string(), name: z.string(), short: z.string() })),
  }),
  areas: z.array(SeriesAreaSchema),
  platforms: z.array(SeriesPlatformSchema),
  sources: z.array(SeriesSourceSchema),
  figures: z.array(SeriesFigureSchema),
  /** figures that cannot be placed in time, with the reason */
  unplaced: z.array(z.object({ row: z.number(), reason: z.string() })),
});
export type PlatformSeriesResponse = z.infer<typeof PlatformSeriesResponseSchema>;

const FY = /^(\d{4})\/(\d{2})$/;
const YEAR = /^(\d{4})$/;

function fy(text: string): MonthRange | null {
  const m = FY.exec(text);
  if (!m) return null;
  const y = Number(m[1]);
  return (y + 1) % 100 === Number(m[2]) ? fyRange(y) : null;
}

/**
 * A period as the figures file writes it, placed as what it is: a financial year, a span of them, a
 * calendar year or a run of months. Never stretched into a financial year. Null: not a period.
 */
export function parseSeriesPeriod(text: string): SeriesPeriod | null {
  const t = text.trim();
  let kind: PeriodKind;
  let range: MonthRange | null = null;
  const [a = '', b, extra] = t.split('..');
  if (extra !== undefined) return null;
  if (b === undefined) {
    if (FY.test(a)) {
      kind = 'financial-year';
      range = fy(a);
    } else if (YEAR.test(a)) {
      kind = 'calendar-year';
      const s = parseMonth(`${a}-01`);
      const e = parseMonth(`${a}-12`);
      range = s !== null && e !== null ? { start: s, end: e } : null;
    } else return null;
  } else if (FY.test(a) && FY.test(b)) {
    kind = 'financial-years';
    const s = fy(a);
    const e = fy(b);
    range = s && e && e.end > s.start ? { start: s.start, end: e.end } : null;
  } else {
    kind = 'months';
    const s = parseMonth(a);
    const e = parseMonth(b);
    range = s !== null && e !== null && e >= s ? { start: s, end: e } : null;
  }
  if (range === null) return null;
  return {
    kind,
    id: t,
    start: formatMonth(range.start),
    end: formatMonth(range.end),
    months: monthsIn(range),
    label: seriesPeriodLabel(kind, range, a, b),
  };
}

function seriesPeriodLabel(
  kind: PeriodKind,
  range: MonthRange,
  a: string,
  b: string | undefined,
): string {
  switch (kind) {
    case 'financial-year':
      return a;
    case 'financial-years':
      return `${a} to ${b ?? a} (${monthsIn(range) / 12} years)`;
    case 'calendar-year':
      return `${a} (calendar year)`;
    case 'months': {
      const n = monthsIn(range);
      return `${monthLabel(range.start)} to ${monthLabel(range.end)} (${n} months)`;
    }
  }
}

/** '48%' or '1,824': a published value as the page writes it */
export function formatSeriesValue(value: number, unit: 'count' | 'percent'): string {
  return unit === 'percent' ? `${value}%` : formatNumber(value, ANY_DIGITS);
}
