import PptxGenJS from 'pptxgenjs';
import { COUNTED_WORDS } from '@shared/counted.ts';
import { longDate, PUBLISHER } from './export-citation.ts';
import {
  cellText,
  ILLUSTRATIVE,
  shorthandUsed,
  versionLine,
  type ExportFigure,
  type ExportPack,
  type FigureGrid,
  type GridRow,
} from './export-figure.ts';

/**
 * A briefing as a PowerPoint deck (16:9), one slide a chart: the chart as a native chart that
 * PowerPoint and LibreOffice can edit where the page draws a line, bar or stacked bar chart, else the
 * image of what is on show; its figures in a table beside it where they fit, else on slides of their
 * own after it, so that every figure is on a slide; on every slide the title, subtitle, source,
 * caveats, dataset version and the pinned link; the briefer's note on the chart's slide; the key
 * facts, every caveat and the figures' notes in the speaker notes. This module loads only when slides
 * are asked for.
 */

const W = 13.333;
const H = 7.5;
const FONT = 'Arial';
const INK = '0B0C0C';
const GREY = '505A5F';
/** the page's own caveats run long: the first few go on the slide, all of them in the notes */
const CAVEATS_ON_SLIDE = 3;
/** a table this small fits beside the chart; a larger one gets slides of its own after the chart */
const BESIDE = { rows: 12, columns: 4 };
/** where the words under a chart go: source, caveats, key, version and link */
const FOOT: Box = { x: 0.5, y: 6.0, w: W - 1, h: 1.35 };
/**
 * A ranked chart of more bars than this takes the slide's full height, with its words beside it: a
 * category axis draws a name only where it fits (LibreOffice leaves out every other one otherwise).
 */
const LONG_LIST = 20;
/**
 * The room a category name needs on a bar chart's axis, as a multiple of its font size: LibreOffice
 * drew all 44 forces' names at 7 pt in 7.9 pt a bar, and left out every other one in 7.7 pt.
 */
const LABEL_PITCH = 1.25;
/**
 * A table on a slide of figures: its font (pt), cell margins and the gap between tables (in), and the
 * width of a character (in), generous: LibreOffice drew a 9 pt row 0.21 in high.
 */
const TABLE = { font: 9, margin: 0.03, char: 0.07, gap: 0.3 } as const;

type Slide = PptxGenJS.Slide;

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

function hex(colour: string): string {
  return colour.replace('#', '').toUpperCase();
}

/** A missing figure is a gap in the chart, never a zero: NaN is written as an empty point. */
function gaps(values: readonly (number | null)[]): number[] {
  return values.map((v) => v ?? Number.NaN);
}

function formatCode(grid: FigureGrid): string {
  // shares as published carry their sign on the axis and the bars ('48%')
  if (grid.unit.startsWith('%')) return '0"%"';
  return grid.decimals === 0 ? '#,##0' : '#,##0.0';
}

function illustrativeBadge(slide: Slide): void {
  slide.addText(ILLUSTRATIVE, {
    x: W - 4.6,
    y: 0.15,
    w: 4.2,
    h: 0.4,
    fontFace: FONT,
    fontSize: 12,
    bold: true,
    color: INK,
    fill: { color: 'FFDD00' },
    align: 'center',
  });
}

function altText(f: ExportFigure, grid: FigureGrid): string {
  const kind =
    f.kind === 'line'
      ? 'Line chart'
      : f.kind === 'bar'
        ? 'Bar chart'
        : f.kind === 'stacked'
          ? 'Stacked bar chart'
          : 'Image';
  const periods = grid.short;
  const span =
    periods.length === 0
      ? ''
      : periods.length === 1
        ? ` in ${periods[0] ?? ''}`
        : ` from ${periods[0] ?? ''} to ${periods.at(-1) ?? ''}`;
  return `${kind}: ${f.title}. ${f.subtitle} ${grid.rows.length} ${grid.rowHeader.toLowerCase()} rows${span}, in ${grid.unit}. The figures are in the table beside it or on the slides after it.`;
}

function chartOptions(f: ExportFigure, grid: FigureGrid, box: Box) {
  return {
    ...box,
    altText: altText(f, grid),
    fontFace: FONT,
    showLegend: true,
    legendPos: 'b' as const,
    legendFontSize: 10,
    catAxisLabelFontSize: 10,
    valAxisLabelFontSize: 10,
    valAxisLabelFormatCode: formatCode(grid),
    dataLabelFormatCode: formatCode(grid),
    displayBlanksAs: 'gap',
  };
}

/** A bar a series, largest first: how the page draws a bar chart of one period. */
function isRanked(f: ExportFigure): boolean {
  return f.kind === 'bar' && f.chart.ranked;
}

/**
 * The font size (pt) at which every category name of a chart fits its axis: a category axis left to
 * itself leaves names out where they would overlap, so the font shrinks with the room a bar has.
 */
export function categoryFont(categories: number, plotHeight: number): number {
  const pitch = (plotHeight * 72) / Math.max(1, categories);
  return Math.max(6, Math.min(10, Math.floor(pitch / LABEL_PITCH)));
}

/** The chart drawn as the page draws it, as a chart PowerPoint can edit. */
function nativeChart(
  pptx: PptxGenJS,
  slide: Slide,
  f: ExportFigure,
  grid: FigureGrid,
  box: Box & { beside: boolean },
): void {
  const { chart } = f;
  const opts = chartOptions(f, grid, { x: box.x, y: box.y, w: box.w, h: box.h });
  if (isRanked(f)) {
    // a ranked bar chart: largest first, as on the page, with what has no figure after the rest
    const font = categoryFont(chart.categories.length, box.h);
    slide.addChart(
      pptx.ChartType.bar,
      chart.series.map((s) => ({
        name: s.label,
        labels: chart.categories,
        values: gaps(s.values),
      })),
      {
        ...opts,
        barDir: 'bar',
        // the first (largest) at the top, as the page ranks them
        catAxisOrientation: 'maxMin' as 'minMax',
        chartColors: chart.series.map((s) => hex(s.colour)),
        showLegend: false,
        // the figures are read off the bars, so the value axis gives its line of height to the bars
        showValue: true,
        valAxisHidden: true,
        dataLabelFontSize: Math.min(9, font),
        catAxisLabelFontSize: font,
        // every name, never every other one (c:tickLblSkip 1)
        catAxisLabelFrequency: '1',
      },
    );
    return;
  }
  // the series the page draws, each in its own colour
  // with no table beside, a chart with few points carries its figures on it
  const labelled = !box.beside && chart.series.length * chart.categories.length <= 30;
  slide.addChart(
    f.kind === 'line' ? pptx.ChartType.line : pptx.ChartType.bar,
    chart.series.map((s) => ({ name: s.label, labels: chart.categories, values: gaps(s.values) })),
    {
      ...opts,
      chartColors: chart.series.map((s) => hex(s.colour)),
      showValue: labelled,
      dataLabelFontSize: 8,
      ...(f.kind === 'line'
        ? { lineSize: 2, lineDataSymbol: 'circle' as const, lineDataSymbolSize: 6 }
        : {
            barDir: 'col' as const,
            barGrouping: f.kind === 'stacked' ? ('stacked' as const) : ('clustered' as const),
            ...(f.kind === 'stacked' ? { overlap: 100 } : {}),
          }),
    },
  );
}

/** The header of a figures table: what the rows are, in the unit, then the periods. */
function tableHeader(grid: FigureGrid, columns: readonly number[]) {
  // with no split the one row says what it counts, and the unit says it again: 'Figures' is enough
  const what = Object.values(COUNTED_WORDS).some((w) => w.heading === grid.rowHeader)
    ? 'Figures'
    : grid.rowHeader;
  return [`${what} (${grid.unit})`, ...columns.map((c) => grid.short[c] ?? '')].map((text) => ({
    text,
    options: { bold: true, fill: { color: 'F3F2F1' } },
  }));
}

/** Rows of a figures table, with the columns asked for: totals in bold, numbers to the right. */
function tableRows(grid: FigureGrid, rows: readonly GridRow[], columns: readonly number[]) {
  return rows.map((row) => [
    { text: row.label, options: { bold: row.kind === 'total' } },
    ...columns.map((c) => ({
      text: cellText(row.cells[c] ?? { value: null, symbol: null }, grid.decimals),
      options: { align: 'right' as const, bold: row.kind === 'total' },
    })),
  ]);
}

function tableBeside(slide: Slide, grid: FigureGrid, x: number, y: number, w: number): void {
  const columns = grid.columns.map((_, i) => i);
  const first = Math.min(w * 0.42, 2.2);
  slide.addTable([tableHeader(grid, columns), ...tableRows(grid, grid.rows, columns)], {
    x,
    y,
    w,
    colW: [first, ...columns.map(() => (w - first) / Math.max(1, columns.length))],
    fontFace: FONT,
    fontSize: grid.rows.length > 8 ? 8 : 9,
    color: INK,
    border: { type: 'solid', pt: 0.5, color: 'B1B4B6' },
    valign: 'middle',
  });
}

/** A part of a figures table on a slide of figures: some rows, some columns, with the header. */
export interface TableBlock {
  rows: GridRow[];
  columns: number[];
  /** the widths of the label column and of each figure column, in inches */
  labelW: number;
  valueW: number;
  /** its place in the slide's table area and its size (estimated), in inches */
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The lines a text takes in a cell of a slide's table (an estimate that errs on the long side). */
function linesIn(text: string, w: number): number {
  return Math.max(1, Math.ceil((text.length * TABLE.char) / Math.max(0.1, w - 0.16)));
}

function rowHeight(lines: number): number {
  return (lines * TABLE.font * 1.2) / 72 + 2 * TABLE.margin + 0.01;
}

/** Rows cut into runs that each fit under a header of the height given: the same number in each. */
function runs(rows: readonly GridRow[], height: (row: GridRow) => number, room: number) {
  let count = 0;
  let used = room;
  for (const row of rows) {
    if (used + height(row) > room) {
      count++;
      used = 0;
    }
    used += height(row);
  }
  const even = Math.ceil(rows.length / Math.max(1, count));
  const out: GridRow[][] = [];
  for (let i = 0; i < rows.length; i += even) out.push(rows.slice(i, i + even));
  const fits = out.every((run) => run.reduce((a, r) => a + height(r), 0) <= room);
  if (fits) return out;
  // rows of different heights: fill each run as far as it goes
  const greedy: GridRow[][] = [[]];
  used = 0;
  for (const row of rows) {
    const last = greedy.at(-1) ?? [];
    if (last.length > 0 && used + height(row) > room) {
      greedy.push([row]);
      used = height(row);
    } else {
      last.push(row);
      used += height(row);
    }
  }
  return greedy;
}

/**
 * A grid cut into tables that fit a slide's table area (w × h inches), one array of tables a slide:
 * the columns in as many groups as the width needs, each group's rows in as many tables as the height
 * needs (the same number of rows in each), every table with the header row; the tables laid side by
 * side, then under each other, then on the next slide.
 */
export function tablePages(grid: FigureGrid, w: number, h: number): TableBlock[][] {
  const corner = tableHeader(grid, [])[0]?.text ?? '';
  const longest = Math.max(...grid.rows.map((r) => r.label.length), corner.length / 2);
  const labelW = Math.min(3.4, Math.max(1.6, longest * TABLE.char + 0.2));
  // a figure never wraps; a period's name may, onto two lines
  const valueW =
    Math.max(
      0.8,
      ...grid.rows.flatMap((r) =>
        r.cells.map((c) => cellText(c, grid.decimals).length * TABLE.char),
      ),
      ...grid.short.map((t) => (t.length * TABLE.char) / 2),
    ) + 0.25;
  const perGroup = Math.max(1, Math.floor((w - labelW) / valueW));
  const groups = Math.max(1, Math.ceil(grid.columns.length / perGroup));
  const size = Math.ceil(grid.columns.length / groups);
  const blocks: Omit<TableBlock, 'x' | 'y'>[] = [];
  for (let g = 0; g < groups; g++) {
    const columns = grid.columns.map((_, i) => i).slice(g * size, (g + 1) * size);
    const header = rowHeight(
      Math.max(
        linesIn(corner, labelW),
        ...columns.map((c) => linesIn(grid.short[c] ?? '', valueW)),
      ),
    );
    const height = (row: GridRow) => rowHeight(linesIn(row.label, labelW));
    for (const rows of runs(grid.rows, height, h - header))
      blocks.push({
        rows,
        columns,
        labelW,
        valueW,
        w: labelW + columns.length * valueW,
        h: header + rows.reduce((a, r) => a + height(r), 0),
      });
  }
  const pages: TableBlock[][] = [];
  let page: TableBlock[] = [];
  let x = 0;
  let y = 0;
  let shelf = 0;
  for (const b of blocks) {
    if (x > 0 && x + b.w > w) {
      x = 0;
      y += shelf + TABLE.gap;
      shelf = 0;
    }
    if (page.length > 0 && y + b.h > h) {
      pages.push(page);
      page = [];
      x = 0;
      y = 0;
      shelf = 0;
    }
    page.push({ ...b, x, y });
    x += b.w + TABLE.gap;
    shelf = Math.max(shelf, b.h);
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

function blockTable(slide: Slide, grid: FigureGrid, block: TableBlock, area: Box): void {
  slide.addTable(
    [tableHeader(grid, block.columns), ...tableRows(grid, block.rows, block.columns)],
    {
      x: area.x + block.x,
      y: area.y + block.y,
      w: block.w,
      colW: [block.labelW, ...block.columns.map(() => block.valueW)],
      fontFace: FONT,
      fontSize: TABLE.font,
      color: INK,
      margin: [TABLE.margin, 0.08, TABLE.margin, 0.08],
      border: { type: 'solid', pt: 0.5, color: 'B1B4B6' },
      valign: 'middle',
    },
  );
}

function footer(slide: Slide, f: ExportFigure, box: Box = FOOT): void {
  const caveats = f.caveats.slice(0, CAVEATS_ON_SLIDE);
  if (f.caveats.length > CAVEATS_ON_SLIDE)
    caveats.push(`${f.caveats.length - CAVEATS_ON_SLIDE} more caveats are in the speaker notes.`);
  const key = shorthandUsed(f.grid).map(([s, words]) => `${s} ${words}`);
  slide.addText(
    [
      { text: f.source, options: { breakLine: true } },
      ...[...caveats, ...(key.length > 0 ? [`Key: ${key.join('; ')}.`] : [])].map((text) => ({
        text,
        options: { breakLine: true },
      })),
      { text: `${versionLine(f.release, longDate)} This chart: `, options: {} },
      { text: f.link, options: { hyperlink: { url: f.link }, color: '1D70B8' } },
    ],
    {
      ...box,
      fontFace: FONT,
      fontSize: 8,
      color: GREY,
      valign: 'bottom',
      fit: 'shrink',
    },
  );
}

function speakerNotes(f: ExportFigure): string {
  const { grid } = f;
  const figures = grid.rows.map(
    (row) =>
      `${row.label}: ${row.cells.map((c, i) => `${grid.columns[i] ?? ''} ${cellText(c, grid.decimals)}`).join('; ')}`,
  );
  return [
    ...(f.commentary ? [f.commentary, ''] : []),
    ...f.keyFacts,
    ...(f.keyFacts.length > 0 ? [''] : []),
    ...f.caveats,
    ...f.tableNotes,
    '',
    'The figures:',
    ...figures,
    '',
    f.source,
    versionLine(f.release, longDate),
    f.link,
    ...(f.release.illustrative ? [ILLUSTRATIVE] : []),
  ].join('\n');
}

/** A slide with the figure's label, title and subtitle; where what goes under them starts. */
function slideHead(pptx: PptxGenJS, f: ExportFigure, title: string): { slide: Slide; y: number } {
  const slide = pptx.addSlide();
  const illustrative = f.release.illustrative;
  if (illustrative) illustrativeBadge(slide);
  slide.addText(title, {
    x: 0.5,
    y: illustrative ? 0.55 : 0.3,
    w: W - 1,
    h: 0.7,
    fontFace: FONT,
    fontSize: 22,
    bold: true,
    color: INK,
    fit: 'shrink',
  });
  const y = illustrative ? 1.25 : 1.0;
  slide.addText(f.subtitle, {
    x: 0.5,
    y,
    w: W - 1,
    h: 0.5,
    fontFace: FONT,
    fontSize: 13,
    color: GREY,
    fit: 'shrink',
  });
  return { slide, y: y + 0.5 };
}

/**
 * The figures of a chart that has no room for them beside it, on slides of their own after it; or,
 * for a figure that is a table (`own`), its table from its own slide on, the briefer's note above it.
 */
function figuresSlides(pptx: PptxGenJS, f: ExportFigure, grid: FigureGrid, own = false): void {
  // a little under the subtitle, which can take two lines
  const top = (f.release.illustrative ? 1.75 : 1.5) + 0.1 + (own && f.commentary ? 0.65 : 0);
  const area: Box = { x: 0.5, y: top, w: W - 1, h: FOOT.y - top - 0.15 };
  const pages = tablePages(grid, area.w, area.h);
  pages.forEach((blocks, i) => {
    const part = pages.length > 1 ? `${i + 1} of ${pages.length}` : '';
    const title =
      own && i === 0
        ? f.title
        : own
          ? `${f.title} (continued, ${part})`
          : `${f.title}: figures (continued${part ? `, ${part}` : ''})`;
    const { slide, y } = slideHead(pptx, f, title);
    if (own && i === 0 && f.commentary) commentaryText(slide, f.commentary, y);
    for (const block of blocks) blockTable(slide, grid, block, area);
    footer(slide, f);
    if (own && i === 0) {
      slide.addNotes(speakerNotes(f));
      return;
    }
    const span = (b: TableBlock) => {
      const first = b.columns[0] ?? 0;
      const last = b.columns.at(-1) ?? first;
      const periods =
        first === last
          ? (grid.short[first] ?? '')
          : `${grid.short[first] ?? ''} to ${grid.short[last] ?? ''}`;
      return `${b.rows[0]?.label ?? ''} to ${b.rows.at(-1)?.label ?? ''}, ${periods}`;
    };
    slide.addNotes(
      [
        `The figures of the chart "${f.title}", in ${blocks.length === 1 ? 'a table' : 'tables'}: ${blocks.map(span).join('; ')}.`,
        '',
        f.source,
        versionLine(f.release, longDate),
        f.link,
        ...(f.release.illustrative ? [ILLUSTRATIVE] : []),
      ].join('\n'),
    );
  });
}

/** The briefer's note on the chart, under its subtitle. */
function commentaryText(slide: Slide, text: string, y: number): void {
  slide.addText(text, {
    x: 0.5,
    y,
    w: W - 1,
    h: 0.6,
    fontFace: FONT,
    fontSize: 14,
    color: INK,
    fit: 'shrink',
  });
}

function figureSlide(pptx: PptxGenJS, f: ExportFigure): void {
  const { grid } = f;
  if (f.kind === 'table') {
    figuresSlides(pptx, f, grid, true);
    return;
  }
  const { slide, y: top } = slideHead(pptx, f, f.title);
  let y = top;
  if (f.commentary) {
    commentaryText(slide, f.commentary, y);
    y += 0.65;
  }
  const beside = grid.rows.length <= BESIDE.rows && grid.columns.length <= BESIDE.columns;
  // a ranked chart of many bars takes the slide's height, its words in a column to its right
  const tall = isRanked(f) && f.chart.categories.length > LONG_LIST && !beside;
  const words: Box = tall ? { x: 9.3, y, w: W - 0.5 - 9.3, h: H - 0.15 - y } : FOOT;
  const h = tall ? H - 0.15 - y : FOOT.y - y - 0.1;
  const chartW = beside ? 7.6 : tall ? words.x - 0.3 - 0.5 : W - 1;
  if (f.kind === 'image' && f.image) {
    const scale = Math.min(chartW / f.image.width, h / f.image.height);
    slide.addImage({
      data: f.image.data,
      x: 0.5,
      y,
      w: f.image.width * scale,
      h: f.image.height * scale,
      altText: altText(f, grid),
    });
  } else if (f.kind !== 'image')
    nativeChart(pptx, slide, f, grid, { x: 0.5, y, w: chartW, h, beside });
  if (beside) tableBeside(slide, grid, 0.5 + chartW + 0.3, y, W - 1 - chartW - 0.3);
  footer(slide, f, words);
  slide.addNotes(speakerNotes(f));
  if (!beside) figuresSlides(pptx, f, grid);
}

function titleSlide(pptx: PptxGenJS, pack: ExportPack): void {
  const slide = pptx.addSlide();
  const illustrative = pack.figures.some((f) => f.release.illustrative);
  if (illustrative) illustrativeBadge(slide);
  slide.addText(pack.title, {
    x: 0.8,
    y: 2.2,
    w: W - 1.6,
    h: 1.4,
    fontFace: FONT,
    fontSize: 36,
    bold: true,
    color: INK,
    fit: 'shrink',
  });
  slide.addText(
    [
      {
        text: `${pack.figures.length} ${pack.figures.length === 1 ? 'chart' : 'charts'}, made on ${longDate(pack.created)} with the ${PUBLISHER}.`,
        options: { breakLine: true },
      },
      { text: 'The pack online: ', options: {} },
      { text: pack.link, options: { hyperlink: { url: pack.link }, color: '1D70B8' } },
    ],
    { x: 0.8, y: 3.8, w: W - 1.6, h: 1.2, fontFace: FONT, fontSize: 14, color: GREY },
  );
  slide.addNotes([pack.title, pack.link, ...(illustrative ? [ILLUSTRATIVE] : [])].join('\n'));
}

/** The deck: a title slide when it is a pack, then a slide a chart, each followed by its figures' slides where they are not beside it. */
export async function slidesFile(pack: ExportPack, withTitleSlide: boolean): Promise<Blob> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = pack.title;
  pptx.company = PUBLISHER;
  pptx.author = PUBLISHER;
  if (withTitleSlide) titleSlide(pptx, pack);
  for (const f of pack.figures) figureSlide(pptx, f);
  const data = await pptx.write({ outputType: 'uint8array', compression: true });
  if (!(data instanceof Uint8Array)) throw new Error('the slides could not be written');
  return new Blob([data as Uint8Array<ArrayBuffer>], {
    type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  });
}
