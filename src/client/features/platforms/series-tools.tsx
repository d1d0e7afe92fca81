import type { RefObject } from 'react';
import type { PlatformSeriesResponse, SeriesFigure } from '@shared/platform-series.ts';
import { EmbedCode } from '../../components/figure-tools/embed-code.tsx';
import { citationDone } from '../../components/figure-tools/citation-done.tsx';
import { ToolBar, type ToolDone } from '../../components/figure-tools/tool-bar.tsx';
import { EMBED_SIZE, embedLink, longDate, seriesCitation } from '../../lib/export-citation.ts';
import { saveBlob } from '../../lib/export-files.ts';
import type { ExportFigure } from '../../lib/export-figure.ts';
import { addToLocalPack } from '../../lib/briefing-store.ts';
import { copyTable, gridTable } from '../../lib/export-table.ts';
import type { PanelId } from '../../lib/views.ts';
import { composeFigureSvg, escapeXml, svgToPng } from '../../lib/export-image.ts';
import { seriesCsv } from './series-csv.ts';

const ACTIONS = [
  ['png', 'Download PNG'],
  ['csv', 'Download CSV'],
  ['slides', 'Download slides'],
  ['xlsx', 'Download spreadsheet (.xlsx)'],
  ['ods', 'Download spreadsheet (.ods)'],
  ['copy', 'Copy data as a table'],
  ['cite', 'Cite this'],
  ['embed', 'Embed'],
  ['add', 'Add to briefing'],
] as const;
type Action = (typeof ACTIONS)[number][0];

/**
 * A figure's source line away from its table: the page's line, then the publishers of the figures it
 * shows (each figure's own source is in the table on the page, and in a file's notes).
 */
function sourceLines(body: PlatformSeriesResponse, source: string, figures: SeriesFigure[]) {
  const publishers = [...new Set(figures.map((f) => f.source))].map((sid) => {
    const s = body.sources.find((x) => x.id === sid);
    return s ? `${s.publisher}${s.date ? ` (${s.date.slice(0, 4)})` : ''}` : sid;
  });
  return [
    source.replace(" (each figure's source is in the table)", ''),
    `Sources of these figures: ${publishers.join('; ')}.`,
  ];
}

export function sourceWithPublishers(
  body: PlatformSeriesResponse,
  source: string,
  figures: SeriesFigure[],
): string {
  return sourceLines(body, source, figures).join(' ');
}

/** The platforms view pinned to the version of the release on show: it shows these figures for good. */
export function seriesLink(body: PlatformSeriesResponse): string {
  return `${window.location.origin}/platforms?version=${body.release.version}`;
}

/** 'platforms-shares-uk-2023-24-and-2024-25' from a figure's id and title */
const fileName = (id: string, ext: string) => `platforms-${id}.${ext}`;

/**
 * A platform figure's tools: its image with its title, subtitle and sources around it; its figures as
 * published (CSV, a line a figure with source and words); a citation; the code to embed it. The series
 * has no dataset version: a link to it shows the figures of the release the dashboard ships.
 */
export function SeriesFigureTools({
  figure,
  id,
  index,
  title,
  subtitle,
  source,
  body,
  figures,
  exported,
}: {
  figure: RefObject<HTMLElement | null>;
  id: PanelId;
  /** its place among the page's figures, for the embed link (0: the first) */
  index: number;
  title: string;
  subtitle: string;
  source: string;
  body: PlatformSeriesResponse;
  figures: SeriesFigure[];
  /** the figure as slides and spreadsheets take it */
  exported: () => ExportFigure;
}) {
  const link = seriesLink(body);
  const run = async (action: Action): Promise<ToolDone> => {
    const el = figure.current;
    if (!el) return { said: null };
    switch (action) {
      case 'png': {
        // the notes under the chart, and the sources of its figures (the table is not in the image)
        const notes = [...el.querySelectorAll('[data-figure-notes] p')].map((p) =>
          p.textContent.trim(),
        );
        const composed = composeFigureSvg(el, {
          title,
          subtitle,
          illustrative: false,
          caveats: notes,
          source: sourceLines(body, source, figures),
          footer: [`Published figures, drawn on ${longDate(new Date())}: ${link}`],
        });
        if (!composed) {
          return { said: 'Show the chart to download it as an image.' };
        }
        saveBlob(await svgToPng(composed, 2), fileName(id, 'png'));
        return {
          said: `Downloaded ${fileName(id, 'png')}: the chart at twice screen size, for slides.`,
        };
      }
      case 'csv':
        saveBlob(seriesCsv({ ...body, figures }), fileName(id, 'csv'));
        return {
          said: `Downloaded ${fileName(id, 'csv')}: the ${figures.length} published figures in this chart, each with its source and words.`,
        };
      case 'cite': {
        const text = seriesCitation({
          title,
          release: body.release.title,
          url: link,
          accessed: new Date(),
        });
        return citationDone(text);
      }
      case 'slides':
      case 'xlsx':
      case 'ods': {
        const { packFile } = await import('../../components/figure-tools/figure-export.ts');
        const f = exported();
        const ext = action === 'slides' ? 'pptx' : action;
        saveBlob(
          await packFile({ title, link: f.link, created: new Date(), figures: [f] }, action, false),
          fileName(id, ext),
        );
        return {
          said:
            action === 'slides'
              ? `Downloaded ${fileName(id, ext)}: ${f.kind === 'table' ? 'the table on slides' : 'one slide with the chart, which PowerPoint and LibreOffice can edit'}, each figure's source in the speaker notes.`
              : `Downloaded ${fileName(id, ext)}: a cover sheet, contents, notes (with each figure's source) and the figures as a table.`,
        };
      }
      case 'copy':
        await copyTable(gridTable(exported()));
        return { said: 'Copied the data as a table: paste it into Excel or Word.' };
      case 'add': {
        const version = `version=${body.release.version}`;
        const added = addToLocalPack({ path: '/platforms', search: version, title, panel: id });
        const charts = `${added.count} ${added.count === 1 ? 'chart' : 'charts'}`;
        return {
          said: (
            <>
              {added.added
                ? `Added to the briefing pack (${charts}), pinned to version ${body.release.version} of the release's figures.`
                : added.reason === 'already'
                  ? `This chart is already in the briefing pack (${charts}).`
                  : `The briefing pack is full (${charts}): remove one to add another.`}{' '}
              <a href="/briefing">Open the briefing pack</a>
            </>
          ),
        };
      }
      case 'embed': {
        const src = embedLink(link, index);
        const code = `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" width="${EMBED_SIZE.width}" height="${EMBED_SIZE.height}" style="border: 0" loading="lazy"></iframe>`;
        return {
          said: 'The code to embed this chart in another page is below.',
          given: <EmbedCode code={code} />,
        };
      }
    }
  };
  return <ToolBar actions={ACTIONS} run={run} />;
}
