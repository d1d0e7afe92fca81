import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import type { CountsResponse, MetaResponse, ReturnsResponse } from '@shared/contract.ts';
import { formatMonth } from '@shared/period.ts';
import { apiClient } from '@testing/api.ts';
import { testDb } from '@testing/db.ts';
import { tempDir } from '@testing/import.ts';
import { ROOT } from '../config.ts';
import { parseFinancialYears, reportedPlan } from './reported.ts';

/**
 * Every figure in the published data files comes back from the API exactly, for the cell it describes:
 * the same force, platform, period and offence or outcome. The files are read here independently of
 * the loader, so a figure the loader dropped or altered fails.
 */

const dir = join(ROOT, 'data', 'reported');
const rows: Record<string, string>[] = parse(readFileSync(join(dir, 'tiktok-foi-2024.csv')), {
  bom: true,
  columns: true,
  skip_empty_lines: true,
});
const db = testDb(reportedPlan(dir));
const api = apiClient(db);

describe('the published figures', () => {
  it('are all there: one fact per published row', () => {
    expect(rows.length).toBe(62);
  });

  it.each(rows.map((r, i) => [i + 2, r] as const))(
    'row %i is returned exactly',
    async (_line, row) => {
      const period = parseFinancialYears(row.period ?? '');
      expect(period).not.toBeNull();
      const params = new URLSearchParams({
        platform: row.platform ?? '',
        force: row.force ?? '',
        from: formatMonth(period?.start ?? 0),
        to: formatMonth(period?.end ?? 0),
        interval: 'total',
      });
      if (row.offence !== '*') params.set('offence', row.offence ?? '');
      if (row.outcome !== '*') params.set('outcome', row.outcome ?? '');
      const { status, body } = await api.get<CountsResponse>(`/api/v1/counts?${params}`);
      expect(status).toBe(200);
      expect(body.totals.values).toEqual([Number(row.count)]);
      expect(body.totals.missing).toEqual([[]]);
      expect(body.sources.map((s) => s.id)).toContain(row.source);
      // the source's own words and the caveat beside the figure reach whoever reads it
      if (row.as_published || row.note)
        expect(body.wording).toContainEqual(
          expect.objectContaining({
            force: row.force,
            count: Number(row.count),
            asPublished: row.as_published === '' ? null : row.as_published,
            note: row.note === '' ? null : row.note,
            source: row.source,
          }),
        );
    },
  );

  it('answers 36 forces as unknown, never zero', async () => {
    const { body } = await api.get<CountsResponse>(
      '/api/v1/counts?platform=tiktok&by=force&interval=fy',
    );
    const withFigures = new Set(rows.map((r) => r.force));
    expect(withFigures.size).toBe(8);
    const unknown = body.series.filter((s) => !withFigures.has(s.key));
    expect(unknown).toHaveLength(36);
    for (const s of unknown) expect(s.values).toEqual([null, null, null]);
    const returns = await api.get<ReturnsResponse>('/api/v1/returns?platform=tiktok');
    expect(returns.body.summary).toMatchObject({ provided: 24, unknown: 108 });
  });

  it('keeps what does not reconcile visible (Lancashire 2023/24)', async () => {
    const { body } = await api.get<CountsResponse>(
      '/api/v1/counts?platform=tiktok&force=lancashire&from=2023-04&to=2024-03',
    );
    expect(body.totals.values).toEqual([98]);
    expect(body.notes.filter((n) => n.kind === 'disagreement')).toMatchObject([
      { code: 'disagreement', forces: ['lancashire'], periods: ['2023/24'], table: 'offence' },
      { code: 'disagreement', forces: ['lancashire'], periods: ['2023/24'], table: 'outcome' },
    ]);
    expect(body.notes.filter((n) => n.kind === 'disagreement')).toMatchObject([
      { sum: 185, against: 'total', total: 98 },
      { sum: 137, against: 'total', total: 98 },
    ]);
  });

  it('says which forces are missing from a breakdown and why', async () => {
    const { body } = await api.get<CountsResponse>(
      '/api/v1/counts?platform=tiktok&force=lancashire&by=outcomeGroup',
    );
    expect(body.totals.values).toEqual([null, null, 137]);
    expect(body.notes).toContainEqual(
      expect.objectContaining({
        code: 'published-for-other-periods',
        forces: ['lancashire'],
        periods: ['2021/22', '2022/23'],
        table: 'outcome',
        publishedFor: ['2023/24', '2021/22 to 2023/24'],
      }),
    );
  });

  it("reads Blog Preston's three charges as over the three years, and the Gazette's as 2023/24", async () => {
    const { body } = await api.get<CountsResponse>(
      '/api/v1/counts?platform=tiktok&force=lancashire&by=outcomeGroup&interval=total',
    );
    expect(body.series.map((s) => [s.key, s.values])).toEqual([
      ['charged-summonsed', [3]],
      ['not-broken-down', [232]],
    ]);
    expect(body.sources.map((s) => s.id).sort()).toEqual(['blogpreston', 'gazette']);
  });

  it('reads "no charges over three years" as no charges in each year, and nothing more', async () => {
    const { body } = await api.get<CountsResponse>(
      '/api/v1/counts?platform=tiktok&force=dyfed-powys&by=outcomeGroup',
    );
    expect(body.series.map((s) => [s.key, s.values])).toEqual([
      ['charged-summonsed', [0, 0, 0]],
      ['not-broken-down', [22, 42, 42]],
    ]);
  });

  describe('a closer look shows the figures of the row it opens', () => {
    const year = 'platform=tiktok&from=2023-04&to=2024-03';
    const valuesOf = (r: CountsResponse) =>
      Object.fromEntries(
        r.series.filter((s) => s.kind === 'series').map((s) => [s.key, s.values[0]]),
      );

    it.each([
      ['offenceGroup', 'offence'],
      ['outcomeGroup', 'outcome'],
    ] as const)(
      'each %s of the breakdown of all forces is its own filtered answer',
      async (by, dim) => {
        const { body: all } = await api.get<CountsResponse>(`/api/v1/counts?${year}&by=${by}`);
        const rows = valuesOf(all);
        // Violence against the person is both the forces' listed offences and Northamptonshire's group
        expect(Object.keys(rows).length).toBeGreaterThan(2);
        for (const [key, value] of Object.entries(rows)) {
          const { body } = await api.get<CountsResponse>(
            `/api/v1/counts?${year}&by=${by}&${dim}=${key}`,
          );
          expect([key, body.totals.values[0]]).toEqual([key, value]);
        }
      },
    );

    it('each offence subgroup of the breakdown of all forces is in its group’s closer look', async () => {
      const { body: meta } = await api.get<MetaResponse>('/api/v1/meta');
      const parent = new Map(meta.offences.map((o) => [o.id, o.parent]));
      const { body: all } = await api.get<CountsResponse>(
        `/api/v1/counts?${year}&by=offenceSubgroup`,
      );
      const rows = Object.entries(valuesOf(all)).filter(([key]) => parent.get(key));
      expect(rows.length).toBeGreaterThan(2);
      for (const [key, value] of rows) {
        const { body } = await api.get<CountsResponse>(
          `/api/v1/counts?${year}&by=offenceSubgroup&offence=${parent.get(key) ?? ''}`,
        );
        expect([key, valuesOf(body)[key]]).toEqual([key, value]);
      }
    });

    it("counts a selection's rows in the breakdown, never in the crimes", async () => {
      const { body } = await api.get<CountsResponse>(`/api/v1/counts?${year}&by=outcomeGroup`);
      // Derbyshire (2) and Northamptonshire (1) published charges and no total: the overview's card
      // counts them too
      expect(valuesOf(body)['charged-summonsed']).toBe(6);
      const { body: card } = await api.get<CountsResponse>(
        `/api/v1/counts?${year}&by=force&outcome=charged-summonsed`,
      );
      expect(card.totals.values).toEqual([6]);
      expect(body.crimes.missing[0]).toEqual(
        expect.arrayContaining(['derbyshire', 'northamptonshire']),
      );
      expect(body.notes.find((n) => n.code === 'selection')?.forces).toEqual(
        expect.arrayContaining(['derbyshire', 'northamptonshire']),
      );
    });
  });
});

describe('the national figure as published', () => {
  const tmp = tempDir();
  afterAll(tmp.remove);
  const withNational = (change: (national: Record<string, unknown>) => void) => {
    const copy = join(tmp.dir, String(Math.random()).slice(2));
    cpSync(dir, copy, { recursive: true });
    const file = join(copy, 'dataset.json');
    const info = JSON.parse(readFileSync(file, 'utf8')) as { national: Record<string, unknown> };
    change(info.national);
    writeFileSync(file, JSON.stringify(info));
    return copy;
  };

  it('is loaded with its period in months, beside the figures and not from them', () => {
    const { national } = reportedPlan(dir).dataset;
    expect(national).toMatchObject({
      value: 14000,
      period: { label: '2021/22 to 2023/24', start: '2021-04', end: '2024-03' },
      alternative: { value: 140000 },
    });
  });

  it('refuses a source that sources.csv does not list, and a period that is not financial years', () => {
    const unlisted = withNational((n) => {
      n.sources = ['nowhere'];
    });
    expect(() => reportedPlan(unlisted)).toThrow(
      "dataset.json national: source 'nowhere' is not in sources.csv",
    );
    const calendar = withNational((n) => {
      n.period = '2021-2023';
    });
    expect(() => reportedPlan(calendar)).toThrow(/period '2021-2023' is not a financial year/);
  });
});

describe('platforms in the published figures', () => {
  it('are TikTok alone: every platform asked for is one platform, and its figures crimes', async () => {
    const { body } = await api.get<CountsResponse>('/api/v1/counts?platform=all');
    expect(body.counted).toBe('crimes');
    expect(body.series[0]?.label).toBe('All recorded crimes in the selection');
  });
});
