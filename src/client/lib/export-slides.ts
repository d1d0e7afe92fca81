import PptxGenJS from 'pptxgenjs';
import { chartData } from './chart-data.ts';
import { longDate, PUBLISHER } from './export-citation.ts';
import {
  cellText,
  figureGrid,
  ILLUSTRATIVE,
  shorthandUsed,
  versionLine,
  type ExportFigure,
  type ExportPack,
  type FigureGrid,
} from './export-figure.ts';

/**
 * A briefing as a PowerPoint deck (16:9), one slide a chart: the chart as a native chart that
 * PowerPoint and LibreOffice can edit where the page draws a line, bar or stacked bar chart, else the
 * image of what is on show beside its figures; on every slide the title, subtitle, the briefer's
 * note, source, caveats, dataset version and the pinned link; the key facts, every caveat and the
 * figures' notes in the speaker notes. This module loads only when slides are asked for.
 */

const W = 13.333;
const FONT = 'Arial';
const INK = '0B0C0C';
const GREY = '505A5F';
/** the page's own caveats run long: the first few go on the slide, all of them in the notes */
const CAVEATS_ON_SLIDE = 3;
/** a table this small fits beside the chart; a larger one stays in the chart and the notes */
const BESIDE = { rows: 12, columns: 4 };

type Slide = PptxGenJS.Slide;

function hex(colour: string): string {
  return colour.replace('#', '').toUpperCase();
}

/** A missing figure is a gap in the chart, never a zero: NaN is written as an empty point. */
function gaps(values: readonly (number | null)[]): number[] {
  return values.map((v) => v ?? Number.NaN);
}

function formatCode(grid: FigureGrid): string {
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
  const periods = f.numbers.periods;
  const span =
    periods.length === 0
      ? ''
      : periods.length === 1
        ? ` in ${periods[0]?.label ?? ''}`
        : ` from ${periods[0]?.label ?? ''} to ${periods.at(-1)?.label ?? ''}`;
  return `${kind}: ${f.title}. ${f.subtitle} ${grid.rows.length} ${grid.rowHeader.toLowerCase()} rows${span}, in ${grid.unit}. The figures are in the table beside it or in the speaker notes.`;
}

function chartOptions(f: ExportFigure, grid: FigureGrid, w: number, y: number, h: number) {
  return {
    x: 0.5,
    y,
    w,
    h,
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

/** The chart drawn as the page draws it, as a chart PowerPoint can edit. */
function nativeChart(
  pptx: PptxGenJS,
  slide: Slide,
  f: ExportFigure,
  grid: FigureGrid,
  box: { w: number; y: number; h: number; beside: boolean },
): void {
  const r = f.numbers;
  const opts = chartOptions(f, grid, box.w, box.y, box.h);
  if (f.kind === 'bar' && r.periods.length === 1) {
    // a ranked bar chart: largest first, as on the page, with what has no figure after the rest
    const ranked = [...r.series].sort(
      (a, b) =>
        Number(a.kind === 'not-broken-down') - Number(b.kind === 'not-broken-down') ||
        (b.values[0] ?? -Infinity) - (a.values[0] ?? -Infinity),
    );
    slide.addChart(
      pptx.ChartType.bar,
      [
        {
          name: `${r.periods[0]?.label ?? ''} (${grid.unit})`,
          labels: ranked.map((s) => s.label),
          values: gaps(ranked.map((s) => s.values[0] ?? null)),
        },
      ],
      {
        ...opts,
        barDir: 'bar',
        // the first (largest) at the top, as the page ranks them
        catAxisOrientation: 'maxMin' as 'minMax',
        chartColors: ['12436D'],
        showLegend: false,
        // the figures are read off the bars: a chart of every force has no room for a table beside
        showValue: true,
        dataLabelFontSize: ranked.length > 20 ? 7 : 9,
        catAxisLabelFontSize: ranked.length > 20 ? 7 : 10,
        catAxisLabelFrequency: '1',
      },
    );
    return;
  }
  // the series the page draws: at most six, the rest as "Other", each in its own colour
  const data = chartData(r, null);
  // with no table beside, a chart with few points carries its figures on it
  const labelled = !box.beside && data.series.length * r.periods.length <= 30;
  const labels = r.periods.map((p) => (p.partial ? `${p.label} (part)` : p.label));
  slide.addChart(
    f.kind === 'line' ? pptx.ChartType.line : pptx.ChartType.bar,
    data.series.map((s) => ({ name: s.label, labels, values: gaps(s.values) })),
    {
      ...opts,
      chartColors: data.series.map((s) => hex(s.colour)),
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

function tableBeside(slide: Slide, grid: FigureGrid, x: number, y: number, w: number): void {
  const what = grid.rowHeader === 'Crimes' ? 'Figures' : grid.rowHeader;
  const header = [`${what} (${grid.unit})`, ...grid.short].map((text) => ({
    text,
    options: { bold: true, fill: { color: 'F3F2F1' } },
  }));
  const rows = grid.rows.map((row) => [
    { text: row.label, options: { bold: row.kind === 'total' } },
    ...row.cells.map((c) => ({
      text: cellText(c, grid.decimals),
      options: { align: 'right' as const, bold: row.kind === 'total' },
    })),
  ]);
  const first = Math.min(w * 0.42, 2.2);
  slide.addTable([header, ...rows], {
    x,
    y,
    w,
    colW: [first, ...grid.columns.map(() => (w - first) / Math.max(1, grid.columns.length))],
    fontFace: FONT,
    fontSize: grid.rows.length > 8 ? 8 : 9,
    color: INK,
    border: { type: 'solid', pt: 0.5, color: 'B1B4B6' },
    valign: 'middle',
  });
}

function footer(slide: Slide, f: ExportFigure): void {
  const caveats = f.caveats.slice(0, CAVEATS_ON_SLIDE);
  if (f.caveats.length > CAVEATS_ON_SLIDE)
    caveats.push(`${f.caveats.length - CAVEATS_ON_SLIDE} more caveats are in the speaker notes.`);
  const key = shorthandUsed(figureGrid(f.numbers)).map(([s, words]) => `${s} ${words}`);
  slide.addText(
    [
      { text: f.source, options: { breakLine: true } },
      ...[...caveats, ...(key.length > 0 ? [`Key: ${key.join('; ')}.`] : [])].map((text) => ({
        text,
        options: { breakLine: true },
      })),
      { text: `${versionLine(f.dataset, longDate)} This chart: `, options: {} },
      { text: f.link, options: { hyperlink: { url: f.link }, color: '1D70B8' } },
    ],
    {
      x: 0.5,
      y: 6.0,
      w: W - 1,
      h: 1.35,
      fontFace: FONT,
      fontSize: 8,
      color: GREY,
      valign: 'bottom',
      fit: 'shrink',
    },
  );
}

function speakerNotes(f: ExportFigure): string {
  const grid = figureGrid(f.numbers);
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
    versionLine(f.dataset, longDate),
    f.link,
    ...(f.dataset.illustrative ? [ILLUSTRATIVE] : []),
  ].join('\n');
}

function figureSlide(pptx: PptxGenJS, f: ExportFigure): void {
  const slide = pptx.addSlide();
  const grid = figureGrid(f.numbers);
  const illustrative = f.dataset.illustrative;
  if (illustrative) illustrativeBadge(slide);
  slide.addText(f.title, {
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
  let y = illustrative ? 1.25 : 1.0;
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
  y += 0.5;
  if (f.commentary) {
    slide.addText(f.commentary, {
      x: 0.5,
      y,
      w: W - 1,
      h: 0.6,
      fontFace: FONT,
      fontSize: 14,
      color: INK,
      fit: 'shrink',
    });
    y += 0.65;
  }
  const h = 6.0 - y - 0.1;
  const fits = grid.rows.length <= BESIDE.rows && grid.columns.length <= BESIDE.columns;
  const beside = f.kind === 'image' || fits;
  const chartW = beside ? 7.6 : W - 1;
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
  } else if (f.kind !== 'image') nativeChart(pptx, slide, f, grid, { w: chartW, y, h, beside });
  if (beside) tableBeside(slide, grid, 0.5 + chartW + 0.3, y, W - 1 - chartW - 0.3);
  footer(slide, f);
  slide.addNotes(speakerNotes(f));
}

function titleSlide(pptx: PptxGenJS, pack: ExportPack): void {
  const slide = pptx.addSlide();
  const illustrative = pack.figures.some((f) => f.dataset.illustrative);
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

/** The deck: a title slide when it is a pack, then one slide a chart. */
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
