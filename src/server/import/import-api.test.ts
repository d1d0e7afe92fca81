import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CountsResponse, MetaResponse, ReturnsResponse } from '@shared/contract.ts';
import { apiClient } from '@testing/api.ts';
import { ROOT } from '../config.ts';
import { openDatabase } from '../db/open.ts';
import { reportedPlan } from '../load/reported.ts';
import { writeLoad } from '../load/write.ts';
import { importFixtures, NOW, tempDir } from '@testing/import.ts';
import { runImport } from './run.ts';

/** An import as the API then tells it: the new source, the figures, the statuses, the versions. */

const tmp = tempDir();
afterAll(tmp.remove);

function shippedDb(name: string): string {
  const path = join(tmp.dir, name);
  const db = openDatabase(path);
  writeLoad(db, reportedPlan(join(ROOT, 'data', 'reported')), NOW);
  db.close();
  return path;
}

function api(path: string) {
  return apiClient(openDatabase(path));
}

const kentSource = {
  title: 'Kent Police FOI 2024/0457',
  publisher: 'Kent Police',
  date: '2024-07-01',
  kind: 'foi' as const,
};

describe('an imported return, through the API', async () => {
  const path = shippedDb('api.db');
  const result = await importFixtures(path, ['kent-bom.csv'], {
    platform: 'tiktok',
    source: kentSource,
  });

  it('is a new version whose meta lists the new source', async () => {
    expect(result.status === 'written' && result.summary.version).toBe(2);
    const { body } = await api(path).get<MetaResponse>('/api/v1/meta');
    expect(body.dataset.version).toBe(2);
    expect(body.dataset.versions.map((v) => v.note)).toEqual([
      'Published figures as shipped with the dashboard',
      'Import of kent-bom.csv',
    ]);
    expect(body.dataset.sources).toContainEqual({
      id: 'kent-police-foi-2024-0457-2024-07-01',
      kind: 'foi',
      title: 'Kent Police FOI 2024/0457',
      publisher: 'Kent Police',
      date: '2024-07-01',
      url: null,
    });
    expect(body.dataset.sources.map((s) => s.id)).toContain('gazette');
    // an import adds figures: the national figure as published stays, with its sources
    expect(body.dataset.national?.value).toBe(14000);
    expect(body.dataset.sources.map((s) => s.id)).toContain('shropshire');
  });

  it('answers with the imported figures and names their source', async () => {
    const { body } = await api(path).get<CountsResponse>(
      '/api/v1/counts?platform=tiktok&force=kent&interval=fy',
    );
    expect(body.totals.values).toEqual([1203, 1311, 1420]);
    expect(body.sources.map((s) => s.id)).toEqual(['kent-police-foi-2024-0457-2024-07-01']);
  });

  it('says the return was provided, where it was unknown before', async () => {
    const now = await api(path).get<ReturnsResponse>('/api/v1/returns?platform=tiktok&force=kent');
    expect(now.body.returns.map((r) => [r.period.label, r.status])).toEqual([
      ['2021/22', 'provided'],
      ['2022/23', 'provided'],
      ['2023/24', 'provided'],
    ]);
    const before = await api(path).get<ReturnsResponse>(
      '/api/v1/returns?platform=tiktok&force=kent&version=1',
    );
    expect(before.body.returns.map((r) => r.status)).toEqual(['unknown', 'unknown', 'unknown']);
  });

  it('replaces what it repeats with --replace, and never counts both', async () => {
    const again = await importFixtures(path, ['kent-bom.csv'], {
      platform: 'tiktok',
      source: { ...kentSource, title: 'Kent Police FOI 2024/0457 (revised)' },
      replace: true,
    });
    expect(again.status === 'written' && again.summary.replaced.map((t) => t.name)).toEqual([
      'totals',
      'offences',
      'outcomes',
    ]);
    const { body } = await api(path).get<CountsResponse>(
      '/api/v1/counts?platform=tiktok&force=kent&interval=fy',
    );
    expect(body.totals.values).toEqual([1203, 1311, 1420]);
    expect(body.sources.map((s) => s.id)).toEqual(['kent-police-foi-2024-0457-revised-2024-07-01']);
  });
});

describe('an import that repeats the shipped figures', () => {
  const path = shippedDb('shipped.db');
  const csv = join(tmp.dir, 'lancashire.csv');
  writeFileSync(
    csv,
    'Force,Period,Count\nLancashire,2021/22,71\nLancashire,2022/23,66\nLancashire,2023/24,99\n',
  );
  const run = async (replace: boolean) =>
    await runImport({
      files: [{ path: csv, label: 'lancashire.csv' }],
      dbPath: path,
      dataset: 'reported',
      source: { kind: 'foi', title: 'Lancashire FOI' },
      platform: 'tiktok',
      replace,
      now: NOW,
    });

  it('is refused, naming the shipped table', async () => {
    expect(await run(false)).toMatchObject({
      status: 'refused',
      problems: [
        "lancashire.csv:2: rows 2–4 (Lancashire Constabulary, TikTok, 2021/22, 2022/23, 2023/24, totals) repeat table 'totals', loaded in version 1 on 2026-01-15 (the shipped figures); give --replace to supersede it",
      ],
    });
  });

  it('supersedes it with --replace: the revision is the figure', async () => {
    expect((await run(true)).status).toBe('written');
    const { body } = await api(path).get<CountsResponse>(
      '/api/v1/counts?platform=tiktok&force=lancashire&interval=fy',
    );
    expect(body.totals.values).toEqual([71, 66, 99]);
  });

  it('refuses to put real returns in the illustrative demo', async () => {
    const demo = join(tmp.dir, 'demo.db');
    const db = openDatabase(demo);
    writeLoad(
      db,
      {
        ...reportedPlan(join(ROOT, 'data', 'reported')),
        dataset: { id: 'demo', title: 'Demo', description: '', illustrative: true, caveats: [] },
      },
      NOW,
    );
    db.close();
    await expect(
      runImport({
        files: [{ path: csv, label: 'lancashire.csv' }],
        dbPath: demo,
        dataset: 'demo',
        source: { kind: 'foi' },
        platform: 'tiktok',
        now: NOW,
      }),
    ).rejects.toThrow(
      "dataset 'demo' is illustrative (invented figures); import real returns into another dataset",
    );
  });

  it('refuses a dataset the database does not hold, unless told to start it', async () => {
    const path = shippedDb('typo.db');
    const before = readFileSync(path);
    await expect(
      importFixtures(path, ['kent-bom.csv'], { platform: 'tiktok', dataset: 'reportd' }),
    ).rejects.toThrow(
      `--dataset 'reportd' is not a dataset in ${path}; did you mean 'reported'? (it holds 'reported'); give --new-dataset to start a new one`,
    );
    expect(readFileSync(path).equals(before)).toBe(true);
    const started = await importFixtures(path, ['kent-bom.csv'], {
      platform: 'tiktok',
      dataset: 'kent-returns',
      newDataset: true,
    });
    expect(started.status).toBe('written');
    const { body } = await api(path).get<MetaResponse>('/api/v1/meta');
    expect(body.datasets.map((d) => d.id)).toEqual(['reported', 'kent-returns']);
  });
});
