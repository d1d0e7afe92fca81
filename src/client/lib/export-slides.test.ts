import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ROOT } from '@server/config.ts';
import { reportedPlan } from '@server/load/reported.ts';
import { CountsResponseSchema, type CountsResponse } from '@shared/contract.ts';
import { apiClient } from '@testing/api.ts';
import { testDb } from '@testing/db.ts';
import type { ChartKind, ExportFigure, ExportPack } from './export-figure.ts';
import { slidesFile } from './export-slides.ts';

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
    dataset: r.dataset,
    numbers: r,
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

describe('a briefing as slides', () => {
  it('is 16:9 with a title slide and one slide a chart, each chart native and described', async () => {
    const files = await deck();
    expect(files['ppt/presentation.xml']).toMatch(/<p:sldSz cx="12192000" cy="6858000"/);
    expect(Object.keys(files).filter((k) => /^ppt\/slides\/slide\d+\.xml$/.test(k))).toHaveLength(
      4,
    );
    expect(slideXml(files, 1)).toContain('Briefing for the minister');
    expect(slideXml(files, 1)).toContain('https://example.test/briefing?pack=p2.x');
    const charts = Object.keys(files).filter((k) => /^ppt\/charts\/chart\d+\.xml$/.test(k));
    expect(charts).toHaveLength(3);
    const kinds = charts.map((k) => files[k] ?? '');
    expect(kinds.some((x) => x.includes('<c:lineChart>'))).toBe(true);
    expect(kinds.some((x) => x.includes('<c:barDir val="bar"/>'))).toBe(true);
    expect(kinds.some((x) => x.includes('<c:grouping val="stacked"/>'))).toBe(true);
    for (const n of [2, 3, 4]) {
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
    for (const n of [1, 2, 3, 4])
      expect(slideXml(files, n)).toContain('Illustrative data: not real figures');
  });
});
