import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { z } from 'zod';
import type {
  PlatformSeriesResponse,
  SeriesFigure,
  SeriesSource,
} from '@shared/platform-series.ts';
import { ROOT } from '../config.ts';
import type { Db } from '../db/open.ts';
import { createSeriesQueries, hasSeriesTables, type PublishedFigureRow } from '../db/queries.ts';
import {
  assembleSeries,
  checkSeriesRecord,
  ReleaseDefinitionSchema,
  SERIES_COLUMNS,
  seriesContext,
  type ReleaseDefinition,
  type SeriesContext,
  type SeriesRecord,
} from './rows.ts';

export const SERIES_DIR = join(ROOT, 'data', 'platform-series');
export const SERIES_FILE = 'nspcc-grooming.csv';
/** the release the shipped files are, and the one a series table is imported into */
export const SERIES_RELEASE = 'nspcc-grooming';

/** The release, its areas, platforms and sources, and every figure, checked row by row. */
/** A version of the series as read (the version it is is said by whoever read it: the answer gives it) */
export type PlatformSeries = Omit<PlatformSeriesResponse, 'query' | 'release'> & {
  release: Omit<PlatformSeriesResponse['release'], 'version'>;
};

const SourceSchema = z.object({
  source: z.string().min(1),
  kind: z.string().min(1),
  title: z.string().min(1),
  publisher: z.string().min(1),
  date: z.string(),
  url: z.string(),
});

function csvRecords(text: string): Record<string, string>[] {
  return parseCsv(text, {
    bom: true,
    columns: (header: string[]) => header.map((h) => h.trim()),
    skip_empty_lines: true,
  });
}

/** The shipped files as they are: the definition, the sources and each figure's row with its line. */
export interface SeriesFiles {
  definition: ReleaseDefinition;
  sources: SeriesSource[];
  rows: { line: number; record: SeriesRecord }[];
}

export function readSeriesFiles(dir: string = SERIES_DIR): SeriesFiles {
  const definition = ReleaseDefinitionSchema.parse(
    JSON.parse(readFileSync(join(dir, 'release.json'), 'utf8')),
  );
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
  const rows = csvRecords(readFileSync(join(dir, SERIES_FILE), 'utf8')).map((r, i) => {
    const missing = SERIES_COLUMNS.filter((c) => r[c] === undefined);
    if (missing.length > 0)
      throw new Error(`${SERIES_FILE} line ${i + 2}: no column ${missing.join(', ')}`);
    return { line: i + 2, record: r as SeriesRecord };
  });
  return { definition, sources, rows };
}

/** Check rows and make them figures; the first bad row stops it, naming where it is. */
function figuresOf(
  rows: readonly { row: number; where: string; record: SeriesRecord }[],
  ctx: SeriesContext,
): SeriesFigure[] {
  return rows.map(({ row, where, record }) => {
    const checked = checkSeriesRecord(record, ctx);
    if (!('figure' in checked)) throw new Error(`${where}: ${checked.problems.join('; ')}`);
    return { ...checked.figure, row, disagrees: [] };
  });
}

/**
 * The shipped series read from its files: what the seed writes. A row that names an unknown area,
 * source, platform or period, or a value that is not a number, stops it with the row's line.
 */
export function readPlatformSeries(dir: string = SERIES_DIR): PlatformSeries {
  const files = readSeriesFiles(dir);
  const ctx = seriesContext(
    files.definition,
    files.sources.map((s) => s.id),
  );
  const rows = files.rows.map((r) => ({
    row: r.line,
    where: `${SERIES_FILE} line ${r.line}`,
    record: r.record,
  }));
  return assembleSeries(ctx, files.sources, figuresOf(rows, ctx));
}

export function recordOf(f: PublishedFigureRow): SeriesRecord {
  return {
    area_kind: f.area_kind,
    area: f.area,
    platform: f.platform,
    table: f.table_name,
    complete: f.complete,
    period: f.period,
    period_as_published: f.period_as_published,
    offence: f.offence,
    outcome: f.outcome,
    value: f.value,
    unit: f.unit,
    base: f.base,
    source: f.source,
    as_published: f.as_published,
    note: f.note,
  };
}

/**
 * A version of a release as the database holds it (default its latest), through the same row check
 * as the files; null when the database holds no such release (or version). Reads only.
 */
export function readStoredSeries(
  db: Db,
  id: string = SERIES_RELEASE,
  at?: number,
): { series: PlatformSeries; version: number } | null {
  if (!hasSeriesTables(db)) return null;
  const q = createSeriesQueries(db);
  const release = q.release(id);
  const version = at ?? q.latestVersion(id);
  if (!release || version === 0) return null;
  const definition = ReleaseDefinitionSchema.parse(JSON.parse(release.definition));
  const sources: SeriesSource[] = q.sources(id, version).map((s) => ({
    id: s.key,
    kind: s.kind,
    title: s.title,
    publisher: s.publisher,
    date: s.date,
    url: s.url,
  }));
  const ctx = seriesContext(
    definition,
    sources.map((s) => s.id),
  );
  const rows = q.figures(id, version).map((f) => ({
    row: f.row,
    where: `release '${id}' version ${version}, figure ${f.row} (${f.file} line ${f.line})`,
    record: recordOf(f),
  }));
  return { series: assembleSeries(ctx, sources, figuresOf(rows, ctx)), version };
}
