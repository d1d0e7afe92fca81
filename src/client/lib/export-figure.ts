import type { CountsResponse } from '@shared/contract.ts';
import { totalRows } from '@shared/crimes.ts';
import { rowHeader } from '@shared/counted.ts';
import { chartData } from './chart-data.ts';
import { NOT_AVAILABLE, SUPPRESSED } from './format.ts';
import { formatNumber } from '@shared/number-format.ts';

/**
 * A chart as the slides and spreadsheets take it: the numbers the page draws (an API's answer, as
 * it came: a counts answer, or figures of a published series), the words around them as the page
 * writes them, and the link to the figures. The figure tools build one from the figure on show;
 * nothing here recomputes a number.
 */

/**
 * How the page draws the chart; 'image' where no native chart can (the map); 'table' for a figure the
 * page gives as a table alone.
 */
export type ChartKind = 'line' | 'bar' | 'stacked' | 'image' | 'table';

/**
 * Whose figures: a dataset of the dashboard at a version, or a published release as it was shipped
 * (version null where the release has no versions of its own).
 */
export interface ExportRelease {
  id: string;
  title: string;
  illustrative: boolean;
  version: number | null;
  updated: string | null;
}

/** What a native chart draws: the names along its axis, and a line or a bar of each series. */
export interface ExportChart {
  categories: string[];
  series: { label: string; colour: string; values: (number | null)[] }[];
  /** one bar a category, largest first, as the page ranks them: `series` holds the one series */
  ranked: boolean;
}

export interface ExportFigure {
  title: string;
  subtitle: string;
  /** the figure's caption: where the figures come from */
  source: string;
  /** who is missing and the notes that travel with the image */
  caveats: string[];
  /** the notes that say what the figures in the table are, in words */
  tableNotes: string[];
  /** the figure again, pinned to its version */
  link: string;
  release: ExportRelease;
  /** the figures, as the Table tab shows them */
  grid: FigureGrid;
  /** the chart as the page draws it */
  chart: ExportChart;
  kind: ChartKind;
  /** a PNG of what is on show, where the kind is 'image' */
  image?: { data: string; width: number; height: number } | undefined;
  /** the sentences a presenter says: the key figure and its caveat */
  keyFacts: string[];
  /** what the briefer wants said about the chart (a pack's note), or '' */
  commentary: string;
}

export interface ExportPack {
  title: string;
  /** the pack's own link */
  link: string;
  created: Date;
  figures: ExportFigure[];
}

export const ILLUSTRATIVE = 'Illustrative data: not real figures';

/** The government shorthand the files use, with its key. */
export const SHORTHAND = [
  [NOT_AVAILABLE, 'not available: no figure was published or provided (not zero)'],
  [SUPPRESSED, 'confidential: suppressed by the force; a figure marked so is a lower bound'],
  ['[z]', 'not applicable'],
  ['[p]', 'provisional: the period is only partly covered, so its figures may change'],
] as const;

export type Shorthand = (typeof SHORTHAND)[number][0];

/** A table cell: a number as the API gave it, or the shorthand for why there is none. */
export interface GridCell {
  value: number | null;
  symbol: Shorthand | null;
  /** the other values published for the same figure, where sources disagree: both are kept */
  others?: number[];
}

export interface GridRow {
  label: string;
  kind: 'series' | 'total';
  cells: GridCell[];
}

export interface FigureGrid {
  /** what the rows are: 'Force', 'Offence group'… */
  rowHeader: string;
  /** one per period, with the unit: '2023/24 (crimes)' */
  columns: string[];
  /** the same, short, for a slide's narrow table: '2023/24', '2024/25 [p]' */
  short: string[];
  rows: GridRow[];
  unit: string;
  decimals: 0 | 1;
}

function cell(value: number | null, suppressed: boolean): GridCell {
  if (value === null) return { value: null, symbol: suppressed ? SUPPRESSED : NOT_AVAILABLE };
  return { value, symbol: suppressed ? SUPPRESSED : null };
}

/**
 * Periods across, series down, as the Table tab shows them, with the total rows under a breakdown
 * of counts; every cell the API's value or the reason it has none.
 */
export function figureGrid(r: CountsResponse): FigureGrid {
  const { periods, series, query } = r;
  const columns = periods.map(
    (p) => `${p.label}${p.partial ? ` (part: ${p.start} to ${p.end}) [p]` : ''} (${r.unit})`,
  );
  const rows: GridRow[] = series.map((s) => ({
    label: s.label,
    kind: 'series',
    cells: s.values.map((v, i) => cell(v, s.suppressed[i] ?? false)),
  }));
  if (series.length > 1 && query.measure === 'count')
    for (const t of totalRows(r))
      rows.push({
        label: t.label,
        kind: 'total',
        cells: t.values.map((v, i) => cell(v, t.suppressed[i] ?? false)),
      });
  return {
    rowHeader: rowHeader(r),
    columns,
    short: periods.map((p) => `${p.label}${p.partial ? ' [p]' : ''}`),
    rows,
    unit: r.unit,
    decimals: query.measure === 'count' ? 0 : 1,
  };
}

/** A cell in words, for slides: '1,234', '[x]', '12 [c]', '10 or 12' where sources disagree. */
export function cellText(c: GridCell, decimals: 0 | 1): string {
  if (c.value === null) return c.symbol ?? NOT_AVAILABLE;
  const number = (v: number) => formatNumber(v, decimals);
  const text = [c.value, ...(c.others ?? [])].map(number).join(' or ');
  return c.symbol ? `${text} ${c.symbol}` : text;
}

/** The shorthand a grid uses, with its key. */
export function shorthandUsed(grid: FigureGrid): (typeof SHORTHAND)[number][] {
  const used = new Set<string>();
  for (const row of grid.rows) for (const c of row.cells) if (c.symbol) used.add(c.symbol);
  if (grid.columns.some((c) => c.includes('[p]'))) used.add('[p]');
  return SHORTHAND.filter(([symbol]) => used.has(symbol));
}

/**
 * 'Figures from Reported figures, version 3 (updated 1 May 2025).'; 'Figures from <release>, as
 * published.' for a release without versions.
 */
export function versionLine(d: ExportRelease, longDate: (d: string) => string): string {
  const updated = d.updated === null ? '' : ` (updated ${longDate(d.updated)})`;
  return d.version === null
    ? `Figures from ${d.title}, as published${updated}.`
    : `Figures from ${d.title}, version ${d.version}${updated}.`;
}

const RANKED_COLOUR = '#12436D';

/**
 * A counts answer as a slide's chart: a ranked bar chart of one period is its series largest first,
 * with what has no figure after the rest; otherwise the series the page draws (at most six, the rest
 * as "Other"), each in its own colour, over the periods.
 */
export function countsChart(r: CountsResponse, kind: ChartKind): ExportChart {
  if (kind === 'bar' && r.periods.length === 1) {
    const ranked = [...r.series].sort(
      (a, b) =>
        Number(a.kind === 'not-broken-down') - Number(b.kind === 'not-broken-down') ||
        (b.values[0] ?? -Infinity) - (a.values[0] ?? -Infinity),
    );
    return {
      categories: ranked.map((s) => s.label),
      series: [
        {
          label: `${r.periods[0]?.label ?? ''} (${r.unit})`,
          colour: RANKED_COLOUR,
          values: ranked.map((s) => s.values[0] ?? null),
        },
      ],
      ranked: true,
    };
  }
  const data = chartData(r, null);
  return {
    categories: r.periods.map((p) => (p.partial ? `${p.label} (part)` : p.label)),
    series: data.series.map((s) => ({ label: s.label, colour: s.colour, values: s.values })),
    ranked: false,
  };
}

/** A counts answer's figures, chart and dataset, as an exported figure holds them. */
export function countsExport(
  r: CountsResponse,
  kind: ChartKind,
): Pick<ExportFigure, 'release' | 'grid' | 'chart'> {
  return { release: r.dataset, grid: figureGrid(r), chart: countsChart(r, kind) };
}
