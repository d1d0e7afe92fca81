import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ROOT } from '@server/config.ts';
import { reportedPlan } from '@server/load/reported.ts';
import {
  PlatformSeriesResponseSchema,
  type PlatformSeriesResponse,
  type SeriesFigure,
} from '@shared/platform-series.ts';
import { apiClient } from '@testing/api.ts';
import { testDb } from '@testing/db.ts';
import type { ExportFigure, FigureGrid } from '../../lib/export-figure.ts';
import { slidesFile } from '../../lib/export-slides.ts';
import { briefingWorkbook } from '../../lib/export-spreadsheet.ts';
import { areasExport, nationalExport, sharesExport, type SeriesExport } from './series-export.ts';
import { areaRows, GROOMING, nationalSeries, shareComparison } from '../../lib/series-figures.ts';

const api = apiClient(testDb(reportedPlan(join(ROOT, 'data', 'reported'))));
const body: PlatformSeriesResponse = PlatformSeriesResponseSchema.parse(
  (await api.get('/api/v1/platform-series')).body,
);
const YEARS = ['2023/24', '2024/25'];

/** The values the API publishes for a cell, found straight from its figures. */
function published(pick: (f: SeriesFigure) => boolean): number[] {
  return body.figures
    .filter((f) => pick(f) && f.value !== null)
    .map((f) => f.value ?? Number.NaN)
    .sort((a, b) => a - b);
}

/** every value a grid cell holds (its figure and the others published for it), sorted */
const cellValues = (grid: FigureGrid, row: number, column: number) => {
  const c = grid.rows[row]?.cells[column];
  return c?.value == null ? [] : [c.value, ...(c.others ?? [])].sort((a, b) => a - b);
};

const platformId = (name: string) => body.platforms.find((p) => p.name === name)?.id;

function asFigure(e: SeriesExport, title: string): ExportFigure {
  return {
    ...e,
    title,
    subtitle: `Subtitle of ${title}`,
    source: 'Source: NSPCC FOI requests, as published.',
    link: 'https://example.test/platforms',
    commentary: '',
  };
}

describe('the platforms view’s figures as slides and spreadsheets take them', () => {
  const shares = sharesExport(
    body,
    shareComparison(body, GROOMING, 'united-kingdom', YEARS),
    [],
    [],
  );
  const points = nationalSeries(body, GROOMING);
  const national = nationalExport(body, points, [], [], []);
  const { years, rows } = areaRows(body, GROOMING);
  const areas = areasExport(body, years, rows, []);

  it('gives each share as published (both where sources disagree), never a sum or a scaling', () => {
    expect(shares.grid.rows.length).toBeGreaterThan(3);
    shares.grid.rows.forEach((row, r) => {
      const id = platformId(row.label);
      expect(id, row.label).toBeDefined();
      YEARS.forEach((year, c) => {
        const want = published(
          (f) =>
            f.offence === GROOMING &&
            f.area === 'united-kingdom' &&
            f.table === 'platform-share' &&
            f.platform === id &&
            f.period?.id === year,
        );
        expect(cellValues(shares.grid, r, c), `${row.label} ${year}`).toEqual([...new Set(want)]);
      });
      expect(row.kind).toBe('series');
    });
    // Facebook and Messenger 2023/24: 10% (NSPCC's regional releases) or 12% (ITV)
    const fm = shares.grid.rows.findIndex((row) => platformId(row.label) === 'facebook+messenger');
    expect(cellValues(shares.grid, fm, 0)).toEqual([10, 12]);
    // the base of each year's shares is in its header, as published
    expect(shares.grid.columns[0]).toContain('1,824');
    expect(shares.grid.columns[1]).toContain('2,111');
  });

  it('draws the bars at the lower of disagreeing shares, as the page does', () => {
    shares.chart.series.forEach((s, c) =>
      s.values.forEach((v, r) => {
        const values = cellValues(shares.grid, r, c);
        expect(v).toBe(values.length === 0 ? null : Math.min(...values));
      }),
    );
  });

  it('keeps England and Wales and the UK apart: two rows, two lines, never joined or added', () => {
    expect(national.grid.rows.map((r) => r.label)).toEqual(['England and Wales', 'United Kingdom']);
    const area = ['england-and-wales', 'united-kingdom'];
    national.grid.rows.forEach((row, r) =>
      points.forEach((p, c) => {
        const want = published(
          (f) =>
            f.offence === GROOMING &&
            f.areaKind === 'country' &&
            f.area === area[r] &&
            f.table === 'totals' &&
            f.period?.id === p.period,
        );
        expect(cellValues(national.grid, r, c), `${row.label} ${p.period}`).toEqual([
          ...new Set(want),
        ]);
      }),
    );
    // each line goes through its own area's figures (the revision, where one was revised)
    national.chart.series.forEach((s, r) =>
      s.values.forEach((v, c) => expect(v).toBe(cellValues(national.grid, r, c).at(-1) ?? null)),
    );
    // 2017/18 was published as 3,171 and revised to 3,217: both in the table
    expect(cellValues(national.grid, 0, 0)).toEqual([3171, 3217]);
  });

  it('gives the regions and forces as a table: a region never split, Hampshire 2021/22 not provided', () => {
    expect(areas.kind).toBe('table');
    const hampshire = areas.grid.rows.find((r) => r.label === 'Hampshire Constabulary');
    const at = years.indexOf('2021/22');
    expect(hampshire?.cells[at]).toEqual({ value: null, symbol: '[x]' });
    expect(areas.tableNotes.join('\n')).toContain(
      'Hampshire Constabulary, 2021/22: the force did not provide',
    );
    for (const row of areas.grid.rows)
      row.cells.forEach((c, i) => {
        if (c.value === null) return;
        const name = row.label.replace(/ \(region\)$/, '');
        const area = body.areas.find((a) => a.name === name && a.kind !== 'country');
        expect(area, row.label).toBeDefined();
        const want = published(
          (f) =>
            f.offence === GROOMING &&
            f.table === 'totals' &&
            f.area === area?.id &&
            f.areaKind === area.kind &&
            f.period?.id === years[i],
        );
        expect(cellValues(areas.grid, areas.grid.rows.indexOf(row), i)).toEqual([...new Set(want)]);
      });
  });

  it('names every figure’s source in the notes', () => {
    expect(shares.tableNotes.length).toBeGreaterThan(10);
    for (const line of shares.tableNotes) expect(line).toMatch(/Source: .+\./);
    expect(shares.tableNotes.join('\n')).toMatch(
      /Facebook and Messenger.*2023\/24: 12%\. Source: ITV/,
    );
  });

  it('writes a spreadsheet with both disagreeing figures as numbers, and a deck', async () => {
    const pack = {
      title: 'Platforms',
      link: 'https://example.test/briefing',
      created: new Date('2026-12-04T12:00:00Z'),
      figures: [
        asFigure(shares, 'Shares'),
        asFigure(national, 'National'),
        asFigure(areas, 'Areas'),
      ],
    };
    const book = briefingWorkbook(pack);
    const table = book.sheets[3];
    const fm = table?.rows.find((r) => String(r[0]).startsWith('Facebook and Messenger'));
    expect(table?.header).toContain("2023/24: another source's figure");
    expect(fm?.slice(1, 3)).toEqual([10, 12]);
    const contents = book.sheets[1];
    // the version of the release the figures are from, as for a dataset
    expect(contents?.rows[1]?.[3]).toBe(body.release.version);

    const deck = unzipSync(new Uint8Array(await (await slidesFile(pack, true)).arrayBuffer()));
    const slides = Object.entries(deck)
      .filter(([k]) => /^ppt\/slides\/slide\d+\.xml$/.test(k))
      .map(([, v]) => strFromU8(v))
      .join('\n');
    expect(slides).toContain('10 or 12');
    expect(slides).toContain(
      `Figures from ${body.release.title}, version ${body.release.version}.`,
    );
    const charts = Object.keys(deck).filter((k) => /^ppt\/charts\/chart\d+\.xml$/.test(k));
    // the shares and the national series as native charts; the regions and forces as tables
    expect(charts).toHaveLength(2);
  });
});
