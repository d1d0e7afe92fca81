import type { Database } from 'better-sqlite3';

/**
 * Versioned schema. Each entry runs once, in order, inside a transaction; `PRAGMA user_version` records
 * how many have run. Never edit a migration that has shipped: add a new one.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE dataset (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    illustrative INTEGER NOT NULL CHECK (illustrative IN (0, 1)),
    caveats TEXT NOT NULL -- JSON array of strings
  ) STRICT;

  -- A dataset version exists only once its load has committed: a failed load leaves no row.
  CREATE TABLE dataset_version (
    dataset_id TEXT NOT NULL REFERENCES dataset(id),
    version INTEGER NOT NULL CHECK (version > 0),
    created_at TEXT NOT NULL,
    note TEXT NOT NULL,
    PRIMARY KEY (dataset_id, version)
  ) STRICT;

  CREATE TABLE source (
    id INTEGER PRIMARY KEY,
    dataset_id TEXT NOT NULL REFERENCES dataset(id),
    key TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('foi', 'official', 'press', 'illustrative')),
    title TEXT NOT NULL,
    publisher TEXT NOT NULL,
    date TEXT,
    url TEXT,
    UNIQUE (dataset_id, key)
  ) STRICT;

  -- One published breakdown. Its facts are disjoint; different tables of one force and platform describe
  -- the same crimes and are never added together. A table belongs to the versions from_version up to,
  -- not including, to_version (NULL: still current).
  CREATE TABLE fact_table (
    id INTEGER PRIMARY KEY,
    dataset_id TEXT NOT NULL REFERENCES dataset(id),
    name TEXT NOT NULL,
    force_id TEXT NOT NULL,
    platform_id TEXT NOT NULL,
    complete INTEGER NOT NULL CHECK (complete IN (0, 1)),
    offence_level TEXT NOT NULL,
    outcome_level TEXT NOT NULL,
    origin TEXT NOT NULL CHECK (origin IN ('seed', 'import')),
    note TEXT,
    from_version INTEGER NOT NULL,
    to_version INTEGER
  ) STRICT;
  CREATE INDEX fact_table_dataset ON fact_table (dataset_id, force_id, platform_id);

  -- One published number. Periods are months as year * 12 + month - 1, inclusive. count NULL means
  -- suppressed by the force: neither zero nor a number.
  CREATE TABLE fact (
    table_id INTEGER NOT NULL REFERENCES fact_table(id),
    period_start INTEGER NOT NULL,
    period_end INTEGER NOT NULL CHECK (period_end >= period_start),
    offence_id TEXT NOT NULL,
    outcome_id TEXT NOT NULL,
    count INTEGER CHECK (count IS NULL OR count >= 0),
    source_id INTEGER REFERENCES source(id),
    as_published TEXT,
    note TEXT
  ) STRICT;
  CREATE INDEX fact_table_period ON fact (table_id, period_start);

  CREATE TABLE return_status (
    dataset_id TEXT NOT NULL REFERENCES dataset(id),
    force_id TEXT NOT NULL,
    platform_id TEXT NOT NULL,
    period_start INTEGER NOT NULL,
    period_end INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('provided', 'nil', 'refused', 'no_response', 'unknown', 'not_asked')),
    note TEXT,
    source_id INTEGER REFERENCES source(id),
    origin TEXT NOT NULL CHECK (origin IN ('seed', 'import')),
    from_version INTEGER NOT NULL,
    to_version INTEGER
  ) STRICT;
  CREATE INDEX return_status_dataset ON return_status (dataset_id, force_id, platform_id);
  `,
  // what an import loaded (a digest of its files and options), so that a rerun of a load that was
  // committed, by someone who never saw it finish, is told so instead of being refused as repeats
  `
  ALTER TABLE dataset_version ADD COLUMN load_key TEXT;
  CREATE INDEX dataset_version_load_key ON dataset_version (dataset_id, load_key);
  `,
  // the country's figure as a dataset's sources published it (JSON, NationalFigure in the contract):
  // beside the forces' figures, never a sum of them
  `
  ALTER TABLE dataset ADD COLUMN national TEXT;
  `,
  // a release of published figures that are served as published, never added up (the NSPCC platform
  // series): its definition (areas, offences, platforms) and its figures, versioned as datasets are. A
  // figure keeps the text of its row, so that the one check that reads a file reads the database too
  `
  CREATE TABLE release (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    definition TEXT NOT NULL -- JSON: data/platform-series/release.json
  ) STRICT;

  CREATE TABLE release_version (
    release_id TEXT NOT NULL REFERENCES release(id),
    version INTEGER NOT NULL CHECK (version > 0),
    created_at TEXT NOT NULL,
    note TEXT NOT NULL,
    origin TEXT NOT NULL CHECK (origin IN ('seed', 'import')),
    load_key TEXT,
    PRIMARY KEY (release_id, version)
  ) STRICT;

  CREATE TABLE release_source (
    id INTEGER PRIMARY KEY,
    release_id TEXT NOT NULL REFERENCES release(id),
    key TEXT NOT NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    publisher TEXT NOT NULL,
    date TEXT,
    url TEXT,
    from_version INTEGER NOT NULL,
    UNIQUE (release_id, key)
  ) STRICT;

  -- One figure as published. row is its number in the release (a shipped figure's line in the file;
  -- imported figures are numbered on from the last); file and line say where it was read. It belongs
  -- to the versions from_version up to, not including, to_version (NULL: still current).
  CREATE TABLE published_figure (
    id INTEGER PRIMARY KEY,
    release_id TEXT NOT NULL REFERENCES release(id),
    row INTEGER NOT NULL,
    area_kind TEXT NOT NULL,
    area TEXT NOT NULL,
    platform TEXT NOT NULL,
    table_name TEXT NOT NULL,
    complete TEXT NOT NULL,
    period TEXT NOT NULL,
    period_as_published TEXT NOT NULL,
    offence TEXT NOT NULL,
    outcome TEXT NOT NULL,
    value TEXT NOT NULL,
    unit TEXT NOT NULL,
    base TEXT NOT NULL,
    source TEXT NOT NULL,
    as_published TEXT NOT NULL,
    note TEXT NOT NULL,
    origin TEXT NOT NULL CHECK (origin IN ('seed', 'import')),
    file TEXT NOT NULL,
    line INTEGER NOT NULL,
    from_version INTEGER NOT NULL,
    to_version INTEGER
  ) STRICT;
  CREATE INDEX published_figure_release ON published_figure (release_id, from_version);
  `,
];

export function migrate(db: Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new Error(
      `The database is at schema version ${current}, newer than this code knows (${MIGRATIONS.length}).`,
    );
  }
  for (let i = current; i < MIGRATIONS.length; i++) {
    const sql = MIGRATIONS[i] ?? '';
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${i + 1}`);
    })();
  }
}
