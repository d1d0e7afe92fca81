import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { ErrorResponseSchema } from '@shared/contract.ts';
import {
  PlatformSeriesResponseSchema,
  type PlatformSeriesResponse,
  type SeriesFigure,
} from '@shared/platform-series.ts';
import { apiClient } from '@testing/api.ts';
import { testDb, testPlan } from '@testing/db.ts';
import { SERIES_DIR } from '../platform-series/read.ts';

const api = apiClient(testDb(testPlan([], [], 'demo')));

/** the figures file, read on its own: the API must give back each of its cells as written */
const FILE: Record<string, string>[] = parseCsv(
  readFileSync(join(SERIES_DIR, 'nspcc-grooming.csv')),
  { columns: true, bom: true, skip_empty_lines: true },
);

async function series(query = ''): Promise<PlatformSeriesResponse> {
  const r = await api.get(`/api/v1/platform-series${query}`);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return PlatformSeriesResponseSchema.parse(r.body);
}

const at = (body: PlatformSeriesResponse, row: number): SeriesFigure => {
  const f = body.figures.find((x) => x.row === row);
  if (!f) throw new Error(`no figure from line ${row}`);
  return f;
};

describe('GET /api/v1/platform-series', () => {
  it('returns every figure of the file exactly, in its own cell, with its source and words', async () => {
    const all = await series();
    expect(all.figures).toHaveLength(FILE.length);
    expect(FILE.length).toBeGreaterThan(140);
    const sources = new Set(all.sources.map((s) => s.id));
    for (const [i, r] of FILE.entries()) {
      const query = new URLSearchParams({
        offence: r.offence ?? '',
        area: r.area ?? '',
        table: r.table ?? '',
        platform: r.platform ?? '',
      });
      const cell = await series(`?${query.toString()}`);
      const f = at(cell, i + 2);
      expect(f.area).toBe(r.area);
      expect(f.areaKind).toBe(r.area_kind);
      expect(f.platform).toBe(r.platform);
      expect(f.table).toBe(r.table);
      expect(f.period?.id ?? '').toBe(r.period);
      expect(f.periodAsPublished).toBe(r.period_as_published);
      expect(f.value).toBe(r.value === '' ? null : Number(r.value));
      expect(f.source).toBe(r.source);
      expect(sources.has(f.source)).toBe(true);
      expect(f.asPublished).toBe(r.as_published);
      // every figure in the answer is of the cell asked for: no region's figure under a force, no
      // group under its members
      for (const other of cell.figures) {
        expect(other.area).toBe(r.area);
        // the West Midlands is a force and a region: both answer to its id, each as its own kind
        if (r.area !== 'west-midlands') expect(other.areaKind).toBe(r.area_kind);
        expect(other.platform).toBe(r.platform);
      }
    }
  });

  it('keeps a share with its base, and never offers a share of all platforms', async () => {
    const uk = await series('?area=united-kingdom&offence=71/17&table=platform-share');
    const snap = uk.figures.filter(
      (f) => f.platform === 'snapchat' && f.period?.kind === 'financial-year',
    );
    expect(snap.map((f) => [f.period?.id, f.value, f.base?.value])).toEqual([
      ['2023/24', 48, 1824],
      ['2024/25', 40, 2111],
    ]);
    expect(uk.figures.every((f) => f.unit === 'percent' && f.platform !== '*')).toBe(true);
    // shares of one year add to more than 100 with the groups in: they are never summed, and the
    // answer carries no total of them
    expect(uk.figures.some((f) => f.table !== 'platform-share')).toBe(false);
  });

  it('places a half-year, an 18-month span, a May-to-April year and a calendar year as what they are', async () => {
    const all = await series();
    const kinds = (id: string) => all.figures.find((f) => f.period?.id === id)?.period;
    expect(kinds('2018-04..2018-09')).toMatchObject({
      kind: 'months',
      months: 6,
      label: 'Apr 2018 to Sep 2018 (6 months)',
    });
    expect(kinds('2017-04..2018-09')).toMatchObject({ kind: 'months', months: 18 });
    expect(kinds('2017-05..2018-04')).toMatchObject({
      kind: 'months',
      start: '2017-05',
      end: '2018-04',
    });
    expect(kinds('2022')).toMatchObject({
      kind: 'calendar-year',
      start: '2022-01',
      end: '2022-12',
    });
    expect(kinds('2017/18..2022/23')).toMatchObject({ kind: 'financial-years', months: 72 });
    // South Yorkshire's "five years to 2022/23" cannot be dated: listed with the reason, not placed
    const sy = all.figures.find((f) => f.area === 'south-yorkshire' && f.value === 759);
    expect(sy?.period).toBeNull();
    expect(all.unplaced.map((u) => u.row)).toEqual([sy?.row]);
    expect(all.unplaced[0]?.reason).toContain('five years to 2022/23');
  });

  it('keeps both figures where sources disagree, each naming the other', async () => {
    const all = await series('?offence=71/17');
    const pair = (area: string, platform: string, table: string, period: string) =>
      all.figures
        .filter(
          (f) =>
            f.area === area &&
            f.platform === platform &&
            f.table === table &&
            f.period?.id === period,
        )
        .map((f) => ({ value: f.value, source: f.source, disagrees: f.disagrees.length }));
    expect(pair('lancashire', '*', 'totals', '2017/18')).toEqual([
      { value: 175, source: 'burnley-2019', disagrees: 1 },
      { value: 64, source: 'lancaster-2019', disagrees: 1 },
    ]);
    expect(
      pair('sussex', '*', 'totals', '2017/18')
        .map((p) => p.value)
        .sort(),
    ).toEqual([33, 77]);
    expect(pair('england-and-wales', '*', 'totals', '2017/18').map((p) => p.value)).toEqual([
      3171, 3217,
    ]);
    expect(
      pair('united-kingdom', 'facebook+messenger', 'platform-share', '2023/24').map((p) => p.value),
    ).toEqual([10, 12]);
  });

  it("gives Hampshire's 2021/22 as not provided, never as zero", async () => {
    const h = await series('?area=hampshire');
    const missing = h.figures.find((f) => f.period?.id === '2021/22');
    expect(missing).toMatchObject({ status: 'not-provided', value: null, unit: null });
    expect(h.figures.filter((f) => f.value === 0)).toEqual([]);
  });

  it('keeps regions, England and Wales and the United Kingdom as areas of their own', async () => {
    const all = await series();
    const kinds = Object.fromEntries(all.areas.map((a) => [a.id, a.kind]));
    expect(kinds).toMatchObject({
      'united-kingdom': 'country',
      'england-and-wales': 'country',
      'south-east': 'region',
      kent: 'force',
    });
    expect(all.areas.find((a) => a.id === 'south-east')?.forces).toEqual([
      'hampshire',
      'kent',
      'surrey',
      'sussex',
    ]);
    // a force's answer holds no region's or country's figure
    const kent = await series('?area=kent');
    expect(kent.figures.every((f) => f.areaKind === 'force')).toBe(true);
    const regions = await series('?kind=region');
    expect(new Set(regions.figures.map((f) => f.areaKind))).toEqual(new Set(['region']));
  });

  it('answers a bad parameter with a 400 that names it and what is allowed', async () => {
    const cases: [string, string, RegExp][] = [
      ['?offence=71', 'offence', /'71' is not a value of 'offence'.*'71\/17', '86'/],
      ['?table=shares', 'table', /'totals', 'platform-known', 'platform-share', 'platforms'/],
      ['?area=lancs', 'area', /'lancs' is not a value of 'area' with figures.*'lancashire'/],
      ['?platform=tiktok', 'platform', /'tiktok' is not a value of 'platform'.*'snapchat'/],
      ['?kind=city', 'kind', /'force', 'region', 'country'/],
      ['?force=kent', 'force', /takes 'offence', 'area', 'kind', 'table', 'platform', 'version'/],
      [
        '?version=9',
        'version',
        /'9' is not a version of the platform series; use a whole number from 1 to 1/,
      ],
    ];
    for (const [query, parameter, message] of cases) {
      const r = await api.get(`/api/v1/platform-series${query}`);
      expect(r.status, query).toBe(400);
      const body = ErrorResponseSchema.parse(r.body);
      expect(body.error.parameter).toBe(parameter);
      expect(body.error.message).toMatch(message);
    }
  });

  it('is cacheable and revalidates with its ETag', async () => {
    const r = await api.get('/api/v1/platform-series?area=kent');
    const etag = r.headers.get('ETag') ?? '';
    expect(etag).not.toBe('');
    expect(
      (await api.get('/api/v1/platform-series?area=kent', { 'If-None-Match': etag })).status,
    ).toBe(304);
    const other = await api.get('/api/v1/platform-series?area=surrey');
    expect(other.headers.get('ETag')).not.toBe(etag);
  });
});
