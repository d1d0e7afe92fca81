import { existsSync } from 'node:fs';
import type { SeriesSource } from '@shared/platform-series.ts';
import { normaliseName } from '@shared/suggest.ts';
import { openDatabase, type Db } from '../db/open.ts';
import { createSeriesQueries, hasSeriesTables } from '../db/queries.ts';
import { LoadError } from '../load/write.ts';
import { SERIES_RELEASE } from '../platform-series/read.ts';
import {
  checkSeriesRecord,
  ReleaseDefinitionSchema,
  seriesContext,
} from '../platform-series/rows.ts';
import { writeSeriesLoad } from '../platform-series/write.ts';
import type { ImportOptions } from './request.ts';
import { FileProblem } from './rows.ts';
import { openToRead } from './open-read.ts';
import { readSeriesFile, repeats, type ReadRow } from './series-file.ts';
import type { SeriesFileSummary, SeriesSummary } from './series-summary.ts';
import { UsageError } from './usage-error.ts';

export { isSeriesTable } from './series-file.ts';

/**
 * A series table: rows like data/platform-series/nspcc-grooming.csv (figures as published, for
 * forces, regions and countries, counts and shares with their base, any period a source named),
 * told from a return by its header (`area_kind` beside `area`). An import of one adds a version to the
 * release, through the same check of every row as the shipped file, all rows or none.
 */

/** what a series import is asked (the import's request: run.ts) */
export interface SeriesImportRequest extends ImportOptions {
  /** the dataset a return would go into: a series table takes none but the default */
  dataset?: string | undefined;
  onSeriesCommitted?: ((summary: SeriesSummary) => void) | undefined;
}

export type SeriesImportResult =
  | { status: 'refused'; problems: readonly string[]; more: number; version: number; of: string }
  | { status: 'series'; mode: 'written' | 'dry-run'; summary: SeriesSummary }
  | { status: 'already'; version: number; created: string; current: number; of: string };

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
    // a file loaded before: the version it made, and the version that is current now
    const already = (done: { version: number; created_at: string }): SeriesImportResult => ({
      status: 'already',
      version: done.version,
      created: done.created_at,
      current: q.latestVersion(SERIES_RELEASE),
      of,
    });
    const done = q.versionLoaded(SERIES_RELEASE, key);
    if (done) return already(done);
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
    const sourceHint = `a source id of the release (meta's releases[].sources), or blank for this import's own source (--source)`;
    const refused = (list: readonly string[]): SeriesImportResult => ({
      status: 'refused',
      problems: list,
      more: 0,
      version: q.latestVersion(SERIES_RELEASE),
      of,
    });
    // every row checked as the writer checks it, and against the release as it is now: the figures
    // it repeats, and those --replace supersedes
    const check = () => {
      const latest = q.latestVersion(SERIES_RELEASE);
      const ctx = seriesContext(
        definition,
        [...q.sources(SERIES_RELEASE, latest).map((s) => s.key), source.id],
        sourceHint,
      );
      const found = rows.flatMap((r) =>
        checkSeriesRecord(r.record, ctx).problems.map((p) => ({ r, p })),
      );
      const repeated: string[] = [];
      const end = repeats(rows, q.currentFigures(SERIES_RELEASE), req.replace ?? false, repeated);
      const order = new Map(req.files.map((f, i) => [f.label, i]));
      const list = [
        ...problems,
        ...[
          ...found.map(({ r, p }) => ({
            file: r.file,
            line: r.line,
            text: `${r.file}:${r.line}: ${p}`,
          })),
          ...repeated.map((text) => {
            const m = /^(.*):(\d+): /.exec(text);
            return { file: m?.[1] ?? '', line: Number(m?.[2] ?? 0), text };
          }),
        ]
          .sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0) || a.line - b.line)
          .map((x) => x.text),
      ];
      return { list, end, next: latest + 1 };
    };
    const summaryOf = (version: number, replaced: number): SeriesSummary => ({
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
      replaced,
    });
    if (req.dryRun) {
      const c = check();
      return c.list.length > 0
        ? refused(c.list)
        : { status: 'series', mode: 'dry-run', summary: summaryOf(c.next, c.end.length) };
    }
    // checked again inside the write transaction, so that no other import can slip in between
    const write = db.transaction((): SeriesImportResult => {
      const loaded = q.versionLoaded(SERIES_RELEASE, key);
      if (loaded) return already(loaded);
      const c = check();
      if (c.list.length > 0) return refused(c.list);
      const written = writeSeriesLoad(
        db,
        {
          definition,
          note: `Import of ${fileNames}`,
          origin: 'import',
          end: c.end,
          sources: [source],
          loadKey: key,
          figures: rows,
          numbering: 'next',
          sourceHint,
        },
        req.now,
      );
      return {
        status: 'series',
        mode: 'written',
        summary: summaryOf(written.version, c.end.length),
      };
    });
    let outcome: SeriesImportResult;
    try {
      outcome = write.immediate();
    } catch (e) {
      if (!(e instanceof LoadError)) throw e;
      outcome = refused(e.problems);
    }
    if (outcome.status === 'series') req.onSeriesCommitted?.(outcome.summary);
    return outcome;
  } finally {
    db.close();
    copy.remove();
  }
}
