import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MetaResponseSchema } from '@shared/meta-releases.ts';
import { PlatformSeriesResponseSchema } from '@shared/platform-series.ts';
import { apiClient } from '@testing/api.ts';
import { fact, table, testPlan } from '@testing/db.ts';
import { bytesOf, FIXTURES, importFixtures, NOW, tempDir } from '@testing/import.ts';
import { ROOT } from '../config.ts';
import { openDatabase } from '../db/open.ts';
import { writeLoad } from '../load/write.ts';
import { readSeriesFiles } from '../platform-series/read.ts';
import { seedSeries } from '../platform-series/seed.ts';
import { runImport, UsageError } from './run.ts';

/** A series table imported as a version of the platform series, and what the API then serves. */

const tmp = tempDir();
afterAll(tmp.remove);
const SHIPPED = readSeriesFiles().rows.length;

/** a database as a first start leaves it: a dataset, and the shipped series as version 1 */
function shippedDb(name: string): string {
  const path = join(tmp.dir, name);
  const db = openDatabase(path);
  writeLoad(db, testPlan([table('kent', 'totals', [fact('2023/24', '*', '*', 9)])]), NOW);
  seedSeries(db, NOW);
  db.close();
  return path;
}

async function series(path: string, query = '') {
  const db = openDatabase(path, { readonly: true });
  try {
    const r = await apiClient(db).get(`/api/v1/platform-series${query}`);
    expect(r.status).toBe(200);
    return { etag: r.headers.get('ETag'), body: PlatformSeriesResponseSchema.parse(r.body) };
  } finally {
    db.close();
  }
}

const source = {
  title: 'NSPCC FOI figures 2025',
  publisher: 'NSPCC',
  date: '2025-06-01',
  kind: 'press' as const,
};

describe('importing a series table', () => {
  it('adds a version of the release whose figures the API then serves, each as published', async () => {
    const path = shippedDb('three.db');
    const before = await series(path);
    const result = await importFixtures(path, ['series-three.csv'], { source });
    expect(result).toMatchObject({ status: 'series', mode: 'written' });
    if (result.status !== 'series') return;
    expect(result.summary).toMatchObject({
      release: 'nspcc-grooming',
      version: 2,
      figures: 3,
      byKind: { force: 1, region: 1, country: 1 },
      shares: 1,
      periods: ['2019/20', '2024/25', '2018-04..2018-09'],
    });

    const after = await series(path);
    expect(after.etag).not.toBe(before.etag);
    expect(after.body.figures).toHaveLength(SHIPPED + 3);
    const added = after.body.figures.filter(
      (f) => f.source === 'nspcc-foi-figures-2025-2025-06-01',
    );
    // numbered on from the shipped file's last line, in the order of the file
    expect(added.map((f) => f.row)).toEqual([SHIPPED + 2, SHIPPED + 3, SHIPPED + 4]);
    const [region, share, half] = added;
    // the West Midlands region, not the force of the same id
    expect(region).toMatchObject({ area: 'west-midlands', areaKind: 'region', value: 205 });
    expect(region?.period).toMatchObject({ kind: 'financial-year', id: '2019/20' });
    // the share keeps its base: the UK's 2,111 platform-known offences of 2024/25
    expect(share).toMatchObject({ platform: 'kik', table: 'platform-share', unit: 'percent' });
    expect(share?.base).toMatchObject({ table: 'platform-known', value: 2111 });
    expect(half?.period).toMatchObject({ kind: 'months', months: 6, start: '2018-04' });
    expect(half?.periodAsPublished).toBe('April to September 2018');
    expect(after.body.sources.map((s) => s.id)).toContain('nspcc-foi-figures-2025-2025-06-01');

    // asked for by area and kind, as a reader would
    const wm = await series(path, '?area=west-midlands&kind=region');
    expect(wm.body.figures.map((f) => f.value)).toContain(205);
    const forceOnly = await series(path, '?area=west-midlands&kind=force');
    expect(forceOnly.body.figures.map((f) => f.value)).not.toContain(205);

    // meta names the new version
    const db = openDatabase(path, { readonly: true });
    const meta = MetaResponseSchema.parse((await apiClient(db).get('/api/v1/meta')).body);
    db.close();
    expect(meta.releases[0]?.version).toBe(2);
    expect(meta.releases[0]?.versions.map((v) => v.note)).toEqual([
      'Shipped published figures (data/platform-series)',
      'Import of series-three.csv',
    ]);
  });

  it('keeps each version: a link pinned to version 1 gets the figures as they were, for a year', async () => {
    const path = shippedDb('pinned.db');
    const first = await series(path, '?version=1');
    expect(first.body.release.version).toBe(1);
    await importFixtures(path, ['series-three.csv'], { source });
    const db = openDatabase(path, { readonly: true });
    try {
      const api = apiClient(db);
      const pinned = await api.get('/api/v1/platform-series?version=1');
      expect(pinned.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
      const body = PlatformSeriesResponseSchema.parse(pinned.body);
      expect(body.figures).toEqual(first.body.figures);
      expect(body.release.version).toBe(1);
      const latest = PlatformSeriesResponseSchema.parse(
        (await api.get('/api/v1/platform-series')).body,
      );
      expect(latest.release.version).toBe(2);
      expect(latest.figures).toHaveLength(SHIPPED + 3);
      expect((await api.get('/api/v1/platform-series')).headers.get('Cache-Control')).toMatch(
        /max-age=0/,
      );
      for (const bad of ['3', '0', 'latest', '1.5'])
        expect((await api.get(`/api/v1/platform-series?version=${bad}`)).body).toMatchObject({
          error: {
            code: 'invalid_version',
            parameter: 'version',
            message: `'${bad}' is not a version of the platform series; use a whole number from 1 to 2, the latest.`,
          },
        });
    } finally {
      db.close();
    }
  });

  it('refuses a file with bad rows, naming each row, what is wrong and what is allowed, and changes nothing', async () => {
    const path = shippedDb('bad.db');
    const bytes = bytesOf(path);
    const before = await series(path);
    const result = await importFixtures(path, ['series-bad.csv'], { source });
    expect(result.status).toBe('refused');
    if (result.status !== 'refused') return;
    expect(result.of).toBe("release 'nspcc-grooming'");
    expect(result.version).toBe(1);
    const problems = result.problems.join('\n');
    expect(result.problems).toHaveLength(4);
    expect(problems).toMatch(
      /^series-bad\.csv:2: 'midlands' is not a region of the release.*expected 'south-east'/m,
    );
    expect(problems).toMatch(
      /^series-bad\.csv:3: '2018-04\.\.2018-13' is not a period; expected a financial year \(2023\/24\), a calendar year \(2022\), months \(2018-04\.\.2018-09\)/m,
    );
    expect(problems).toMatch(
      /^series-bad\.csv:4: a share carries its base: give base 'platform-known'/m,
    );
    expect(problems).toMatch(
      /^series-bad\.csv:6: platform 'tiktok' is not a platform of the release; expected '\*' for all, one of 'snapchat'/m,
    );
    expect(bytesOf(path).equals(bytes)).toBe(true);
    const after = await series(path);
    expect(after.etag).toBe(before.etag);
    expect(after.body.figures).toHaveLength(SHIPPED);
  });

  it('checks without writing on --dry-run, and is told when it was loaded before', async () => {
    const path = shippedDb('dry.db');
    const bytes = bytesOf(path);
    const dry = await importFixtures(path, ['series-three.csv'], { source, dryRun: true });
    expect(dry).toMatchObject({ status: 'series', mode: 'dry-run', summary: { version: 2 } });
    expect(bytesOf(path).equals(bytes)).toBe(true);
    const bad = await importFixtures(path, ['series-bad.csv'], { source, dryRun: true });
    expect(bad.status === 'refused' && bad.problems).toHaveLength(4);

    await importFixtures(path, ['series-three.csv'], { source });
    const again = await importFixtures(path, ['series-three.csv'], { source });
    expect(again).toMatchObject({ status: 'already', version: 2, of: "release 'nspcc-grooming'" });
  });

  it('refuses a figure it repeats (same cell and source) unless --replace, which supersedes it', async () => {
    const path = shippedDb('repeat.db');
    await importFixtures(path, ['series-three.csv'], { source });
    // a blank source cell is the run's own source: under another title the rows are a second
    // source's figures for the same cells, kept beside the first
    const other = await importFixtures(path, ['series-three.csv'], {
      source: { ...source, title: 'NSPCC FOI figures 2025 (another version)' },
    });
    expect(other.status).toBe('series');
    // from the same source, they repeat what is loaded
    const same = await importFixtures(path, ['series-three.csv'], { source, partial: true });
    expect(same.status).toBe('refused');
    expect(same.status === 'refused' && same.problems).toHaveLength(3);
    expect(same.status === 'refused' && same.problems[0]).toMatch(
      /^series-three\.csv:3: repeats figure \d+ \(region west-midlands, \*, totals, 2019\/20, source 'nspcc-foi-figures-2025-2025-06-01': 205\), loaded in version 2; give --replace/,
    );
    const replaced = await importFixtures(path, ['series-three.csv'], {
      source,
      partial: true,
      replace: true,
    });
    expect(replaced).toMatchObject({ status: 'series', summary: { version: 4, replaced: 3 } });
    const after = await series(path);
    expect(after.body.figures).toHaveLength(SHIPPED + 6);
    const mine = after.body.figures.filter((f) => f.source === 'nspcc-foi-figures-2025-2025-06-01');
    expect(mine.map((f) => f.complete)).toEqual([false, false, false]);
  });

  it('lists repeats and bad rows together, in the order of the file', async () => {
    const path = shippedDb('mixed.db');
    await importFixtures(path, ['series-three.csv'], { source });
    const file = join(tmp.dir, 'mixed.csv');
    writeFileSync(
      file,
      [
        'area_kind,area,platform,table,period,offence,value,unit,base,source',
        'force,kent,*,totals,2019/20,71/17,-3,count,,',
        'region,west-midlands,*,totals,2019/20,71/17,205,count,,nspcc-foi-figures-2025-2025-06-01',
        'country,wales,*,totals,2019/20,71/17,10,count,,',
      ].join('\n'),
    );
    const r = await runImport({
      files: [{ path: file, label: 'mixed.csv' }],
      dbPath: path,
      dataset: 'reported',
      source: { kind: 'foi' },
      now: NOW,
    });
    expect(r.status).toBe('refused');
    const problems = r.status === 'refused' ? r.problems : [];
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(
      /^mixed\.csv:2: value '-3' is not a count; expected a whole number/,
    );
    expect(problems[1]).toMatch(/^mixed\.csv:3: repeats figure \d+ \(region west-midlands/);
    expect(problems[2]).toMatch(
      /^mixed\.csv:4: 'wales' is not a country of the release; it is a region/,
    );
  });

  it('is refused as a usage error beside returns, with --platform, or where no series is stored', async () => {
    const path = shippedDb('usage.db');
    await expect(importFixtures(path, ['series-three.csv', 'kent-bom.csv'])).rejects.toThrow(
      /'series-three\.csv' is a series table \(an area_kind column\) and the other files are returns/,
    );
    await expect(
      importFixtures(path, ['series-three.csv'], { platform: 'tiktok' }),
    ).rejects.toThrow(UsageError);
    const bare = join(tmp.dir, 'bare.db');
    openDatabase(bare).close();
    await expect(importFixtures(bare, ['series-three.csv'])).rejects.toThrow(
      /holds no platform series release 'nspcc-grooming'; store it first/,
    );
  });

  it('prints what it added, and a refusal row by row, from the command line', () => {
    const path = shippedDb('cli.db');
    const cli = (args: string[]) =>
      spawnSync(
        process.execPath,
        ['--import', 'tsx', join(ROOT, 'scripts', 'import.ts'), ...args],
        {
          cwd: FIXTURES,
          env: { ...process.env, DB_PATH: path, INIT_CWD: FIXTURES },
          encoding: 'utf8',
        },
      );
    const bad = cli(['series-bad.csv']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('series-bad.csv:2: ');
    expect(bad.stderr).toContain(
      "Refused: 4 problems. Nothing was written; version 1 of release 'nspcc-grooming' is still the current one.",
    );
    const good = cli(['series-three.csv', '--source', 'NSPCC FOI figures 2025']);
    expect(good.status, good.stderr).toBe(0);
    expect(good.stdout).toContain('1 file, 3 rows read as a series table:');
    expect(good.stdout).toContain(
      'Figures added: 3 figures (1 force, 1 region, 1 country; 1 share with its base)',
    );
    expect(good.stdout).toMatch(/Added version 2 of release 'nspcc-grooming' to .*cli\.db\./);
  });
});
