import type { Db } from '../db/open.ts';
import { createSeriesQueries, hasSeriesTables } from '../db/queries.ts';
import { SeedRefused } from '../load/seed.ts';
import { readSeriesFiles, SERIES_DIR, SERIES_FILE, SERIES_RELEASE } from './read.ts';
import { writeSeriesLoad, type SeriesLoadResult } from './write.ts';

/** the note of a version the seed wrote */
export const SERIES_SEED_NOTE = 'Shipped published figures (data/platform-series)';

/**
 * Build (or rebuild, as a new version) the shipped platform series from its files. A release that
 * imports have added to is left alone unless forced, as the shipped datasets are.
 */
export function seedSeries(
  db: Db,
  now: Date,
  options: { force?: boolean; dir?: string } = {},
): SeriesLoadResult {
  const files = readSeriesFiles(options.dir ?? SERIES_DIR);
  const id = files.definition.id;
  if (createSeriesQueries(db).importedCount(id) > 0 && !options.force)
    throw new SeedRefused(
      `Imports have added to the release '${id}': rebuilding it would put back shipped figures beside the imported ones. Nothing was changed. Use a new DB_PATH for a fresh database, or --force to rebuild anyway.`,
    );
  return writeSeriesLoad(
    db,
    {
      definition: files.definition,
      note: SERIES_SEED_NOTE,
      origin: 'seed',
      supersede: 'seed',
      sources: files.sources,
      figures: files.rows.map((r) => ({ file: SERIES_FILE, line: r.line, record: r.record })),
      numbering: 'line',
      sourceHint: 'a source id of sources.csv',
    },
    now,
  );
}

/** Whether the database lacks the shipped series (a new one, or one made before it was stored). */
export function seriesMissing(db: Db): boolean {
  return !hasSeriesTables(db) || createSeriesQueries(db).latestVersion(SERIES_RELEASE) === 0;
}
