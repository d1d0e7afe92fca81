import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readSync, rmSync } from 'node:fs';
import { FORCES } from '@shared/reference/forces.ts';
import { normaliseName, suggest } from '@shared/suggest.ts';
import { openDatabase, type Db } from '../db/open.ts';
import {
  createImportQueries,
  createReadQueries,
  type CurrentTableRow,
  type DatasetRow,
  type SourceRow,
} from '../db/queries.ts';
import type { DatasetInfo, SourceInput, StatusInput } from '../load/plan.ts';
import { nationalOf } from '../load/national.ts';
import { LoadError, writeLoad } from '../load/write.ts';
import { findClashes, type ClashProblem } from './clash.ts';
import { openToRead } from './open-read.ts';
import type { SeriesSummary } from './series-summary.ts';
import { isSeriesTable, runSeriesImport } from './series.ts';
import { UsageError } from './usage-error.ts';
import { newTables, parseFiles, toPlan, type ParsedLoad } from './load.ts';
import type { Progress } from './parse-file.ts';
import type { ImportOptions } from './request.ts';
import { providedStatuses, statusesToEnd } from './statuses.ts';
import { summarise, type Summary } from './summary.ts';

/**
 * One import run: read and check every file, compare the load with what the dataset holds, and write
 * it as a new version in one transaction, or write nothing at all.
 */

export interface ImportRequest extends ImportOptions {
  dataset: string;
  onProgress?: ((p: Progress) => void) | undefined;
  onWrite?: ((written: number, total: number) => void) | undefined;
  /** called the moment the load has committed, before anything else can stop the run */
  onCommitted?: ((summary: Summary) => void) | undefined;
  /** the same, for series tables */
  onSeriesCommitted?: ((summary: SeriesSummary) => void) | undefined;
}

export type ImportResult =
  /**
   * version: the dataset's current version as the refusal is returned (0: none); `of` what has the
   * version when it is not the dataset (a series table's release: "release 'nspcc-grooming'")
   */
  | { status: 'refused'; problems: readonly string[]; more: number; version: number; of?: string }
  | { status: 'written' | 'dry-run'; summary: Summary }
  /** series tables, added (or, with --dry-run, checked) as a version of the series release */
  | { status: 'series'; mode: 'written' | 'dry-run'; summary: SeriesSummary }
  /** the same files and options were loaded before, as `version`; `current` is current now */
  | { status: 'already'; version: number; created: string; current: number; of?: string };

export { UsageError };

function slug(text: string): string {
  return normaliseName(text).replace(/ /g, '-').slice(0, 60);
}

function newDataset(id: string): DatasetInfo {
  return {
    id,
    title: id === 'reported' ? 'Reported figures from FOI returns' : `Imported figures (${id})`,
    description: 'Figures from Freedom of Information returns, loaded as published.',
    illustrative: false,
    caveats: [
      "Counts come from each force's own search of its crime records; forces search in different ways, so counts are not always comparable between forces.",
    ],
  };
}

function forceOfLoad(load: ParsedLoad): string | null {
  const forces = new Set(
    load.files.flatMap((f) => [...f.tables, ...f.statuses].map((t) => t.force)),
  );
  const [only] = forces;
  return forces.size === 1 && only ? (FORCES.find((f) => f.id === only)?.name ?? null) : null;
}

function datasetInfo(row: DatasetRow | null, id: string): DatasetInfo {
  if (!row) return newDataset(id);
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    illustrative: false,
    caveats: JSON.parse(row.caveats) as string[],
    // an import adds figures: what the dataset's sources said of the country stays as it was
    national: nationalOf(row),
  };
}

/** The run's own source, and the dataset's earlier sources that a `source` column names. */
function loadSources(
  req: ImportRequest,
  key: string,
  title: string,
  load: ParsedLoad,
  existing: readonly SourceRow[],
): [own: SourceInput, ...named: SourceInput[]] {
  const named = new Set(load.strings.values);
  return [
    {
      key,
      kind: req.source.kind,
      title,
      publisher: req.source.publisher ?? forceOfLoad(load) ?? 'Police forces of England and Wales',
      date: req.source.date ?? null,
      url: req.source.url ?? null,
    },
    ...existing.filter((s) => s.key !== key && named.has(s.key)).map(({ id: _id, ...s }) => s),
  ];
}

/** The statuses the files state (refusals), then `provided` for the figures they give. */
function loadStatuses(load: ParsedLoad, key: string, fileNames: string): StatusInput[] {
  const stated = load.files.flatMap((f) => f.statuses);
  return [
    ...stated.map(({ file: _f, row: _r, ...s }) => ({ ...s, source: s.source ?? key })),
    ...providedStatuses(
      load.files
        .flatMap((f) => f.tables)
        .map((t) => ({ force: t.force, platform: t.platform, periods: t.periods() })),
      stated,
      key,
      `Figures loaded from ${fileNames}.`,
    ),
  ];
}

/**
 * What a run loads, as a digest: the bytes of its files (not their names) and the options that
 * change what is written. The same digest in a dataset's versions means the load is already there.
 */
export function loadKey(req: ImportRequest): string {
  const hash = createHash('sha256');
  hash.update(
    JSON.stringify([
      req.dataset,
      req.source,
      req.platform ?? null,
      req.partial ?? false,
      req.sheet ?? null,
    ]),
  );
  for (const f of req.files) {
    const fd = openSync(f.path, 'r');
    try {
      const buffer = Buffer.allocUnsafe(1 << 20);
      for (let n; (n = readSync(fd, buffer, 0, buffer.length, null)) > 0;)
        hash.update(buffer.subarray(0, n));
    } finally {
      closeSync(fd);
    }
    hash.update('\u0000');
  }
  return hash.digest('base64url');
}

/** The dataset's current version now, read again: another import may have added one meanwhile. */
function currentVersion(db: Db | null, req: ImportRequest): number {
  if (db) return createImportQueries(db).latestVersion(req.dataset);
  if (!existsSync(req.dbPath)) return 0;
  const other = openDatabase(req.dbPath, { readonly: true });
  try {
    return createImportQueries(other).latestVersion(req.dataset);
  } finally {
    other.close();
  }
}

export async function runImport(req: ImportRequest): Promise<ImportResult> {
  // a series table (figures as published, by area: data/platform-series) is told by its header
  const series = await Promise.all(req.files.map((f) => isSeriesTable(f, req.sheet)));
  if (series.some(Boolean)) {
    if (!series.every(Boolean))
      throw new UsageError(
        `${req.files
          .filter((_, i) => series[i])
          .map((f) => `'${f.label}'`)
          .join(
            ', ',
          )} ${series.filter(Boolean).length === 1 ? 'is a series table' : 'are series tables'} (an area_kind column) and the other files are returns: import them in separate runs`,
      );
    return runSeriesImport(req, loadKey(req));
  }
  // a dry run writes nothing, so it needs no write access to the database or its folder
  const copy: { remove: () => void } = { remove: () => undefined };
  let db: Db | null = !existsSync(req.dbPath)
    ? null
    : req.dryRun
      ? openToRead(req.dbPath, copy)
      : openDatabase(req.dbPath);
  let created = false;
  let version = 0;
  const key = loadKey(req);
  const already = (database: Db): ImportResult | null => {
    const q = createImportQueries(database);
    const v = q.versionLoaded(req.dataset, key);
    return v
      ? {
          status: 'already',
          version: v.version,
          created: v.created_at,
          current: q.latestVersion(req.dataset),
        }
      : null;
  };
  try {
    const done = db ? already(db) : null;
    if (done) return done;
    const iq = db ? createImportQueries(db) : null;
    const row = iq?.dataset(req.dataset) ?? null;
    if (db && row === null && !req.newDataset) {
      const ids = createReadQueries(db)
        .datasets()
        .map((d) => d.id);
      const close = suggest(
        req.dataset,
        ids.map((id) => [id] as const),
      );
      throw new UsageError(
        `--dataset '${req.dataset}' is not a dataset in ${req.dbPath}${close ? `; did you mean '${close}'?` : ''} (it holds ${ids.map((id) => `'${id}'`).join(', ') || 'none'}); give --new-dataset to start a new one`,
      );
    }
    if (row?.illustrative === 1)
      throw new UsageError(
        `dataset '${req.dataset}' is illustrative (invented figures); import real returns into another dataset`,
      );
    version = iq?.latestVersion(req.dataset) ?? 0;
    const existingSources = db ? createReadQueries(db).sources(req.dataset) : [];
    const fileNames = req.files.map((f) => f.label).join(', ');
    const title = req.source.title ?? `FOI return: ${fileNames}`;
    const sourceKey = slug(`${title}${req.source.date ? ` ${req.source.date}` : ''}`);

    const load = await parseFiles(req.files, {
      platform: req.platform,
      partial: req.partial,
      sheet: req.sheet,
      sourceKeys: new Set([...existingSources.map((s) => s.key), sourceKey]),
      onProgress: req.onProgress,
    });
    if (load.problems.total > 0)
      return {
        status: 'refused',
        problems: load.problems.list,
        more: load.problems.more,
        version: currentVersion(db, req),
      };

    const sources = loadSources(req, sourceKey, title, load, existingSources);
    const statuses = loadStatuses(load, sourceKey, fileNames);
    const stated = load.files.flatMap((f) => f.statuses);
    const summaryOf = (v: number, c: Comparison) =>
      summarise({
        load,
        dataset: req.dataset,
        version: v,
        source: sources[0],
        stated,
        replaced: c.replaced,
        ended: c.ended.length,
      });
    const compare = (database: Db): Comparison => {
      const q = createImportQueries(database);
      return {
        ...findClashes(
          newTables(load, stated),
          q.currentTables(req.dataset),
          q.currentPeriods(req.dataset),
          req.replace ?? false,
        ),
        ended: statusesToEnd(q.currentStatuses(req.dataset), statuses),
      };
    };
    const refusal = (c: Comparison, database: Db | null): ImportResult => ({
      status: 'refused',
      problems: c.problems.map((p) => `${p.file}:${p.row}: ${p.message}`),
      more: 0,
      version: currentVersion(database, req),
    });

    if (req.dryRun) {
      const c = db ? compare(db) : { problems: [], replaced: [], ended: [] };
      return c.problems.length > 0
        ? refusal(c, db)
        : { status: 'dry-run', summary: summaryOf(version + 1, c) };
    }

    if (!db) {
      db = openDatabase(req.dbPath);
      created = true;
    }
    const target = db;
    const facts = load.files.reduce((n, f) => n + f.tables.reduce((m, t) => m + t.length, 0), 0);
    let written = 0;
    const outcome = target
      .transaction((): ImportResult => {
        // compared inside the write transaction, so no other import can slip in between
        const loaded = already(target);
        if (loaded) return loaded;
        const c = compare(target);
        if (c.problems.length > 0) return refusal(c, target);
        const plan = toPlan(load, {
          dataset: datasetInfo(row, req.dataset),
          note: `Import of ${fileNames}`,
          origin: 'import',
          sources,
          defaultSource: sourceKey,
          statuses,
          end: { tables: c.replaced.map((t) => t.id), statuses: c.ended },
          onFact: req.onWrite
            ? () => {
                written++;
                if ((written & 16383) === 0) req.onWrite?.(written, facts);
              }
            : undefined,
        });
        return {
          status: 'written',
          summary: summaryOf(writeLoad(target, { ...plan, loadKey: key }, req.now).version, c),
        };
      })
      .immediate();
    if (outcome.status === 'written') req.onCommitted?.(outcome.summary);
    if (outcome.status === 'refused' && created) {
      target.close();
      db = null;
      removeDatabase(req.dbPath);
    }
    return outcome;
  } catch (e) {
    if (created) {
      db?.close();
      db = null;
      removeDatabase(req.dbPath);
    }
    if (e instanceof LoadError)
      return {
        status: 'refused',
        problems: e.problems,
        more: 0,
        version: created ? 0 : currentVersion(db, req),
      };
    throw e;
  } finally {
    db?.close();
    copy.remove();
  }
}

interface Comparison {
  problems: ClashProblem[];
  replaced: CurrentTableRow[];
  /** current statuses the load answers */
  ended: number[];
}

/** A database this run created and then wrote nothing to is removed: nothing is left behind. */
function removeDatabase(path: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
}
