import type { ReactNode, RefObject } from 'react';
import type { CountsResponse, Note } from '@shared/contract.ts';
import { packItemSearch } from '@shared/pack.ts';
import { addToLocalPack } from '../../lib/briefing-store.ts';
import { forceCoverage } from '../../lib/chart-data.ts';
import {
  citation,
  EMBED_SIZE,
  embedLink,
  longDate,
  pinnedLink,
  PUBLISHER,
} from '../../lib/export-citation.ts';
import { chartCsv, saveBlob } from '../../lib/export-files.ts';
import {
  composeFigureSvg,
  escapeXml,
  findChartSvg,
  svgToPng,
  type ComposedSvg,
} from '../../lib/export-image.ts';
import { exportFileName } from '../../lib/export-names.ts';
import { textBlocks } from '../../lib/dom-text.ts';
import { drawingOnShow } from '../../lib/figure-drawing.ts';
import { copyTable, figureTable } from '../../lib/export-table.ts';
import type { NoteWords } from '../../lib/note-words.ts';
import type { PanelId } from '../../lib/views.ts';
import { EmbedCode } from './embed-code.tsx';
import type { FigureAction } from './figure-tools.tsx';

/** The work behind a figure's tools, loaded on the first click. */

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

const NOTE_KINDS: readonly Note['kind'][] = [
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
  const notes = r.notes.filter((n) => NOTE_KINDS.includes(n.kind)).flatMap(words.byForce);
  out.push(...notes.slice(0, MAX_NOTES));
  if (notes.length > MAX_NOTES)
    out.push(`${notes.length - MAX_NOTES} more notes are given at the link below.`);
  return out;
}

/** Notes on how the chart is drawn (a bar cut short…), marked `data-image-note` where they are shown. */
function drawingNotes(figure: HTMLElement): string[] {
  return [...figure.querySelectorAll('[data-image-note]')]
    .map((el) => textBlocks(el).join(' '))
    .filter((text) => text !== '');
}

/**
 * The figure's caption a line a block: the source line, then (unless `wording` is false, as for a
 * copied table, which gives the wording in its own lines) the figures as published, heading and
 * entries each a line.
 */
function captionLines(figure: HTMLElement, wording: boolean): string[] {
  const caption = figure.querySelector('figcaption');
  if (!caption) return [];
  return textBlocks(caption, wording ? undefined : '[data-published-wording]');
}

/**
 * The pinned link to the figure as it is on show: a tab that draws the figures another way (the
 * map) stays in it, so that the link, the citation and the image's "reproduce" line open the map.
 */
function linkTo(ctx: FigureContext, figure: HTMLElement): string {
  return pinnedLink(
    window.location.origin,
    ctx.path,
    ctx.search,
    ctx.response.dataset.version,
    shownTab(ctx, figure),
  );
}

function shownTab(ctx: FigureContext, figure: HTMLElement): string | null {
  return drawingOnShow(figure) ? new URLSearchParams(ctx.search).get('tab') : null;
}

async function drawn(ctx: FigureContext, figure: HTMLElement): Promise<ComposedSvg> {
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

/** What an action did, in words, and anything it gives to take away (the code to embed). */
export interface ActionDone {
  said: ReactNode;
  given?: ReactNode;
}

/** Do what the button says, and say what was done (or why not) in words. */
export async function runFigureAction(
  action: FigureAction,
  ctx: FigureContext,
): Promise<ActionDone> {
  const figure = ctx.figure.current;
  if (!figure) return { said: null };
  if (action === 'embed') return embed(ctx, figure);
  return { said: await act(action, ctx, figure) };
}

/**
 * The code that puts this figure in another site's page: a frame of the view at `embed=1`, pinned to
 * the version of the figures on show, naming the figure when it is not the view's first.
 */
function embed(ctx: FigureContext, figure: HTMLElement): ActionDone {
  const figures = [...document.querySelectorAll('figure')].filter(
    (f) => !f.parentElement?.closest('figure'),
  );
  const version = ctx.response.dataset.version;
  const src = embedLink(
    pinnedLink(window.location.origin, ctx.path, ctx.search, version, shownTab(ctx, figure)),
    Math.max(0, figures.indexOf(figure)),
  );
  // tall enough for what is on show (a map, a ranked chart of every force) with its words around it
  const panel = figure.querySelector('[role="tabpanel"]')?.getBoundingClientRect().height ?? 0;
  const height = Math.round(
    Math.min(EMBED_SIZE.tallest, Math.max(EMBED_SIZE.height, panel + EMBED_SIZE.words)),
  );
  const code = `<iframe src="${escapeXml(src)}" title="${escapeXml(ctx.title)}" width="${EMBED_SIZE.width}" height="${height}" style="border: 0" loading="lazy"></iframe>`;
  return {
    said: `The code to embed this chart in another page is below: it shows version ${version} of the figures, whatever is loaded later.`,
    given: <EmbedCode code={code} />,
  };
}

async function act(
  action: Exclude<FigureAction, 'embed'>,
  ctx: FigureContext,
  figure: HTMLElement,
): Promise<ReactNode> {
  const r = ctx.response;
  const { path, search } = ctx;
  const link = linkTo(ctx, figure);
  // an image of the map is named as one, beside the chart's
  const kind = drawingOnShow(figure)?.kind;
  const name = (ext: 'csv' | 'png' | 'svg') =>
    exportFileName(path, r, ext).replace(/\.(png|svg)$/, kind ? `-${kind}.$1` : '.$1');
  switch (action) {
    case 'png':
      saveBlob(await svgToPng(await drawn(ctx, figure), 2), name('png'));
      return `Downloaded ${name('png')}: the ${kind ?? 'chart'} at twice screen size, for slides.`;
    case 'svg':
      saveBlob(
        new Blob([(await drawn(ctx, figure)).svg(1)], { type: 'image/svg+xml' }),
        name('svg'),
      );
      return `Downloaded ${name('svg')}.`;
    case 'csv':
      saveBlob(chartCsv(ctx.drawn ?? r, { title: ctx.title, link }), name('csv'));
      return `Downloaded ${name('csv')}: the numbers in this chart, one row per period and series.`;
    case 'copy':
      await copyTable(
        figureTable(ctx.drawn ?? r, ctx.title, captionLines(figure, false), ctx.words),
      );
      return 'Copied the data as a table: paste it into Excel or Word.';
    case 'cite': {
      const text = citation({
        title: ctx.title,
        dataset: r.dataset,
        url: link,
        accessed: new Date(),
      });
      const copied = await navigator.clipboard.writeText(text).then(
        () => true,
        () => false,
      );
      return (
        <>
          {copied ? 'Citation copied to the clipboard:' : 'Citation (select it and copy it):'}
          <span className="mt-1 block border-l-4 border-border bg-panel p-3 font-normal select-all">
            {text}
          </span>
        </>
      );
    }
    case 'add': {
      const added = addToLocalPack({
        path,
        search: packItemSearch(search.replace(/^\?/, ''), r.dataset.version),
        title: ctx.title,
        ...(ctx.panel ? { panel: ctx.panel } : {}),
      });
      const charts = `${added.count} ${added.count === 1 ? 'chart' : 'charts'}`;
      return (
        <>
          {added.added
            ? `Added to the briefing pack (${charts}), pinned to version ${r.dataset.version} of the figures.`
            : added.reason === 'already'
              ? `This chart is already in the briefing pack (${charts}).`
              : `The briefing pack is full (${charts}): remove one to add another.`}{' '}
          <a href="/briefing">Open the briefing pack</a>
        </>
      );
    }
  }
}
