import { existsSync } from 'node:fs';
import type { SeriesSource } from '@shared/platform-series.ts';
import { normaliseName } from '@shared/suggest.ts';
import { openDatabase, type Db } from '../db/open.ts';
import { createSeriesQueries, hasSeriesTables, type PublishedFigureRow } from '../db/queries.ts';
import { LoadError } from '../load/write.ts';
import { SERIES_RELEASE } from '../platform-series/read.ts';
import {
  checkSeriesRecord,
  ReleaseDefinitionSchema,
  SERIES_COLUMNS,
  seriesContext,
  type SeriesColumn,
  type SeriesRecord,
} from '../platform-series/rows.ts';
import { writeSeriesLoad } from '../platform-series/write.ts';
import type { FileToRead } from './load.ts';
import { openRows } from './read.ts';
import { FileProblem } from './rows.ts';
import { openToRead } from './open-read.ts';
import type { SeriesFileSummary, SeriesSummary } from './series-summary.ts';
import { UsageError } from './usage-error.ts';

/**
 * A series table: rows like data/platform-series/nspcc-grooming.csv (figures as published, for
 * forces, regions and countries, counts and shares with their base, any period a source named),
 * told from a return by its header (`area_kind` beside `area`). An import of one adds a version to the
 * release, through the same check of every row as the shipped file, all rows or none.
 */

/** the columns a series table must have; the others have a default */
const REQUIRED: readonly SeriesColumn[] = [
  'area_kind',
  'area',
  'platform',
  'table',
  'period',
  'offence',
  'value',
  'unit',
];
const HEADER_SEARCH = 10;

/** A header cell as a column name: case, spaces and hyphens aside ('Area kind' is area_kind). */
const columnOf = (cell: string) =>
  cell
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

export function isSeriesHeader(cells: readonly string[]): boolean {
  const names = new Set(cells.map(columnOf));
  return names.has('area_kind') && names.has('area');
}

/** Whether a file is a series table: its header, within its first rows, is one. */
export async function isSeriesTable(file: FileToRead, sheet?: string): Promise<boolean> {
  try {
    for await (const batch of openRows(file.path, { sheet }).batches)
      for (const raw of batch) {
        if (isSeriesHeader(raw.cells)) return true;
        if (raw.row >= HEADER_SEARCH) return false;
      }
  } catch {
    // a file that cannot be read is refused by the import of returns, with what is wrong with it
  }
  return false;
}

/** what a series import is asked (the import's request: run.ts) */
export interface SeriesImportRequest {
  files: readonly FileToRead[];
  dbPath: string;
  /** the dataset a return would go into: a series table takes none but the default */
  dataset?: string | undefined;
  newDataset?: boolean | undefined;
  source: {
    title?: string | undefined;
    publisher?: string | undefined;
    date?: string | undefined;
    url?: string | undefined;
    kind: string;
  };
  platform?: string | undefined;
  partial?: boolean | undefined;
  sheet?: string | undefined;
  dryRun?: boolean | undefined;
  replace?: boolean | undefined;
  now: Date;
  onSeriesCommitted?: ((summary: SeriesSummary) => void) | undefined;
}

export type SeriesImportResult =
  | { status: 'refused'; problems: readonly string[]; more: number; version: number; of: string }
  | { status: 'series'; mode: 'written' | 'dry-run'; summary: SeriesSummary }
  | { status: 'already'; version: number; created: string; current: number; of: string };

interface ReadRow {
  file: string;
  line: number;
  record: SeriesRecord;
}

/** A file's rows as records, or the problems of its header. */
async function readSeriesFile(
  f: FileToRead,
  sheet: string | undefined,
  defaults: { source: string; complete: string },
  problems: string[],
): Promise<{ rows: ReadRow[]; summary: SeriesFileSummary }> {
  const reader = openRows(f.path, { sheet });
  const rows: ReadRow[] = [];
  const summary: SeriesFileSummary = {
    file: f.label,
    description: reader.description,
    rows: 0,
    skipped: 0,
    ignoredColumns: [],
  };
  let columns: Map<SeriesColumn, number> | null = null;
  for await (const batch of reader.batches)
    for (const raw of batch) {
      if (!columns) {
        if (!isSeriesHeader(raw.cells)) {
          summary.skipped++;
          continue;
        }
        const names = raw.cells.map(columnOf);
        columns = new Map(
          SERIES_COLUMNS.flatMap((c) =>
            names.includes(c) ? [[c, names.indexOf(c)] as const] : [],
          ),
        );
        summary.ignoredColumns = raw.cells.filter(
          (c, i) =>
            c.trim() !== '' && !(SERIES_COLUMNS as readonly string[]).includes(names[i] ?? ''),
        );
        const missing = REQUIRED.filter((c) => !columns?.has(c));
        if (missing.length > 0) {
          problems.push(
            `${f.label}:${raw.row}: the series table has no ${missing.map((c) => `'${c}'`).join(', ')} column; a series table has the columns ${SERIES_COLUMNS.join(', ')} (${REQUIRED.join(', ')} required)`,
          );
          return { rows, summary };
        }
        continue;
      }
      if (raw.cells.every((c) => c.trim() === '')) continue;
      summary.rows++;
      const cell = (c: SeriesColumn) => {
        const at = columns?.get(c);
        return at === undefined ? '' : (raw.cells[at] ?? '').trim();
      };
      const record = Object.fromEntries(SERIES_COLUMNS.map((c) => [c, cell(c)])) as SeriesRecord;
      // the defaults of a series table's optional columns: all outcomes, the period's own words, and
      // the run's source
      record.complete ||= defaults.complete;
      record.outcome ||= '*';
      record.period_as_published ||= record.period;
      record.source ||= defaults.source;
      rows.push({ file: f.label, line: raw.row, record });
    }
  if (!columns)
    problems.push(
      `${f.label}: no header of a series table in its first ${HEADER_SEARCH} rows (columns ${REQUIRED.join(', ')})`,
    );
  return { rows, summary };
}

/** a figure's cell and source: a row with the same is a repeat of it */
const repeatKey = (r: Pick<SeriesRecord, SeriesColumn>) =>
  [r.area_kind, r.area, r.platform, r.table, r.offence, r.period, r.source].join('|');

function repeats(
  rows: readonly ReadRow[],
  current: readonly PublishedFigureRow[],
  replace: boolean,
  problems: string[],
): number[] {
  const loaded = new Map<string, PublishedFigureRow>();
  for (const f of current)
    loaded.set(
      repeatKey({
        area_kind: f.area_kind,
        area: f.area,
        platform: f.platform,
        table: f.table_name,
        offence: f.offence,
        period: f.period,
        source: f.source,
      } as SeriesRecord),
      f,
    );
  const seen = new Map<string, ReadRow>();
  const end: number[] = [];
  for (const r of rows) {
    const key = repeatKey(r.record);
    const first = seen.get(key);
    if (first)
      problems.push(
        `${r.file}:${r.line}: repeats row ${first.line} of ${first.file} (the same area, platform, table, offence, period and source); keep one`,
      );
    seen.set(key, first ?? r);
    const old = loaded.get(key);
    if (old && !first) {
      if (replace) end.push(old.id);
      else
        problems.push(
          `${r.file}:${r.line}: repeats figure ${old.row} (${old.area_kind} ${old.area}, ${old.platform}, ${old.table_name}, ${old.period || 'undated'}, source '${old.source}': ${old.value || 'not provided'}), loaded in version ${old.from_version}; give --replace to supersede it, or another source where a second source published a figure for the same cell`,
        );
    }
  }
  return end;
}

function openRelease(req: SeriesImportRequest, copy: { remove: () => void }): Db {
  const how = `store it first: start the server once (npm start) or run npm run seed`;
  if (!existsSync(req.dbPath))
    throw new UsageError(
      `${req.dbPath} does not exist, so it holds no platform series to add a series table to; ${how}`,
    );
  // a dry run writes nothing, so it needs no write access to the database or its folder
  const db = req.dryRun ? openToRead(req.dbPath, copy) : openDatabase(req.dbPath);
  if (!hasSeriesTables(db) || createSeriesQueries(db).latestVersion(SERIES_RELEASE) === 0) {
    db.close();
    throw new UsageError(
      `${req.dbPath} holds no platform series release '${SERIES_RELEASE}'; ${how}`,
    );
  }
  return db;
}

/** Import series tables into the release as a new version; nothing is written if any row is bad. */
export async function runSeriesImport(
  req: SeriesImportRequest,
  key: string,
): Promise<SeriesImportResult> {
  if (req.platform !== undefined)
    throw new UsageError(
      `--platform applies to returns; a series table names each figure's platform in its platform column`,
    );
  if (req.dataset !== undefined && req.dataset !== 'reported')
    throw new UsageError(
      `--dataset applies to returns; a series table is added to the platform series release '${SERIES_RELEASE}'`,
    );
  if (req.newDataset)
    throw new UsageError(
      `--new-dataset starts a dataset of returns; a series table is added to the platform series release '${SERIES_RELEASE}'`,
    );
  const of = `release '${SERIES_RELEASE}'`;
  const copy = { remove: () => undefined };
  const db = openRelease(req, copy);
  try {
    const q = createSeriesQueries(db);
    const done = q.versionLoaded(SERIES_RELEASE, key);
    if (done)
      return {
        status: 'already',
        version: done.version,
        created: done.created_at,
        current: q.latestVersion(SERIES_RELEASE),
        of,
      };
    const fileNames = req.files.map((f) => f.label).join(', ');
    const title = req.source.title ?? `Series table: ${fileNames}`;
    const source: SeriesSource = {
      id: normaliseName(`${title}${req.source.date ? ` ${req.source.date}` : ''}`)
        .replace(/ /g, '-')
        .slice(0, 60),
      kind: req.source.kind,
      title,
      publisher: req.source.publisher ?? 'not stated',
      date: req.source.date ?? null,
      url: req.source.url ?? null,
    };
    const problems: string[] = [];
    const rows: ReadRow[] = [];
    const files: SeriesFileSummary[] = [];
    for (const f of req.files) {
      try {
        const read = await readSeriesFile(
          f,
          req.sheet,
          { source: source.id, complete: req.partial ? 'no' : 'yes' },
          problems,
        );
        rows.push(...read.rows);
        files.push(read.summary);
      } catch (e) {
        if (!(e instanceof FileProblem)) throw e;
        problems.push(`${f.label}${e.row === null ? '' : `:${e.row}`}: ${e.message}`);
      }
    }
    if (problems.length === 0 && rows.length === 0)
      problems.push(`${fileNames}: no figures below the header; nothing to add`);
    const release = q.release(SERIES_RELEASE);
    if (!release) throw new Error(`release '${SERIES_RELEASE}' has no definition`);
    const definition = ReleaseDefinitionSchema.parse(JSON.parse(release.definition));
    const end = repeats(rows, q.currentFigures(SERIES_RELEASE), req.replace ?? false, problems);
    const refused = (list: readonly string[]): SeriesImportResult => ({
      status: 'refused',
      problems: list,
      more: 0,
      version: q.latestVersion(SERIES_RELEASE),
      of,
    });
    if (problems.length > 0) return refused(problems);
    const plan = {
      definition,
      note: `Import of ${fileNames}`,
      origin: 'import' as const,
      end,
      sources: [source],
      loadKey: key,
      figures: rows,
      numbering: 'next' as const,
      sourceHint: `a source id of the release (meta's releases[].sources), or blank for this import's own source (--source)`,
    };
    const summaryOf = (version: number): SeriesSummary => ({
      release: SERIES_RELEASE,
      version,
      files,
      figures: rows.length,
      byKind: Object.fromEntries(
        ['force', 'region', 'country'].map((k) => [
          k,
          rows.filter((r) => r.record.area_kind === k).length,
        ]),
      ),
      shares: rows.filter((r) => r.record.table === 'platform-share').length,
      periods: [...new Set(rows.map((r) => r.record.period || 'undated'))],
      source,
      replaced: end.length,
    });
    if (req.dryRun) {
      // the writer's check of every row, against the release as it is and this run's source
      const ctx = seriesContext(
        definition,
        [
          ...q.sources(SERIES_RELEASE, q.latestVersion(SERIES_RELEASE)).map((s) => s.key),
          source.id,
        ],
        plan.sourceHint,
      );
      const checked = rows.flatMap((r) =>
        checkSeriesRecord(r.record, ctx).problems.map((p) => `${r.file}:${r.line}: ${p}`),
      );
      return checked.length > 0
        ? refused(checked)
        : {
            status: 'series',
            mode: 'dry-run',
            summary: summaryOf(q.latestVersion(SERIES_RELEASE) + 1),
          };
    }
    try {
      const written = writeSeriesLoad(db, plan, req.now);
      const summary = summaryOf(written.version);
      req.onSeriesCommitted?.(summary);
      return { status: 'series', mode: 'written', summary };
    } catch (e) {
      if (e instanceof LoadError) return refused(e.problems);
      throw e;
    }
  } finally {
    db.close();
    copy.remove();
  }
}
