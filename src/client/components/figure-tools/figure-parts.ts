import { textBlocks } from '../../lib/dom-text.ts';
import type { RefObject } from 'react';
import type { CountsResponse, Note } from '@shared/contract.ts';
import { forceCoverage } from '../../lib/chart-data.ts';
import { longDate, pinnedLink, PUBLISHER } from '../../lib/export-citation.ts';
import { composeFigureSvg, findChartSvg, type ComposedSvg } from '../../lib/export-image.ts';
import { drawingOnShow } from '../../lib/figure-drawing.ts';
import { SELECTION_HEADING, selectionWords, type NoteWords } from '../../lib/note-words.ts';
import type { PanelId } from '../../lib/views.ts';

/**
 * What a figure's tools read from the figure on show: its words, caveats, source, pinned link and
 * drawing. The downloads (image, CSV, slides, spreadsheet) all take them from here, so that every
 * file says the same as the page.
 */

export interface FigureContext {
  figure: RefObject<HTMLElement | null>;
  title: string;
  subtitle: string;
  response: CountsResponse;
  /** the numbers the chart draws, where they are not the response's own: the CSV and the copy */
  drawn?: CountsResponse | undefined;
  /** open the Chart tab, to draw the chart when the table is showing */
  showChart: () => void;
  /** the page the figure is on */
  path: string;
  search: string;
  /** the view's panel it is drawn in (a pack's slide draws that panel alone); null: none named */
  panel?: PanelId | null;
  /** notes in words, written from their codes */
  words: NoteWords;
}

export const NOTE_KINDS: readonly Note['kind'][] = [
  'disagreement',
  'partial-breakdown',
  'suppressed',
  'coverage',
  'rate',
  'not-asked',
];
const MAX_NOTES = 8;

/** The caveats that travel with the image: who is missing, and the notes the page shows. */
export function figureCaveats(r: CountsResponse, words: NoteWords): string[] {
  const out: string[] = [];
  const { of, min, max } = forceCoverage(r);
  const missing = r.notes.some((n) => n.kind === 'missing' || n.kind === 'unplaced');
  if (of > 0 && (min < of || missing)) {
    const range = min === max ? `${max}` : `${min} to ${max}`;
    out.push(
      `Figures for ${range} of ${of} ${of === 1 ? 'force' : 'forces'}${min === max ? '' : ', depending on the period'}; the forces without figures, and why, are listed at the link below.`,
    );
  }
  // said above the chart on the page: figures that are not all of anything travel with it
  const selection = selectionWords(r.notes, words);
  if (selection !== null) out.push(`${SELECTION_HEADING}. ${selection}`);
  const notes = r.notes.filter((n) => NOTE_KINDS.includes(n.kind)).flatMap(words.byForce);
  out.push(...notes.slice(0, MAX_NOTES));
  if (notes.length > MAX_NOTES)
    out.push(`${notes.length - MAX_NOTES} more notes are given at the link below.`);
  return out;
}

/** Notes on how the chart is drawn (a bar cut short…), marked `data-image-note` where they are shown. */
export function drawingNotes(figure: HTMLElement): string[] {
  return [...figure.querySelectorAll('[data-image-note]')]
    .map((el) => textBlocks(el).join(' '))
    .filter((text) => text !== '');
}

/**
 * The figure's caption a line a block: the source line, then (unless `wording` is false, as for a
 * copied table, which gives the wording in its own lines) the figures as published, heading and
 * entries each a line.
 */
export function captionLines(figure: HTMLElement, wording: boolean): string[] {
  const caption = figure.querySelector('figcaption');
  if (!caption) return [];
  return textBlocks(caption, wording ? undefined : '[data-published-wording]');
}

/** The caption as one paragraph, its blocks kept apart (slides and spreadsheets). */
export function sourceText(figure: HTMLElement): string {
  return captionLines(figure, true).join(' ');
}

/**
 * The pinned link to the figure as it is on show: a tab that draws the figures another way (the
 * map) stays in it, so that the link, the citation and the image's "reproduce" line open the map.
 */
export function linkTo(ctx: FigureContext, figure: HTMLElement): string {
  return pinnedLink(
    window.location.origin,
    ctx.path,
    ctx.search,
    ctx.response.dataset.version,
    shownTab(ctx, figure),
  );
}

export function shownTab(ctx: FigureContext, figure: HTMLElement): string | null {
  return drawingOnShow(figure) ? new URLSearchParams(ctx.search).get('tab') : null;
}

export async function drawn(ctx: FigureContext, figure: HTMLElement): Promise<ComposedSvg> {
  const source = drawingOnShow(figure);
  if (!source && !findChartSvg(figure)) {
    ctx.showChart();
    const until = Date.now() + 5000;
    while (!findChartSvg(figure) && Date.now() < until)
      await new Promise((r) => window.setTimeout(r, 50));
  }
  const r = ctx.response;
  const link = linkTo(ctx, figure);
  const composed = composeFigureSvg(
    figure,
    {
      title: ctx.title,
      subtitle: ctx.subtitle,
      illustrative: r.dataset.illustrative,
      caveats: [...drawingNotes(figure), ...figureCaveats(r, ctx.words)],
      source: captionLines(figure, true),
      footer: [
        `Drawn on ${longDate(new Date())} from ${r.dataset.title}, version ${r.dataset.version} (${longDate(r.dataset.updated)}). ${PUBLISHER}.`,
        `Reproduce this ${source?.kind ?? 'chart'}: ${link}`,
      ],
    },
    await source?.draw(),
  );
  if (!composed)
    throw new Error('the chart is not drawn: there is nothing to show for this selection.');
  return composed;
}
