import type { ExportFigure } from '../../lib/export-figure.ts';
import { saveBlob } from '../../lib/export-files.ts';
import { packFileName } from '../../lib/export-names.ts';
import { exportFigure, packFile, type FileKind } from './figure-export.ts';
import { figureSource, ownExport } from './figure-source.tsx';

/**
 * A briefing pack's slides or spreadsheet, made from the figures on its pages (each drawn by its own
 * view, as it prints), in order, with the briefer's title and notes.
 */

const WAIT_MS = 15_000;

/** The figure a pack page shows, once its view has drawn it. */
async function shownFigure(page: Element, n: number): Promise<HTMLElement> {
  const until = Date.now() + WAIT_MS;
  for (;;) {
    const figure = page.querySelector<HTMLElement>('figure[data-stage-focus]');
    if (
      figure &&
      (figureSource(figure) ?? ownExport(figure)) &&
      figure.getAttribute('aria-busy') !== 'true'
    )
      return figure;
    if (Date.now() > until) throw new Error(`chart ${n} of the pack has not loaded.`);
    await new Promise((r) => window.setTimeout(r, 100));
  }
}

export interface PackWords {
  title: string | undefined;
  /** the note under each chart, in order ('' for none) */
  notes: readonly string[];
  /** the pack's own link */
  link: string;
}

export async function downloadPack(
  pages: readonly Element[],
  words: PackWords,
  kind: FileKind,
): Promise<string> {
  const figures: ExportFigure[] = [];
  for (const [i, page] of pages.entries()) {
    const figure = await shownFigure(page, i + 1);
    const note = words.notes[i] ?? '';
    const source = figureSource(figure);
    const made = ownExport(figure);
    if (source)
      figures.push(await exportFigure({ ...source, figure: { current: figure } }, figure, note));
    else if (made) figures.push(made(note));
    else throw new Error(`chart ${i + 1} of the pack has not loaded.`);
  }
  const title = words.title ?? 'Briefing pack';
  const blob = await packFile(
    { title, link: words.link, created: new Date(), figures },
    kind,
    true,
  );
  const name = packFileName(
    words.title,
    figures.length,
    figures.some((f) => f.release.illustrative),
    kind === 'slides' ? 'pptx' : kind,
  );
  saveBlob(blob, name);
  return kind === 'slides'
    ? `Downloaded ${name}: a title slide and one slide a chart, with the notes as the slides' text and the key facts in the speaker notes.`
    : `Downloaded ${name}: a cover sheet, contents, notes and one table a chart.`;
}
