import {
  countsExport,
  type ChartKind,
  type ExportFigure,
  type ExportPack,
} from '../../lib/export-figure.ts';
import { saveBlob } from '../../lib/export-files.ts';
import { svgToPng } from '../../lib/export-image.ts';
import { exportFileName } from '../../lib/export-names.ts';
import { drawingOnShow } from '../../lib/figure-drawing.ts';
import { formatValue } from '../../lib/format.ts';
import {
  drawn,
  figureCaveats,
  drawingNotes,
  linkTo,
  NOTE_KINDS,
  sourceText,
  type FigureContext,
} from './figure-parts.ts';
import { keyValueOf } from './key-figure.tsx';

/**
 * A figure on show as slides and spreadsheets take it: the numbers its chart draws, its words as the
 * page writes them, its pinned link. The file writers load only when asked for (pptxgenjs for the
 * slides), so that nothing here weighs on the page.
 */

const KINDS: readonly ChartKind[] = ['line', 'bar', 'stacked'];

/** How the page draws the chart: each chart component marks itself with `data-chart-kind`. */
function chartKind(ctx: FigureContext, figure: HTMLElement): ChartKind {
  if (drawingOnShow(figure)) return 'image';
  const marked = figure.querySelector('[data-chart-kind]')?.getAttribute('data-chart-kind');
  const kind = KINDS.find((k) => k === marked);
  if (kind) return kind;
  // the Table tab is showing: draw what a chart of these numbers would be
  return (ctx.drawn ?? ctx.response).periods.length > 1 ? 'line' : 'bar';
}

async function pngDataUrl(blob: Blob): Promise<string> {
  return new Promise((ok, fail) => {
    const reader = new FileReader();
    reader.onload = () =>
      typeof reader.result === 'string'
        ? ok(reader.result)
        : fail(new Error('the image could not be read'));
    reader.onerror = () => fail(reader.error ?? new Error('the image could not be read'));
    reader.readAsDataURL(blob);
  });
}

/** The sentences a presenter says for the figure: its key figure (as Present shows it) and caveat. */
function keyFacts(ctx: FigureContext): string[] {
  const key = keyValueOf(ctx.response);
  if (!key) return [];
  const value =
    key.value === null
      ? ''
      : `${key.suppressed ? 'At least ' : ''}${formatValue(key.value, key.measure)} `;
  return [`${value}${key.text}.`, ...(key.aside ? [key.aside] : [])];
}

export async function exportFigure(
  ctx: FigureContext,
  figure: HTMLElement,
  commentary = '',
): Promise<ExportFigure> {
  const r = ctx.response;
  const kind = chartKind(ctx, figure);
  let image: ExportFigure['image'];
  if (kind === 'image') {
    const composed = await drawn(ctx, figure);
    image = {
      data: await pngDataUrl(await svgToPng(composed, 2)),
      width: composed.width,
      height: composed.height,
    };
  }
  return {
    title: ctx.title,
    subtitle: ctx.subtitle,
    source: sourceText(figure),
    // how the page draws the chart (a bar cut short) holds for its image, not for a native chart
    // drawn to full scale or a table of figures
    caveats: [...(image ? drawingNotes(figure) : []), ...figureCaveats(r, ctx.words)],
    tableNotes: r.notes.filter((n) => !NOTE_KINDS.includes(n.kind)).flatMap(ctx.words.byForce),
    link: linkTo(ctx, figure),
    ...countsExport(ctx.drawn ?? r, kind),
    kind,
    image,
    keyFacts: keyFacts(ctx),
    commentary,
  };
}

export type FileKind = 'slides' | 'xlsx' | 'ods';

const EXTENSION = { slides: 'pptx', xlsx: 'xlsx', ods: 'ods' } as const;

/** Write a pack (or one figure as a pack of one) as the file asked for. */
export async function packFile(pack: ExportPack, kind: FileKind, titleSlide: boolean) {
  if (kind === 'slides') {
    const { slidesFile } = await import('../../lib/export-slides.ts');
    return slidesFile(pack, titleSlide);
  }
  const { spreadsheetFile } = await import('../../lib/export-spreadsheet.ts');
  return spreadsheetFile(pack, kind);
}

/** One figure's slide or spreadsheet, named from its title and filters as its other downloads. */
export async function downloadFigure(
  ctx: FigureContext,
  figure: HTMLElement,
  kind: FileKind,
): Promise<string> {
  const f = await exportFigure(ctx, figure);
  const blob = await packFile(
    { title: f.title, link: f.link, created: new Date(), figures: [f] },
    kind,
    false,
  );
  const name = exportFileName(ctx.path, ctx.response, EXTENSION[kind]);
  saveBlob(blob, name);
  return kind === 'slides'
    ? `Downloaded ${name}: one slide with the chart${f.kind === 'image' ? ' as an image beside its figures' : ', which PowerPoint and LibreOffice can edit'}, and the key facts in its speaker notes.`
    : `Downloaded ${name}: a cover sheet, contents, notes and the chart's figures as a table.`;
}
