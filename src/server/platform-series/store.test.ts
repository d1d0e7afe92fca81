import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MetaResponseSchema } from '@shared/meta-releases.ts';
import { apiClient } from '@testing/api.ts';
import { bytesOf, tempDir } from '@testing/import.ts';
import { fact, table, testDb, testPlan, TEST_NOW } from '@testing/db.ts';
import { openDatabase } from '../db/open.ts';
import { createSeriesQueries } from '../db/queries.ts';
import { LoadError } from '../load/write.ts';
import { SeedRefused } from '../load/seed.ts';
import { openReadOnly } from '../startup.ts';
import { readPlatformSeries, readSeriesFiles, readStoredSeries, SERIES_RELEASE } from './read.ts';
import { seedSeries, seriesMissing } from './seed.ts';
import { writeSeriesLoad } from './write.ts';

const FILES = readSeriesFiles();

/** a row of the series table, as the file writes it */
const record = (over: Partial<Record<string, string>> = {}) => ({
  area_kind: 'region',
  area: 'wales',
  platform: '*',
  table: 'totals',
  complete: 'yes',
  period: '2019/20',
  period_as_published: '2019/20',
  offence: '71/17',
  outcome: '*',
  value: '123',
  unit: 'count',
  base: '',
  source: FILES.sources[0]?.id ?? '',
  as_published: '123 offences in Wales',
  note: '',
  ...over,
});

describe('the platform series in the database', () => {
  it('is stored by the seed and read back exactly as the files give it', () => {
    const db = testDb();
    const stored = readStoredSeries(db);
    expect(stored?.version).toBe(1);
    // the same figures, rows, bases, disagreements and order: the API's answers (and ETags) are
    // what they were when the files were read at start
    expect(JSON.stringify(stored?.series)).toBe(JSON.stringify(readPlatformSeries()));
  });

  it('is rebuilt by the seed as a new version, and refused once an import has added to it', () => {
    const db = testDb();
    expect(seedSeries(db, TEST_NOW)).toMatchObject({ release: SERIES_RELEASE, version: 2 });
    expect(readStoredSeries(db)?.series.figures).toHaveLength(FILES.rows.length);
    writeSeriesLoad(
      db,
      {
        definition: FILES.definition,
        note: 'Import of wales.csv',
        origin: 'import',
        sources: [],
        figures: [{ file: 'wales.csv', line: 2, record: record() }],
        numbering: 'next',
      },
      TEST_NOW,
    );
    expect(() => seedSeries(db, TEST_NOW)).toThrow(SeedRefused);
    expect(createSeriesQueries(db).latestVersion(SERIES_RELEASE)).toBe(3);
    // forced, the shipped figures are rebuilt and the imported one stays
    expect(seedSeries(db, TEST_NOW, { force: true }).version).toBe(4);
    const figures = readStoredSeries(db)?.series.figures ?? [];
    expect(figures).toHaveLength(FILES.rows.length + 1);
    expect(figures.at(-1)).toMatchObject({ area: 'wales', areaKind: 'region', value: 123 });
  });

  it('refuses a load with any bad row, naming each, and writes nothing', () => {
    const db = testDb();
    const bad = () =>
      writeSeriesLoad(
        db,
        {
          definition: FILES.definition,
          note: 'bad',
          origin: 'import',
          sources: [],
          figures: [
            { file: 'x.csv', line: 2, record: record() },
            { file: 'x.csv', line: 3, record: record({ area: 'midlands' }) },
            {
              file: 'x.csv',
              line: 4,
              record: record({ table: 'platform-share', unit: 'percent', value: '12' }),
            },
          ],
          numbering: 'next',
        },
        TEST_NOW,
      );
    expect(bad).toThrow(LoadError);
    try {
      bad();
    } catch (e) {
      expect((e as LoadError).problems).toEqual([
        expect.stringMatching(/^x\.csv:3: 'midlands' is not a region of the release.*'south-east'/),
        expect.stringMatching(/^x\.csv:4: a share carries its base: give base 'platform-known'/),
      ]);
    }
    expect(createSeriesQueries(db).latestVersion(SERIES_RELEASE)).toBe(1);
    expect(readStoredSeries(db)?.series.figures).toHaveLength(FILES.rows.length);
  });

  it('is given to a database made before it was stored, on the first start that writes', () => {
    const db = testDb(testPlan([]));
    expect(seriesMissing(db)).toBe(false);
    const empty = openDatabase(':memory:');
    expect(seriesMissing(empty)).toBe(true);
  });

  it('is answered with a 503 that says how to store it where the database has none', async () => {
    const r = await apiClient(openDatabase(':memory:')).get<{
      error: { code: string; message: string };
    }>('/api/v1/platform-series');
    expect(r.status).toBe(503);
    expect(r.body.error.code).toBe('series_unavailable');
    expect(r.body.error.message).toContain('npm run seed');
  });

  it('is served by a read-only server without writing', async () => {
    const { dir, remove } = tempDir();
    try {
      const path = join(dir, 'crime.db');
      const writer = openDatabase(path);
      seedSeries(writer, TEST_NOW);
      writer.close();
      const before = bytesOf(path);
      const db = openDatabase(path, { readonly: true });
      const api = apiClient(db);
      const r = await api.get<{ figures: unknown[] }>('/api/v1/platform-series?area=kent');
      expect(r.status).toBe(200);
      expect(r.body.figures.length).toBeGreaterThan(0);
      db.close();
      expect(bytesOf(path).equals(before)).toBe(true);
      // openReadOnly itself refuses a database without the shipped datasets: the series alone
      // does not make one servable
      expect(() => openReadOnly(path)).toThrow(/lacks the shipped datasets/);
    } finally {
      remove();
    }
  });

  it('answers with a new ETag, and the new figures, once a new version is stored', async () => {
    const db = testDb(testPlan([table('kent', 'totals', [fact('2023/24', '*', '*', 9)])]));
    const api = apiClient(db);
    const before = await api.get('/api/v1/platform-series?area=wales');
    const etag = before.headers.get('ETag') ?? '';
    writeSeriesLoad(
      db,
      {
        definition: FILES.definition,
        note: 'Import of wales.csv',
        origin: 'import',
        sources: [],
        figures: [{ file: 'wales.csv', line: 2, record: record() }],
        numbering: 'next',
      },
      TEST_NOW,
    );
    const after = await api.get<{ figures: { value: number | null; row: number }[] }>(
      '/api/v1/platform-series?area=wales',
      { 'If-None-Match': etag },
    );
    expect(after.status).toBe(200);
    expect(after.headers.get('ETag')).not.toBe(etag);
    expect(after.body.figures.map((f) => f.value)).toContain(123);
    // numbered on from the shipped file's last line
    expect(Math.max(...after.body.figures.map((f) => f.row))).toBe(FILES.rows.length + 2);
    const meta = MetaResponseSchema.parse((await api.get('/api/v1/meta')).body);
    expect(meta.releases[0]?.version).toBe(2);
  });
});
