import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ROOT } from '@server/config.ts';
import { reportedPlan } from '@server/load/reported.ts';
import { CountsResponseSchema, type CountsResponse } from '@shared/contract.ts';
import { apiClient } from '@testing/api.ts';
import { testDb } from '@testing/db.ts';
import {
  cellText,
  countsExport,
  figureGrid,
  type ChartKind,
  type ExportFigure,
  type ExportPack,
  type FigureGrid,
} from './export-figure.ts';
import { slidesFile, tablePages } from './export-slides.ts';

const api = apiClient(testDb(reportedPlan(join(ROOT, 'data', 'reported'))));

async function counts(query: string): Promise<CountsResponse> {
  return CountsResponseSchema.parse((await api.get(`/api/v1/counts?${query}`)).body);
}

function figure(r: CountsResponse, title: string, kind: ChartKind, commentary = ''): ExportFigure {
  return {
    title,
    subtitle: `Subtitle of ${title}`,
    source: 'Source: a test source',
    caveats: ['Figures for 8 of 44 forces.'],
    tableNotes: [],
    link: `https://example.test/${kind}?version=1`,
    ...countsExport(r, kind),
    kind,
    keyFacts: [`Key fact of ${title}`],
    commentary,
  };
}

async function deck(illustrative = false): Promise<Record<string, string>> {
  const trend = await counts('force=lancashire');
  const ranked = await counts('by=force&interval=total');
  const stacked = await counts('by=outcomeGroup');
  const demo = (r: CountsResponse) =>
    illustrative ? { ...r, dataset: { ...r.dataset, illustrative: true } } : r;
  const pack: ExportPack = {
    title: 'Briefing for the minister',
    link: 'https://example.test/briefing?pack=p2.x',
    created: new Date('2026-12-04T12:00:00Z'),
    figures: [
      figure(demo(trend), 'Lancashire over time', 'line', 'Say this first.'),
      figure(demo(ranked), 'Forces ranked', 'bar'),
      figure(demo(stacked), 'Outcomes stacked', 'stacked'),
    ],
  };
  const blob = await slidesFile(pack, true);
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  return Object.fromEntries(
    Object.entries(files)
      .filter(([k]) => k.endsWith('.xml') || k.endsWith('.rels'))
      .map(([k, v]) => [k, strFromU8(v)]),
  );
}

const slideXml = (files: Record<string, string>, n: number) =>
  files[`ppt/slides/slide${n}.xml`] ?? '';

const slideCount = (files: Record<string, string>) =>
  Object.keys(files).filter((k) => /^ppt\/slides\/slide\d+\.xml$/.test(k)).length;

const unescape = (text: string) =>
  text
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');

/** The texts of a slide's table cells, row by row. */
function tableRowsOf(xml: string): string[][] {
  return [...xml.matchAll(/<a:tr\b[\s\S]*?<\/a:tr>/g)].map((tr) =>
    [...tr[0].matchAll(/<a:tc\b[\s\S]*?<\/a:tc>/g)].map((tc) =>
      unescape([...tc[0].matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => t[1] ?? '').join('')),
    ),
  );
}

/** The slides that continue a chart's figures, by their title. */
function continuations(files: Record<string, string>, title: string): string[] {
  return Array.from({ length: slideCount(files) }, (_, i) => slideXml(files, i + 1)).filter((x) =>
    x.includes(`${title}: figures (continued`),
  );
}

describe('a briefing as slides', () => {
  it('is 16:9 with a title slide and one slide a chart, each chart native and described', async () => {
    const files = await deck();
    expect(files['ppt/presentation.xml']).toMatch(/<p:sldSz cx="12192000" cy="6858000"/);
    // a slide a chart, in the pack's order, each followed by the slides of figures it has no room for
    const titles = Array.from({ length: slideCount(files) }, (_, i) =>
      unescape(/<a:t>([^<]*)<\/a:t>/.exec(slideXml(files, i + 1))?.[1] ?? ''),
    );
    expect(titles.filter((t) => !t.includes(': figures (continued'))).toEqual([
      'Briefing for the minister',
      'Lancashire over time',
      'Forces ranked',
      'Outcomes stacked',
    ]);
    const charted = titles.flatMap((t, i) => (t.includes(': figures') || i === 0 ? [] : [i + 1]));
    expect(slideXml(files, 1)).toContain('Briefing for the minister');
    expect(slideXml(files, 1)).toContain('https://example.test/briefing?pack=p2.x');
    const charts = Object.keys(files).filter((k) => /^ppt\/charts\/chart\d+\.xml$/.test(k));
    expect(charts).toHaveLength(3);
    const kinds = charts.map((k) => files[k] ?? '');
    expect(kinds.some((x) => x.includes('<c:lineChart>'))).toBe(true);
    expect(kinds.some((x) => x.includes('<c:barDir val="bar"/>'))).toBe(true);
    expect(kinds.some((x) => x.includes('<c:grouping val="stacked"/>'))).toBe(true);
    for (const n of charted) {
      const xml = slideXml(files, n);
      expect(xml).toMatch(/<p:graphicFrame>[\s\S]*?descr="(Line|Bar|Stacked bar) chart: [^"]+"/);
      expect(xml).toContain('Source: a test source');
      expect(xml).toContain('version 1');
      expect(xml).not.toContain('Illustrative data');
    }
  });

  it('draws the API’s numbers, with a gap (not a zero) where none was published', async () => {
    const files = await deck();
    const trend = await counts('force=lancashire');
    const chart =
      Object.entries(files).find(
        ([k, x]) => k.startsWith('ppt/charts/chart') && x.includes('<c:lineChart>'),
      )?.[1] ?? '';
    for (const v of trend.series[0]?.values ?? [])
      if (v !== null) expect(chart).toContain(`<c:v>${v}</c:v>`);
    const ranked = await counts('by=force&interval=total');
    const bar =
      Object.entries(files).find(
        ([k, x]) => k.startsWith('ppt/charts/chart') && x.includes('<c:barDir val="bar"/>'),
      )?.[1] ?? '';
    const missing = ranked.series.filter((s) => s.values[0] === null);
    expect(missing.length).toBeGreaterThan(0);
    expect(bar).toContain('<c:v></c:v>');
    expect(bar).not.toContain('NaN');
  });

  it('puts the briefer’s note on the slide and the key facts in the speaker notes', async () => {
    const files = await deck();
    expect(slideXml(files, 2)).toContain('Say this first.');
    const notes = Object.entries(files)
      .filter(([k]) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(k))
      .map(([, x]) => x)
      .join('\n');
    expect(notes).toContain('Key fact of Lancashire over time');
    expect(notes).toContain('Say this first.');
  });

  it('labels every slide of invented figures as illustrative', async () => {
    const files = await deck(true);
    expect(slideCount(files)).toBeGreaterThan(4);
    for (let n = 1; n <= slideCount(files); n++)
      expect(slideXml(files, n)).toContain('Illustrative data: not real figures');
  });
});

describe('a ranked chart of every force', () => {
  it('names every force on its axis, in a font its bars have room for', async () => {
    const files = await deck();
    const ranked = await counts('by=force&interval=total');
    expect(ranked.series).toHaveLength(44);
    const [name, chart] =
      Object.entries(files).find(
        ([k, x]) => /^ppt\/charts\/chart\d+\.xml$/.test(k) && x.includes('<c:barDir val="bar"/>'),
      ) ?? [];
    const catAx = /<c:catAx>[\s\S]*?<\/c:catAx>/.exec(chart ?? '')?.[0] ?? '';
    // every name drawn, not every other one
    expect(catAx).toContain('<c:tickLblSkip val="1"/>');
    const names = [
      ...(/<c:cat>[\s\S]*?<\/c:cat>/.exec(chart ?? '')?.[0] ?? '').matchAll(/<c:v>([^<]*)<\/c:v>/g),
    ];
    expect(names.map((m) => unescape(m[1] ?? '')).sort()).toEqual(
      ranked.series.map((s) => s.label).sort(),
    );
    // the room a name has: the chart's frame on its slide, shared by 44 bars
    const font = Number(/<a:defRPr sz="(\d+)"/.exec(catAx)?.[1]) / 100;
    const rel = (name ?? '').replace('ppt/charts/', '');
    const slide = Object.entries(files).find(
      ([k, x]) => /^ppt\/slides\/_rels\/slide\d+\.xml\.rels$/.test(k) && x.includes(rel),
    )?.[0];
    const xml = files[(slide ?? '').replace('_rels/', '').replace('.rels', '')] ?? '';
    const frame = /<p:graphicFrame>[\s\S]*?<a:ext cx="\d+" cy="(\d+)"/.exec(xml);
    const pitch = ((Number(frame?.[1]) / 914400) * 72) / ranked.series.length;
    expect(font).toBeGreaterThanOrEqual(6);
    // LibreOffice drew all 44 names at 7 pt in 7.9 pt a bar (1.13 times the font), every other one in 7.7
    expect(pitch).toBeGreaterThanOrEqual(1.13 * font);
  });
});

describe('figures that do not fit beside their chart', () => {
  it('are on slides of their own after it, every figure, each slide with the words of the chart', async () => {
    const files = await deck(true);
    const ranked = await counts('by=force&interval=total');
    const slides = continuations(files, 'Forces ranked');
    expect(slides.length).toBeGreaterThan(0);
    const cells = slides.flatMap(tableRowsOf);
    for (const s of ranked.series) {
      const v = s.values[0] ?? null;
      const text = v === null ? (s.suppressed[0] ? '[c]' : '[x]') : v.toLocaleString('en-GB');
      expect(cells, s.label).toContainEqual([s.label, text]);
    }
    // the header row again on each table, with the unit
    const headers = cells.filter((row) => row[0]?.startsWith('Force ('));
    expect(headers.length).toBeGreaterThanOrEqual(slides.length);
    for (const x of slides) {
      expect(x).toContain('Source: a test source');
      expect(x).toContain('version 1');
      expect(x).toContain('https://example.test/bar?version=1');
      expect(x).toContain('Illustrative data: not real figures');
      expect(x).toContain('Subtitle of Forces ranked');
    }
  });

  it('leave a chart whose table fits beside it with no slide after it', async () => {
    const files = await deck();
    expect(continuations(files, 'Lancashire over time')).toEqual([]);
    const trend = await counts('force=lancashire');
    const cells = tableRowsOf(slideXml(files, 2));
    for (const v of trend.series[0]?.values ?? [])
      expect(cells.flat()).toContain(v === null ? '[x]' : v.toLocaleString('en-GB'));
  });
});

/** A grid of made-up figures: rows × columns, some labels long enough to wrap. */
function bigGrid(rows: number, columns: number): FigureGrid {
  const periods = Array.from({ length: columns }, (_, i) => `Month ${i + 1}`);
  return {
    rowHeader: 'Offence',
    columns: periods.map((p) => `${p} (crimes)`),
    short: periods,
    rows: Array.from({ length: rows }, (_, r) => ({
      label:
        r % 7 === 0
          ? `Offence ${r} with a name long enough to wrap onto a second line`
          : `Offence ${r}`,
      kind: 'series' as const,
      cells: periods.map((_, c) => ({ value: r * 1000 + c, symbol: null })),
    })),
    unit: 'crimes',
    decimals: 0,
  };
}

describe('the tables of a slide of figures', () => {
  it.each([
    [44, 1],
    [100, 39],
    [3, 39],
    [25, 4],
  ])('hold each of %i rows × %i columns once, and stay inside the slide', (rows, columns) => {
    const grid = bigGrid(rows, columns);
    const w = 12.3;
    const h = 4.1;
    const pages = tablePages(grid, w, h);
    const seen = new Map<string, number>();
    for (const page of pages)
      for (const b of page) {
        expect(b.x + b.w).toBeLessThanOrEqual(w + 1e-9);
        expect(b.y + b.h).toBeLessThanOrEqual(h + 1e-9);
        for (const r of b.rows)
          for (const c of b.columns) {
            const key = `${r.label}|${c}`;
            seen.set(key, (seen.get(key) ?? 0) + 1);
            expect(cellText(r.cells[c] ?? { value: null, symbol: null }, 0)).toBe(
              (Number(r.label.split(' ')[1]) * 1000 + c).toLocaleString('en-GB'),
            );
          }
      }
    expect(seen.size).toBe(rows * columns);
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
    // no two tables of a slide overlap
    for (const page of pages)
      for (const a of page)
        for (const b of page)
          if (a !== b)
            expect(
              a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y,
            ).toBe(true);
  });

  it('puts a short, narrow table of every force on one slide', async () => {
    const grid = figureGrid(await counts('by=force&interval=total'));
    expect(tablePages(grid, 12.3, 4.1)).toHaveLength(1);
  });
});
