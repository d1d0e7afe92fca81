import { z } from 'zod';
import { FORCES } from '@shared/reference/forces.ts';
import {
  AREA_KINDS,
  parseSeriesPeriod,
  SERIES_TABLES,
  type SeriesArea,
  type SeriesFigure,
  type SeriesPlatform,
  type SeriesSource,
} from '@shared/platform-series.ts';
import { suggest } from '@shared/suggest.ts';
import type { PlatformSeries } from './read.ts';

/**
 * The one check of a row of the platform series, whether it comes from the shipped file (the seed),
 * a file being imported, or the database (the reader): what a reader is shown must be what the row
 * says, and a row that cannot be shown as published is refused with what is wrong and what is allowed.
 */

/** the columns of a series table, as data/platform-series/nspcc-grooming.csv has them */
export const SERIES_COLUMNS = [
  'area_kind',
  'area',
  'platform',
  'table',
  'complete',
  'period',
  'period_as_published',
  'offence',
  'outcome',
  'value',
  'unit',
  'base',
  'source',
  'as_published',
  'note',
] as const;
export type SeriesColumn = (typeof SERIES_COLUMNS)[number];
/** a row as text, column by column */
export type SeriesRecord = Record<SeriesColumn, string>;

export const UNITS = ['count', 'percent', 'status:not-provided'] as const;

export const ReleaseDefinitionSchema = z.object({
  id: z.string(),
  title: z.string(),
  /** who published the release (absent in a definition stored before it was added) */
  publisher: z.string().optional(),
  description: z.string(),
  caveats: z.array(z.string()),
  offences: z.array(z.object({ code: z.string(), name: z.string(), short: z.string() })),
  countries: z.array(z.object({ id: z.string(), name: z.string(), note: z.string().nullable() })),
  regions: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      forces: z.array(z.string()),
      note: z.string().nullable(),
    }),
  ),
  platforms: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type ReleaseDefinition = z.infer<typeof ReleaseDefinitionSchema>;

/** What a row is checked against: the release's areas, platforms and offences, and its sources. */
export interface SeriesContext {
  definition: ReleaseDefinition;
  areas: SeriesArea[];
  areaKeys: Set<string>;
  platformNames: Map<string, string>;
  sourceIds: Set<string>;
  /** what a source cell may hold, in words */
  sourceHint: string;
}

const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** The release's areas: its countries and regions, and every force. Throws on a region of no force. */
export function seriesContext(
  definition: ReleaseDefinition,
  sourceIds: Iterable<string>,
  sourceHint = 'a source id of the release',
): SeriesContext {
  const forceIds = new Set(FORCES.map((f) => f.id));
  for (const r of definition.regions)
    for (const f of r.forces)
      if (!forceIds.has(f)) throw new Error(`release.json: region ${r.id} names no force '${f}'`);
  const areas: SeriesArea[] = [
    ...definition.countries.map((c) => ({ ...c, kind: 'country' as const, forces: null })),
    ...definition.regions.map((r) => ({ ...r, kind: 'region' as const })),
    ...FORCES.map((f) => ({
      id: f.id,
      kind: 'force' as const,
      name: f.name,
      forces: null,
      note: null,
    })),
  ];
  return {
    definition,
    areas,
    // a region and a force can share an id (the West Midlands): an area is its kind and its id
    areaKeys: new Set(areas.map((a) => `${a.kind}:${a.id}`)),
    platformNames: new Map(definition.platforms.map((p) => [p.id, p.name])),
    sourceIds: new Set(sourceIds),
    sourceHint,
  };
}

function areaProblem(kind: string, area: string, ctx: SeriesContext): string | null {
  if (!(AREA_KINDS as readonly string[]).includes(kind))
    return `area_kind '${kind}' is not a kind of area; expected ${quoted(AREA_KINDS)}`;
  if (ctx.areaKeys.has(`${kind}:${area}`)) return null;
  const ids = ctx.areas.filter((a) => a.kind === kind).map((a) => a.id);
  if (area === '') return `area is blank; expected a ${kind} id such as '${ids[0] ?? ''}'`;
  const close = suggest(
    area,
    ctx.areas.filter((a) => a.kind === kind).map((a) => [a.id, a.name] as const),
  );
  const other = ctx.areas.find((a) => a.id === area && a.kind !== kind);
  const hint = other
    ? `; it is a ${other.kind}: write area_kind '${other.kind}'`
    : close
      ? `; did you mean '${close}'?`
      : '';
  const allowed =
    kind === 'force' ? 'a force id as data.police.uk spells it (kent, west-midlands)' : quoted(ids);
  return `'${area}' is not a ${kind} of the release${hint} (expected ${allowed})`;
}

function platformProblem(platform: string, ctx: SeriesContext): string | null {
  if (platform === '*') return null;
  const unknown = platform.split('+').filter((p) => !ctx.platformNames.has(p));
  if (unknown.length === 0) return null;
  return `platform ${quoted(unknown)} is not a platform of the release; expected '*' for all, one of ${quoted([...ctx.platformNames.keys()])}, or a published group joined with '+' (facebook+messenger)`;
}

/** A row's figure (row and disagreements aside), or every problem with it. */
export function checkSeriesRecord(
  r: SeriesRecord,
  ctx: SeriesContext,
): { figure: Omit<SeriesFigure, 'row' | 'disagrees'>; problems: [] } | { problems: string[] } {
  const problems: string[] = [];
  const area = areaProblem(r.area_kind, r.area, ctx);
  if (area) problems.push(area);
  const platform = platformProblem(r.platform, ctx);
  if (platform) problems.push(platform);
  const table = SERIES_TABLES.find((t) => t === r.table);
  if (!table) problems.push(`table '${r.table}' is not a table; expected ${quoted(SERIES_TABLES)}`);
  if (r.complete !== 'yes' && r.complete !== 'no')
    problems.push(
      `complete '${r.complete}' is neither yes nor no ('no' where the source chose which rows to give)`,
    );
  const period = r.period === '' ? null : parseSeriesPeriod(r.period);
  if (r.period !== '' && period === null)
    problems.push(
      `'${r.period}' is not a period; expected a financial year (2023/24), a calendar year (2022), months (2018-04..2018-09), a span of financial years (2017/18..2022/23), or blank where the source does not say which years`,
    );
  if (r.period_as_published.trim() === '')
    problems.push(`period_as_published is blank; give the source's own words for the period`);
  const offences = ctx.definition.offences.map((o) => o.code);
  if (!offences.includes(r.offence))
    problems.push(
      `offence '${r.offence}' is not an offence of the release; expected ${quoted(offences)}`,
    );
  if (r.outcome.trim() === '') problems.push(`outcome is blank; expected '*' (all outcomes)`);
  const unit = UNITS.find((u) => u === r.unit);
  if (!unit) problems.push(`unit '${r.unit}' is not a unit; expected ${quoted(UNITS)}`);
  const status = unit === 'status:not-provided' ? 'not-provided' : 'published';
  const value = status === 'published' && r.value.trim() !== '' ? Number(r.value) : null;
  if (unit && status === 'published') {
    if (value === null || !Number.isFinite(value))
      problems.push(
        `value '${r.value}' is not a number; a ${unit} is written in digits (1824, 48), with unit status:not-provided and no value where the force gave no figure`,
      );
    else if (unit === 'count' && !(Number.isInteger(value) && value >= 0))
      problems.push(`value '${r.value}' is not a count; expected a whole number, 0 or more`);
    else if (unit === 'percent' && !(value >= 0 && value <= 100))
      problems.push(`value '${r.value}' is not a percent; expected a number from 0 to 100`);
  }
  if (status === 'not-provided' && r.value.trim() !== '')
    problems.push(`a status row has no value: leave value blank with unit status:not-provided`);
  if (
    unit &&
    unit !== 'status:not-provided' &&
    table &&
    (unit === 'percent') !== (table === 'platform-share')
  )
    problems.push(
      `a share is a percent, and only a share is: table '${table}' with unit '${unit}' (expected table platform-share with unit percent, or a count)`,
    );
  const base = SERIES_TABLES.find((t) => t === r.base) ?? null;
  if (r.base !== '' && base === null)
    problems.push(
      `base '${r.base}' is not a table; a share's base is the table it is a percent of (${quoted(SERIES_TABLES)})`,
    );
  else if (table === 'platform-share' && base === null)
    problems.push(
      `a share carries its base: give base 'platform-known' (or the table it is a percent of)`,
    );
  else if (table && table !== 'platform-share' && base !== null)
    problems.push(`only a share has a base; leave base blank for a '${table}' figure`);
  if (!ctx.sourceIds.has(r.source))
    problems.push(
      r.source === ''
        ? `source is blank; expected ${ctx.sourceHint}`
        : `no source '${r.source}'; expected ${ctx.sourceHint}`,
    );
  if (problems.length > 0 || !table) return { problems };
  return {
    problems: [],
    figure: {
      area: r.area,
      areaKind: r.area_kind as SeriesArea['kind'],
      platform: r.platform,
      table,
      complete: r.complete === 'yes',
      offence: r.offence,
      period,
      periodAsPublished: r.period_as_published,
      value,
      unit: unit === 'count' || unit === 'percent' ? unit : null,
      status,
      base: base === null ? null : { table: base, value: null, row: null },
      source: r.source,
      asPublished: r.as_published,
      note: r.note || null,
    },
  };
}

/** A cell is an area, platform, table, offence and period. */
export function cellOf(
  f: Pick<SeriesFigure, 'areaKind' | 'area' | 'platform' | 'table' | 'offence' | 'period'>,
  row: number,
): string {
  return [f.areaKind, f.area, f.platform, f.table, f.offence, f.period?.id ?? `?${row}`].join('|');
}

function platformName(id: string, names: Map<string, string>): string {
  if (id === '*') return 'All platforms';
  const members = id.split('+').map((p) => names.get(p) ?? p);
  if (members.length === 1) return members[0] ?? id;
  return `${members.slice(0, -1).join(', ')} and ${members.at(-1) ?? ''} (one figure for them together)`;
}

/**
 * The series as served: its figures with each disagreement and base found, the platforms they name,
 * and those that cannot be placed in time.
 */
export function assembleSeries(
  ctx: SeriesContext,
  sources: SeriesSource[],
  figures: SeriesFigure[],
): PlatformSeries {
  const release = ctx.definition;
  // two rows in one cell with different values are a disagreement between sources, and each names
  // the other
  const byCell = new Map<string, SeriesFigure[]>();
  for (const f of figures)
    byCell.set(cellOf(f, f.row), [...(byCell.get(cellOf(f, f.row)) ?? []), f]);
  for (const f of figures) {
    f.disagrees = (byCell.get(cellOf(f, f.row)) ?? [])
      .filter((o) => o !== f && o.value !== f.value)
      .map((o) => o.row);
    // a share's base: the count of its table for the same area, offence and period, where exactly
    // one was published
    if (f.base) {
      const bases =
        byCell.get([f.areaKind, f.area, '*', f.base.table, f.offence, f.period?.id].join('|')) ??
        [];
      const only = bases.length === 1 ? bases[0] : undefined;
      if (only) f.base = { table: f.base.table, value: only.value, row: only.row };
    }
  }
  const unplaced = figures
    .filter((f) => f.period === null)
    .map((f) => ({
      row: f.row,
      reason: `The source does not say which years (“${f.periodAsPublished}”), so the figure cannot be placed in time.`,
    }));
  const used = new Set(figures.map((f) => f.platform));
  const platforms: SeriesPlatform[] = [...used].map((id) => ({
    id,
    name: platformName(id, ctx.platformNames),
    members: id === '*' ? [] : id.split('+'),
  }));
  return {
    release: {
      id: release.id,
      title: release.title,
      description: release.description,
      caveats: release.caveats,
      offences: release.offences,
    },
    areas: ctx.areas,
    platforms,
    sources,
    figures,
    unplaced,
  };
}
