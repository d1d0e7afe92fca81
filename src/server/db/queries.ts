import type { Statement } from 'better-sqlite3';
import type { Db } from './open.ts';

/** Every SQL statement the application runs lives here. */

export interface DatasetRow {
  id: string;
  title: string;
  description: string;
  illustrative: 0 | 1;
  caveats: string;
  /** JSON (NationalFigure), or NULL */
  national: string | null;
}

export interface VersionRow {
  dataset_id: string;
  version: number;
  created_at: string;
  note: string;
}

export interface SourceRow {
  id: number;
  key: string;
  kind: 'foi' | 'official' | 'press' | 'illustrative';
  title: string;
  publisher: string;
  date: string | null;
  url: string | null;
}

export interface TableRow {
  id: number;
  name: string;
  force_id: string;
  platform_id: string;
  complete: 0 | 1;
  note: string | null;
  from_version: number;
  to_version: number | null;
}

/** table_id, period_start, period_end, offence_id, outcome_id, count, source_id, as_published, note */
export type FactTuple = [
  number,
  number,
  number,
  string,
  string,
  number | null,
  number | null,
  string | null,
  string | null,
];

/** rowid, period_start, period_end, offence_id, outcome_id, count, source_id, as_published, note */
export type FactPageTuple = [
  number,
  number,
  number,
  string,
  string,
  number | null,
  number | null,
  string | null,
  string | null,
];

export interface StatusRow {
  force_id: string;
  platform_id: string;
  period_start: number;
  period_end: number;
  status: string;
  note: string | null;
  source_id: number | null;
  from_version: number;
  to_version: number | null;
}

export function createReadQueries(db: Db) {
  const datasets = db.prepare<[], DatasetRow>(
    'SELECT id, title, description, illustrative, caveats, national FROM dataset ORDER BY rowid',
  );
  const versions = db.prepare<[string], VersionRow>(
    'SELECT dataset_id, version, created_at, note FROM dataset_version WHERE dataset_id = ? ORDER BY version',
  );
  const latest = db.prepare<[], VersionRow>(
    `SELECT dataset_id, MAX(version) AS version, created_at, note FROM dataset_version GROUP BY dataset_id`,
  );
  const sources = db.prepare<[string], SourceRow>(
    'SELECT id, key, kind, title, publisher, date, url FROM source WHERE dataset_id = ? ORDER BY id',
  );
  const tables = db.prepare<[string], TableRow>(
    `SELECT id, name, force_id, platform_id, complete, note, from_version, to_version
       FROM fact_table WHERE dataset_id = ? ORDER BY id`,
  );
  const facts = db
    .prepare<[string], FactTuple>(
      `SELECT f.table_id, f.period_start, f.period_end, f.offence_id, f.outcome_id, f.count, f.source_id,
              f.as_published, f.note
         FROM fact f JOIN fact_table t ON t.id = f.table_id
        WHERE t.dataset_id = ? ORDER BY f.table_id, f.period_start, f.rowid`,
    )
    .raw(true);
  const statuses = db.prepare<[string], StatusRow>(
    `SELECT force_id, platform_id, period_start, period_end, status, note, source_id, from_version, to_version
       FROM return_status WHERE dataset_id = ? ORDER BY force_id, platform_id, period_start, from_version`,
  );

  // a table's facts a page at a time, in the order of the index, so that no page costs more than a
  // few milliseconds and no statement stays open between pages
  const factPage = db
    .prepare<[number, number, number, number], FactPageTuple>(
      `SELECT rowid, period_start, period_end, offence_id, outcome_id, count, source_id,
              as_published, note
         FROM fact WHERE table_id = ? AND (period_start, rowid) > (?, ?)
        ORDER BY period_start, rowid LIMIT ?`,
    )
    .raw(true);
  const snapshot = db.transaction((datasetId: string) => ({
    versions: versions.all(datasetId),
    tables: tables.all(datasetId),
    statuses: statuses.all(datasetId),
    sources: sources.all(datasetId),
  }));

  const withNote = db
    .prepare<string[], number>(
      `SELECT EXISTS (SELECT 1 FROM dataset_version WHERE note IN (SELECT value FROM json_each(?)))`,
    )
    .pluck();

  const newFacts = db
    .prepare<[string, number, number], number>(
      `SELECT COUNT(*) FROM (SELECT 1 FROM fact f JOIN fact_table t ON t.id = f.table_id
        WHERE t.dataset_id = ? AND t.id > ? LIMIT ?)`,
    )
    .pluck();

  const lastFact = db.prepare<[], number | null>('SELECT MAX(rowid) FROM fact').pluck();

  return {
    /** the rowid of the last fact written to any dataset (one step down an index) */
    lastFact: () => lastFact.get() ?? 0,
    /** facts of a dataset's tables after this one, counted up to `limit` (enough to say "few") */
    factsAfter: (datasetId: string, tableId: number, limit: number) =>
      newFacts.get(datasetId, tableId, limit) ?? 0,
    datasets: () => datasets.all(),
    /** whether any dataset has a version with one of these notes */
    hasVersionNoted: (notes: readonly string[]) => withNote.get(JSON.stringify(notes)) === 1,
    /** a dataset's versions, tables, statuses and sources as of one moment */
    snapshot: (datasetId: string) => snapshot(datasetId),
    /** facts of a table after (period_start, rowid), at most `limit` */
    factPage: (tableId: number, afterStart: number, afterRow: number, limit: number) =>
      factPage.all(tableId, afterStart, afterRow, limit),
    versions: (datasetId: string) => versions.all(datasetId),
    latestVersions: () => latest.all(),
    sources: (datasetId: string) => sources.all(datasetId),
    tables: (datasetId: string) => tables.all(datasetId),
    facts: (datasetId: string) => facts.iterate(datasetId),
    statuses: (datasetId: string) => statuses.all(datasetId),
  };
}
export type ReadQueries = ReturnType<typeof createReadQueries>;

export function createWriteQueries(db: Db) {
  const upsertDataset = db.prepare<[DatasetRow]>(
    `INSERT INTO dataset (id, title, description, illustrative, caveats, national)
     VALUES (@id, @title, @description, @illustrative, @caveats, @national)
     ON CONFLICT (id) DO UPDATE SET title = excluded.title, description = excluded.description,
       illustrative = excluded.illustrative, caveats = excluded.caveats, national = excluded.national`,
  );
  const maxVersion = db.prepare<[string], { v: number | null }>(
    'SELECT MAX(version) AS v FROM dataset_version WHERE dataset_id = ?',
  );
  const insertVersion = db.prepare<[VersionRow & { load_key: string | null }]>(
    `INSERT INTO dataset_version (dataset_id, version, created_at, note, load_key)
     VALUES (@dataset_id, @version, @created_at, @note, @load_key)`,
  );
  const upsertSource = db.prepare<[Omit<SourceRow, 'id'> & { dataset_id: string }], { id: number }>(
    `INSERT INTO source (dataset_id, key, kind, title, publisher, date, url)
     VALUES (@dataset_id, @key, @kind, @title, @publisher, @date, @url)
     ON CONFLICT (dataset_id, key) DO UPDATE SET kind = excluded.kind, title = excluded.title,
       publisher = excluded.publisher, date = excluded.date, url = excluded.url
     RETURNING id`,
  );
  const insertTable = db.prepare<
    [
      Omit<TableRow, 'id' | 'to_version'> & {
        dataset_id: string;
        offence_level: string;
        outcome_level: string;
        origin: 'seed' | 'import';
      },
    ]
  >(
    `INSERT INTO fact_table (dataset_id, name, force_id, platform_id, complete, offence_level, outcome_level,
       origin, note, from_version)
     VALUES (@dataset_id, @name, @force_id, @platform_id, @complete, @offence_level, @outcome_level,
       @origin, @note, @from_version)`,
  );
  const insertFact = db.prepare<
    [
      number,
      number,
      number,
      string,
      string,
      number | null,
      number | null,
      string | null,
      string | null,
    ]
  >(
    `INSERT INTO fact (table_id, period_start, period_end, offence_id, outcome_id, count, source_id,
       as_published, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertStatus = db.prepare<
    [Omit<StatusRow, 'to_version'> & { dataset_id: string; origin: 'seed' | 'import' }]
  >(
    `INSERT INTO return_status (dataset_id, force_id, platform_id, period_start, period_end, status, note,
       source_id, origin, from_version)
     VALUES (@dataset_id, @force_id, @platform_id, @period_start, @period_end, @status, @note, @source_id,
       @origin, @from_version)`,
  );
  const setTableLevels = db.prepare<[string, string, number]>(
    'UPDATE fact_table SET offence_level = ?, outcome_level = ? WHERE id = ?',
  );
  const supersedeTables = db.prepare<[number, string, string]>(
    `UPDATE fact_table SET to_version = ? WHERE dataset_id = ? AND origin = ? AND to_version IS NULL`,
  );
  const supersedeStatuses = db.prepare<[number, string, string]>(
    `UPDATE return_status SET to_version = ? WHERE dataset_id = ? AND origin = ? AND to_version IS NULL`,
  );

  const endTable = db.prepare<[number, number, string]>(
    `UPDATE fact_table SET to_version = ? WHERE id = ? AND dataset_id = ? AND to_version IS NULL`,
  );
  const endStatus = db.prepare<[number, number, string]>(
    `UPDATE return_status SET to_version = ? WHERE rowid = ? AND dataset_id = ? AND to_version IS NULL`,
  );

  const imported = db.prepare<[string, string], { n: number }>(
    `SELECT (SELECT COUNT(*) FROM fact_table WHERE dataset_id = ? AND origin = 'import')
          + (SELECT COUNT(*) FROM return_status WHERE dataset_id = ? AND origin = 'import') AS n`,
  );
  return {
    upsertDataset: (row: DatasetRow) => upsertDataset.run(row),
    /** tables and statuses an import has ever added to the dataset */
    importedCount: (datasetId: string) => imported.get(datasetId, datasetId)?.n ?? 0,
    maxVersion: (datasetId: string) => maxVersion.get(datasetId)?.v ?? 0,
    insertVersion: (row: VersionRow & { load_key: string | null }) => insertVersion.run(row),
    upsertSource: (row: Omit<SourceRow, 'id'> & { dataset_id: string }) => {
      const r = upsertSource.get(row);
      if (!r) throw new Error(`Source '${row.key}' was not written`);
      return r.id;
    },
    insertTable: (row: Parameters<typeof insertTable.run>[0]) =>
      Number(insertTable.run(row).lastInsertRowid),
    insertFact: insertFact,
    setTableLevels: (tableId: number, offenceLevel: string, outcomeLevel: string) =>
      setTableLevels.run(offenceLevel, outcomeLevel, tableId),
    insertStatus: (row: Parameters<typeof insertStatus.run>[0]) => insertStatus.run(row),
    supersede: (version: number, datasetId: string, origin: 'seed' | 'import') => {
      supersedeTables.run(version, datasetId, origin);
      supersedeStatuses.run(version, datasetId, origin);
    },
    /** end one current table as of a version; false if it was not current */
    endTable: (version: number, datasetId: string, tableId: number) =>
      endTable.run(version, tableId, datasetId).changes === 1,
    endStatus: (version: number, datasetId: string, statusId: number) =>
      endStatus.run(version, statusId, datasetId).changes === 1,
  };
}

/** A current table as an import compares it with what it loads. */
export interface CurrentTableRow {
  id: number;
  name: string;
  force_id: string;
  platform_id: string;
  offence_level: string;
  outcome_level: string;
  origin: 'seed' | 'import';
  from_version: number;
  created_at: string | null;
  version_note: string | null;
}

export interface CurrentStatusRow {
  id: number;
  force_id: string;
  platform_id: string;
  period_start: number;
  period_end: number;
  status: string;
}

/** What an import needs to know about a dataset's current version before it adds another. */
export function createImportQueries(db: Db) {
  const dataset = db.prepare<[string], DatasetRow>(
    'SELECT id, title, description, illustrative, caveats, national FROM dataset WHERE id = ?',
  );
  const latest = db.prepare<[string], { v: number | null }>(
    'SELECT MAX(version) AS v FROM dataset_version WHERE dataset_id = ?',
  );
  const tables = db.prepare<[string], CurrentTableRow>(
    `SELECT t.id, t.name, t.force_id, t.platform_id, t.offence_level, t.outcome_level, t.origin,
            t.from_version, v.created_at, v.note AS version_note
       FROM fact_table t
       LEFT JOIN dataset_version v ON v.dataset_id = t.dataset_id AND v.version = t.from_version
      WHERE t.dataset_id = ? AND t.to_version IS NULL ORDER BY t.id`,
  );
  const periods = db.prepare<
    [string],
    { table_id: number; period_start: number; period_end: number }
  >(
    `SELECT DISTINCT f.table_id, f.period_start, f.period_end
       FROM fact f JOIN fact_table t ON t.id = f.table_id
      WHERE t.dataset_id = ? AND t.to_version IS NULL ORDER BY f.table_id, f.period_start, f.period_end`,
  );
  const statuses = db.prepare<[string], CurrentStatusRow>(
    `SELECT rowid AS id, force_id, platform_id, period_start, period_end, status
       FROM return_status WHERE dataset_id = ? AND to_version IS NULL ORDER BY rowid`,
  );
  // prepared when first used: a dry run opens a database read-only, and does not migrate it
  let loaded: Statement<[string, string], VersionRow> | null = null;
  const hasLoadKey = () =>
    db
      .prepare<[], { name: string }>("SELECT name FROM pragma_table_info('dataset_version')")
      .all()
      .some((c) => c.name === 'load_key');
  return {
    /** the version that committed a load with this key, if one did */
    versionLoaded: (id: string, key: string): VersionRow | null => {
      if (!loaded && !hasLoadKey()) return null;
      loaded ??= db.prepare<[string, string], VersionRow>(
        `SELECT dataset_id, version, created_at, note FROM dataset_version
          WHERE dataset_id = ? AND load_key = ? ORDER BY version LIMIT 1`,
      );
      return loaded.get(id, key) ?? null;
    },
    dataset: (id: string) => dataset.get(id) ?? null,
    latestVersion: (id: string) => latest.get(id)?.v ?? 0,
    currentTables: (id: string) => tables.all(id),
    currentPeriods: (id: string) => periods.all(id),
    currentStatuses: (id: string) => statuses.all(id),
  };
}

export interface ReleaseRow {
  id: string;
  title: string;
  /** JSON: the release's definition (ReleaseDefinition) */
  definition: string;
}

export interface ReleaseVersionRow {
  version: number;
  created_at: string;
  note: string;
  origin: 'seed' | 'import';
}

export interface ReleaseSourceRow {
  key: string;
  kind: string;
  title: string;
  publisher: string;
  date: string | null;
  url: string | null;
}

/** A figure's row as stored: the text of each column of the series table, and where it was read. */
export interface PublishedFigureRow {
  id: number;
  row: number;
  area_kind: string;
  area: string;
  platform: string;
  table_name: string;
  complete: string;
  period: string;
  period_as_published: string;
  offence: string;
  outcome: string;
  value: string;
  unit: string;
  base: string;
  source: string;
  as_published: string;
  note: string;
  file: string;
  line: number;
  from_version: number;
}

/** Whether the database has the release tables (a database read-only at an older schema has not). */
export function hasSeriesTables(db: Db): boolean {
  return (
    db
      .prepare<[], number>(
        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'published_figure'",
      )
      .pluck()
      .get() === 1
  );
}

const FIGURE_COLUMNS = `id, row, area_kind, area, platform, table_name, complete, period,
  period_as_published, offence, outcome, value, unit, base, source, as_published, note, file, line,
  from_version`;

/** The releases of published figures (the platform series): read, and written as new versions. */
export function createSeriesQueries(db: Db) {
  const release = db.prepare<[string], ReleaseRow>(
    'SELECT id, title, definition FROM release WHERE id = ?',
  );
  const releases = db.prepare<[], ReleaseRow>(
    'SELECT id, title, definition FROM release ORDER BY id',
  );
  const latest = db
    .prepare<[string], number | null>(
      'SELECT MAX(version) FROM release_version WHERE release_id = ?',
    )
    .pluck();
  const versions = db.prepare<[string], ReleaseVersionRow>(
    `SELECT version, created_at, note, origin FROM release_version WHERE release_id = ?
      ORDER BY version`,
  );
  const sources = db.prepare<[string, number], ReleaseSourceRow>(
    `SELECT key, kind, title, publisher, date, url FROM release_source
      WHERE release_id = ? AND from_version <= ? ORDER BY id`,
  );
  const figures = db.prepare<[string, number, number], PublishedFigureRow>(
    `SELECT ${FIGURE_COLUMNS} FROM published_figure
      WHERE release_id = ? AND from_version <= ? AND (to_version IS NULL OR to_version > ?)
      ORDER BY row`,
  );
  const current = db.prepare<[string], PublishedFigureRow>(
    `SELECT ${FIGURE_COLUMNS} FROM published_figure
      WHERE release_id = ? AND to_version IS NULL ORDER BY row`,
  );
  const maxRow = db
    .prepare<[string], number | null>('SELECT MAX(row) FROM published_figure WHERE release_id = ?')
    .pluck();
  const imported = db
    .prepare<[string], number>(
      "SELECT COUNT(*) FROM release_version WHERE release_id = ? AND origin = 'import'",
    )
    .pluck();
  const loaded = db.prepare<[string, string], ReleaseVersionRow>(
    `SELECT version, created_at, note, origin FROM release_version
      WHERE release_id = ? AND load_key = ? ORDER BY version LIMIT 1`,
  );
  const upsertRelease = db.prepare<[ReleaseRow]>(
    `INSERT INTO release (id, title, definition) VALUES (@id, @title, @definition)
     ON CONFLICT (id) DO UPDATE SET title = excluded.title, definition = excluded.definition`,
  );
  const insertVersion = db.prepare<
    [ReleaseVersionRow & { release_id: string; load_key: string | null }]
  >(
    `INSERT INTO release_version (release_id, version, created_at, note, origin, load_key)
     VALUES (@release_id, @version, @created_at, @note, @origin, @load_key)`,
  );
  const upsertSource = db.prepare<
    [ReleaseSourceRow & { release_id: string; from_version: number }]
  >(
    `INSERT INTO release_source (release_id, key, kind, title, publisher, date, url, from_version)
     VALUES (@release_id, @key, @kind, @title, @publisher, @date, @url, @from_version)
     ON CONFLICT (release_id, key) DO UPDATE SET kind = excluded.kind, title = excluded.title,
       publisher = excluded.publisher, date = excluded.date, url = excluded.url`,
  );
  const insertFigure = db.prepare<
    [
      Omit<PublishedFigureRow, 'id'> & {
        release_id: string;
        origin: 'seed' | 'import';
      },
    ]
  >(
    `INSERT INTO published_figure (release_id, row, area_kind, area, platform, table_name, complete,
       period, period_as_published, offence, outcome, value, unit, base, source, as_published, note,
       origin, file, line, from_version)
     VALUES (@release_id, @row, @area_kind, @area, @platform, @table_name, @complete, @period,
       @period_as_published, @offence, @outcome, @value, @unit, @base, @source, @as_published, @note,
       @origin, @file, @line, @from_version)`,
  );
  const supersede = db.prepare<[number, string, string]>(
    `UPDATE published_figure SET to_version = ?
      WHERE release_id = ? AND origin = ? AND to_version IS NULL`,
  );
  const endFigure = db.prepare<[number, string, number]>(
    'UPDATE published_figure SET to_version = ? WHERE release_id = ? AND id = ? AND to_version IS NULL',
  );
  return {
    release: (id: string) => release.get(id) ?? null,
    releases: () => releases.all(),
    latestVersion: (id: string) => latest.get(id) ?? 0,
    versions: (id: string) => versions.all(id),
    sources: (id: string, version: number) => sources.all(id, version),
    figures: (id: string, version: number) => figures.all(id, version, version),
    currentFigures: (id: string) => current.all(id),
    maxRow: (id: string) => maxRow.get(id) ?? 0,
    importedCount: (id: string) => imported.get(id) ?? 0,
    versionLoaded: (id: string, key: string) => loaded.get(id, key) ?? null,
    upsertRelease: (row: ReleaseRow) => upsertRelease.run(row),
    insertVersion: (row: ReleaseVersionRow & { release_id: string; load_key: string | null }) =>
      insertVersion.run(row),
    upsertSource: (row: ReleaseSourceRow & { release_id: string; from_version: number }) =>
      upsertSource.run(row),
    insertFigure: (
      row: Omit<PublishedFigureRow, 'id'> & { release_id: string; origin: 'seed' | 'import' },
    ) => insertFigure.run(row),
    supersede: (version: number, id: string, origin: 'seed' | 'import') =>
      supersede.run(version, id, origin).changes,
    endFigure: (version: number, id: string, figure: number) =>
      endFigure.run(version, id, figure).changes === 1,
  };
}
