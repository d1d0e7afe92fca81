import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { z } from 'zod';
import { FORCES } from '@shared/reference/forces.ts';
import {
  AREA_KINDS,
  parseSeriesPeriod,
  SERIES_TABLES,
  type PlatformSeriesResponse,
  type SeriesArea,
  type SeriesFigure,
  type SeriesPlatform,
  type SeriesSource,
} from '@shared/platform-series.ts';
import { ROOT } from '../config.ts';

export const SERIES_DIR = join(ROOT, 'data', 'platform-series');
const FIGURES = 'nspcc-grooming.csv';

const ReleaseSchema = z.object({
  id: z.string(),
  title: z.string(),
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

const RowSchema = z.object({
  area_kind: z.enum(AREA_KINDS),
  area: z.string().min(1),
  platform: z.string().min(1),
  table: z.enum(SERIES_TABLES),
  complete: z.enum(['yes', 'no']),
  period: z.string(),
  period_as_published: z.string().min(1),
  offence: z.string().min(1),
  outcome: z.string().min(1),
  value: z.string(),
  unit: z.enum(['count', 'percent', 'status:not-provided']),
  base: z.string(),
  source: z.string().min(1),
  as_published: z.string(),
  note: z.string(),
});

const SourceSchema = z.object({
  source: z.string().min(1),
  kind: z.string().min(1),
  title: z.string().min(1),
  publisher: z.string().min(1),
  date: z.string(),
  url: z.string(),
});

/** The release, its areas, platforms and sources, and every figure of the file, checked row by row. */
export type PlatformSeries = Omit<PlatformSeriesResponse, 'query'>;

function csvRecords(text: string): Record<string, string>[] {
  return parseCsv(text, {
    bom: true,
    columns: (header: string[]) => header.map((h) => h.trim()),
    skip_empty_lines: true,
  });
}

function platformName(id: string, names: Map<string, string>): string {
  if (id === '*') return 'All platforms';
  const members = id.split('+').map((p) => names.get(p) ?? p);
  if (members.length === 1) return members[0] ?? id;
  return `${members.slice(0, -1).join(', ')} and ${members.at(-1) ?? ''} (one figure for them together)`;
}

/**
 * Read the series from its files. A row that names an unknown area, source, platform or period, or a
 * value that is not a number, stops the server with the row's line: a figure shown to a reader must
 * be the one in the file.
 */
export function readPlatformSeries(dir: string = SERIES_DIR): PlatformSeries {
  const release = ReleaseSchema.parse(JSON.parse(readFileSync(join(dir, 'release.json'), 'utf8')));
  const sources: SeriesSource[] = csvRecords(readFileSync(join(dir, 'sources.csv'), 'utf8')).map(
    (r, i) => {
      const s = SourceSchema.safeParse(r);
      if (!s.success) throw new Error(`sources.csv line ${i + 2}: ${z.prettifyError(s.error)}`);
      return {
        id: s.data.source,
        kind: s.data.kind,
        title: s.data.title,
        publisher: s.data.publisher,
        date: s.data.date || null,
        url: s.data.url || null,
      };
    },
  );
  const sourceIds = new Set(sources.map((s) => s.id));
  const areas: SeriesArea[] = [
    ...release.countries.map((c) => ({ ...c, kind: 'country' as const, forces: null })),
    ...release.regions.map((r) => ({ ...r, kind: 'region' as const })),
    ...FORCES.map((f) => ({
      id: f.id,
      kind: 'force' as const,
      name: f.name,
      forces: null,
      note: null,
    })),
  ];
  const forceIds = new Set(FORCES.map((f) => f.id));
  for (const r of release.regions)
    for (const f of r.forces)
      if (!forceIds.has(f)) throw new Error(`release.json: region ${r.id} names no force '${f}'`);
  // a region and a force can share an id (the West Midlands): an area is its kind and its id
  const areaKeys = new Set(areas.map((a) => `${a.kind}:${a.id}`));
  const platformNames = new Map(release.platforms.map((p) => [p.id, p.name]));
  const offences = new Set(release.offences.map((o) => o.code));

  const unplaced: PlatformSeries['unplaced'] = [];
  const figures: SeriesFigure[] = csvRecords(readFileSync(join(dir, FIGURES), 'utf8')).map(
    (record, i) => {
      const line = i + 2;
      const where = `${FIGURES} line ${line}`;
      const parsed = RowSchema.safeParse(record);
      if (!parsed.success) throw new Error(`${where}: ${z.prettifyError(parsed.error)}`);
      const r = parsed.data;
      if (!areaKeys.has(`${r.area_kind}:${r.area}`))
        throw new Error(`${where}: '${r.area}' is not a ${r.area_kind} of the release`);
      if (!sourceIds.has(r.source)) throw new Error(`${where}: no source '${r.source}'`);
      if (!offences.has(r.offence))
        throw new Error(`${where}: offence '${r.offence}' is not listed`);
      if (r.platform !== '*')
        for (const p of r.platform.split('+'))
          if (!platformNames.has(p)) throw new Error(`${where}: no platform '${p}'`);
      const period = r.period === '' ? null : parseSeriesPeriod(r.period);
      if (r.period !== '' && period === null)
        throw new Error(`${where}: '${r.period}' is not a period`);
      if (period === null)
        unplaced.push({
          row: line,
          reason: `The source does not say which years (“${r.period_as_published}”), so the figure cannot be placed in time.`,
        });
      const status = r.unit === 'status:not-provided' ? 'not-provided' : 'published';
      const value = status === 'published' ? Number(r.value) : null;
      if (status === 'published' && (r.value.trim() === '' || !Number.isFinite(value)))
        throw new Error(`${where}: '${r.value}' is not a number`);
      if (status === 'not-provided' && r.value.trim() !== '')
        throw new Error(`${where}: a status row has no value`);
      const unit = r.unit === 'status:not-provided' ? null : r.unit;
      if ((unit === 'percent') !== (r.table === 'platform-share'))
        throw new Error(`${where}: a share is a percent, and only a share is`);
      const base = r.base === '' ? null : z.enum(SERIES_TABLES).safeParse(r.base);
      if (base !== null && !base.success) throw new Error(`${where}: no table '${r.base}'`);
      return {
        row: line,
        area: r.area,
        areaKind: r.area_kind,
        platform: r.platform,
        table: r.table,
        complete: r.complete === 'yes',
        offence: r.offence,
        period,
        periodAsPublished: r.period_as_published,
        value,
        unit,
        status,
        base: base === null ? null : { table: base.data, value: null, row: null },
        source: r.source,
        asPublished: r.as_published,
        note: r.note || null,
        disagrees: [],
      };
    },
  );

  // a cell is an area, platform, table, offence and period; two rows in one cell with different
  // values are a disagreement between sources, and each names the other
  const cell = (f: SeriesFigure) =>
    [f.areaKind, f.area, f.platform, f.table, f.offence, f.period?.id ?? `?${f.row}`].join('|');
  const byCell = new Map<string, SeriesFigure[]>();
  for (const f of figures) byCell.set(cell(f), [...(byCell.get(cell(f)) ?? []), f]);
  for (const f of figures) {
    f.disagrees = (byCell.get(cell(f)) ?? [])
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

  const used = new Set(figures.map((f) => f.platform));
  const platforms: SeriesPlatform[] = [...used].map((id) => ({
    id,
    name: platformName(id, platformNames),
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
    areas,
    platforms,
    sources,
    figures,
    unplaced,
  };
}
