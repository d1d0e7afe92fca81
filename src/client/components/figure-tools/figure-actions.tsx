import type { ReactNode } from 'react';
import { packItemSearch } from '@shared/pack.ts';
import { addToLocalPack } from '../../lib/briefing-store.ts';
import { citation, EMBED_SIZE, embedLink, pinnedLink } from '../../lib/export-citation.ts';
import { chartCsv, saveBlob } from '../../lib/export-files.ts';
import { escapeXml, svgToPng } from '../../lib/export-image.ts';
import { exportFileName } from '../../lib/export-names.ts';
import { drawingOnShow } from '../../lib/figure-drawing.ts';
import { copyTable, figureTable } from '../../lib/export-table.ts';
import { citationDone } from './citation-done.tsx';
import { EmbedCode } from './embed-code.tsx';
import type { ToolDone } from './tool-bar.tsx';
import { captionLines, drawn, linkTo, shownTab, type FigureContext } from './figure-parts.ts';
import type { FigureAction } from './figure-tools.tsx';

/** The work behind a figure's tools, loaded on the first click. */

/** Do what the button says, and say what was done (or why not) in words. */
export async function runFigureAction(action: FigureAction, ctx: FigureContext): Promise<ToolDone> {
  const figure = ctx.figure.current;
  if (!figure) return { said: null };
  if (action === 'embed') return embed(ctx, figure);
  if (action === 'slides' || action === 'xlsx' || action === 'ods') {
    const { downloadFigure } = await import('./figure-export.ts');
    return { said: await downloadFigure(ctx, figure, action) };
  }
  return { said: await act(action, ctx, figure) };
}

/**
 * The code that puts this figure in another site's page: a frame of the view at `embed=1`, pinned to
 * the version of the figures on show, naming the figure when it is not the view's first.
 */
function embed(ctx: FigureContext, figure: HTMLElement): ToolDone {
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
  action: Exclude<FigureAction, 'embed' | 'slides' | 'xlsx' | 'ods'>,
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
      return (await citationDone(text)).said;
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
