import { formatSeriesValue, type PlatformSeriesResponse } from '@shared/platform-series.ts';
import type {
  ExportChart,
  ExportFigure,
  ExportRelease,
  FigureGrid,
  GridCell,
} from '../../lib/export-figure.ts';
import { NOT_AVAILABLE } from '../../lib/format.ts';
import { AREA_COLOURS, YEAR_COLOURS } from '../../components/charts/published-series-charts.tsx';
import {
  readingText,
  type AreaRow,
  type NationalPoint,
  type Reading,
  type ShareComparison,
} from '../../lib/series-figures.ts';

/**
 * The platforms view's figures as slides and spreadsheets take them: each cell one published figure
 * (or each of the figures, where sources disagree), never a sum, a scaling or an average; each
 * figure's source in the notes. The words around them (title, subtitle, source) are the page's.
 */

/** What a figure of the view gives its exports, besides the words the page writes around it. */
export type SeriesExport = Pick<
  ExportFigure,
  'grid' | 'chart' | 'kind' | 'caveats' | 'tableNotes' | 'keyFacts' | 'release'
>;

/** The series as a release: its figures as published, at the version on show. */
export function seriesRelease(body: PlatformSeriesResponse): ExportRelease {
  return {
    id: body.release.id,
    title: body.release.title,
    illustrative: false,
    version: body.release.version,
    updated: null,
  };
}

/** A reading as a cell: the first figure published, and the others where sources disagree. */
function readingCell(r: Reading | null | 'not-provided'): GridCell {
  if (r === null || r === 'not-provided') return { value: null, symbol: NOT_AVAILABLE };
  const [value = null, ...others] = r.values;
  return others.length > 0 ? { value, symbol: null, others } : { value, symbol: null };
}

interface SourcedCell {
  label: string;
  reading: Reading | null | 'not-provided';
  unit: 'count' | 'percent';
}

/** A figure's source in full: publisher, title, date and address. */
function where(body: PlatformSeriesResponse, id: string): string {
  const s = body.sources.find((x) => x.id === id);
  return s
    ? [s.publisher, s.title, s.date, s.url].filter((x) => x !== null && x !== '').join(', ')
    : id;
}

/** 'Snapchat, 2023/24: 48%. Source: NSPCC, …, 2024-08-19, https://…', a line a published figure. */
function sourceLines(body: PlatformSeriesResponse, cells: SourcedCell[]): string[] {
  return cells.flatMap(({ label, reading, unit }) =>
    reading === null || reading === 'not-provided'
      ? []
      : reading.figures.map(
          (f) =>
            `${label}: ${f.value === null ? 'not provided' : formatSeriesValue(f.value, unit)}. Source: ${where(body, f.source)}.`,
        ),
  );
}

/** The shares of platform-recorded offences, a year a column; the base of each year in its header. */
export function sharesExport(
  body: PlatformSeriesResponse,
  cmp: ShareComparison,
  facts: string[],
  notes: string[],
): SeriesExport {
  const base = (i: number) => {
    const b = cmp.bases[i];
    return b ? readingText(b, 'count') : 'an unpublished number of';
  };
  const grid: FigureGrid = {
    rowHeader: 'Platform',
    columns: cmp.years.map((y, i) => `${y} (% of ${base(i)} offences with the platform recorded)`),
    short: cmp.years,
    rows: cmp.rows.map((r) => ({
      label: r.name,
      kind: 'series',
      cells: r.years.map(readingCell),
    })),
    unit: '% of offences with the platform recorded',
    decimals: 0,
  };
  // drawn as the page draws it: where sources disagree, the bar at the lower (the table gives both)
  const chart: ExportChart = {
    categories: cmp.rows.map((r) => r.name.replace(' (one figure for them together)', ' (as one)')),
    series: cmp.years.map((y, i) => ({
      label: `${y} (% of ${base(i)})`,
      colour: YEAR_COLOURS[i % YEAR_COLOURS.length] ?? YEAR_COLOURS[0],
      values: cmp.rows.map((r) => {
        const v = r.years[i];
        return v ? Math.min(...v.values) : null;
      }),
    })),
    ranked: false,
  };
  return {
    grid,
    chart,
    kind: 'bar',
    caveats: notes,
    tableNotes: sourceLines(body, [
      ...cmp.bases.map((b, i) => ({
        label: `Base, ${cmp.years[i] ?? ''}: offences where the platform was recorded`,
        reading: b,
        unit: 'count' as const,
      })),
      ...cmp.rows.flatMap((r) =>
        r.years.map((v, i) => ({
          label: `${r.name}, ${cmp.years[i] ?? ''}`,
          reading: v,
          unit: 'percent' as const,
        })),
      ),
    ]),
    keyFacts: facts,
    release: seriesRelease(body),
  };
}

/**
 * The national series: England and Wales and the United Kingdom as two rows (and two lines that are
 * never joined), a financial year a column; the periods that are not one year in the notes.
 */
export function nationalExport(
  body: PlatformSeriesResponse,
  points: NationalPoint[],
  irregular: Omit<SourcedCell, 'unit'>[],
  facts: string[],
  notes: string[],
): SeriesExport {
  const areas = [
    { key: 'ew', label: 'England and Wales', colour: AREA_COLOURS.ew },
    { key: 'uk', label: 'United Kingdom', colour: AREA_COLOURS.uk },
  ] as const;
  const grid: FigureGrid = {
    rowHeader: 'Area',
    columns: points.map((p) => `${p.period} (offences)`),
    short: points.map((p) => p.period),
    rows: areas.map((a) => ({
      label: a.label,
      kind: 'series',
      cells: points.map((p) => readingCell(p[a.key])),
    })),
    unit: 'offences',
    decimals: 0,
  };
  // where a figure was revised, the line goes through the later one, as on the page
  const chart: ExportChart = {
    categories: points.map((p) => p.period),
    series: areas.map((a) => ({
      label: a.label,
      colour: a.colour,
      values: points.map((p) => p[a.key]?.values.at(-1) ?? null),
    })),
    ranked: false,
  };
  const cells = areas.flatMap((a) =>
    points.map((p) => ({
      label: `${a.label}, ${p.period}`,
      reading: p[a.key],
      unit: 'count' as const,
    })),
  );
  return {
    grid,
    chart,
    kind: 'line',
    caveats: notes,
    tableNotes: [
      ...irregular.map(
        ({ label, reading }) =>
          `Over a period that is not one financial year: ${label}: ${reading === null || reading === 'not-provided' ? 'not provided' : readingText(reading, 'count')}.`,
      ),
      ...sourceLines(body, [...cells, ...irregular.map((c) => ({ ...c, unit: 'count' as const }))]),
    ],
    keyFacts: facts,
    release: seriesRelease(body),
  };
}

/** Regions and forces with published figures, a financial year a column: a table, no chart. */
export function areasExport(
  body: PlatformSeriesResponse,
  years: string[],
  rows: AreaRow[],
  notes: string[],
): SeriesExport {
  // 'South West (region)'; 'West Midlands region' says so already
  const label = (r: AreaRow) =>
    r.area.kind === 'region' && !/\bregion\b/i.test(r.area.name)
      ? `${r.area.name} (region)`
      : r.area.name;
  const grid: FigureGrid = {
    rowHeader: 'Region or force',
    columns: years.map((y) => `${y} (offences)`),
    short: years,
    rows: rows.map((r) => ({ label: label(r), kind: 'series', cells: r.years.map(readingCell) })),
    unit: 'offences',
    decimals: 0,
  };
  const regions = rows
    .filter((r) => r.area.kind === 'region')
    .map(
      (r) =>
        `${r.area.name} (region): the forces the release names for it are ${(r.area.forces ?? []).map((id) => body.areas.find((a) => a.kind === 'force' && a.id === id)?.name ?? id).join(', ')}${r.area.note ? `. ${r.area.note}` : ''}.`,
    );
  const notProvided = rows.flatMap((r) =>
    r.years.flatMap((v, i) =>
      v === 'not-provided'
        ? [`${label(r)}, ${years[i] ?? ''}: the force did not provide a figure (not zero).`]
        : [],
    ),
  );
  const other = rows.flatMap((r) =>
    r.other.map(
      (f) =>
        `${label(r)}, over ${f.period ? f.period.label : `${f.periodAsPublished} (years not stated)`}: ${f.value === null ? 'not provided' : formatSeriesValue(f.value, 'count')}. Source: ${where(body, f.source)}.`,
    ),
  );
  return {
    grid,
    chart: { categories: [], series: [], ranked: false },
    kind: 'table',
    caveats: notes,
    tableNotes: [
      ...notProvided,
      ...other,
      ...regions,
      ...sourceLines(
        body,
        rows.flatMap((r) =>
          r.years.map((v, i) => ({
            label: `${label(r)}, ${years[i] ?? ''}`,
            reading: v,
            unit: 'count' as const,
          })),
        ),
      ),
    ],
    keyFacts: [],
    release: seriesRelease(body),
  };
}
