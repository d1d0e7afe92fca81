/**
 * Print with the charts drawn for the paper: charts draw at the width they are given, so the page is
 * narrowed to the printed width (index.css, `data-printing`) and the charts redraw. The Print buttons
 * narrow it and give the charts a moment; the browser's own Print (Ctrl+P) gives no moment, so the
 * charts redraw at once on `beforeprint` (components/charts/use-width.ts), and any still drawn for
 * the screen are scaled to fit (index.css).
 */
export async function printForPaper(kind: PaperKind): Promise<void> {
  const done = narrowToPaper(kind);
  window.addEventListener('afterprint', done, { once: true });
  await new Promise((resolve) => window.setTimeout(resolve, 400));
  window.print();
  // browsers whose print() returns at once clean up on afterprint; the others have printed by now
  window.setTimeout(done, 1000);
}

/** A view prints on A4 portrait; a briefing pack on A4 landscape. */
export type PaperKind = 'view' | 'pack';

/** The paper the page on show prints on. */
function paperFor(): PaperKind {
  return document.querySelector('.pack-document') ? 'pack' : 'view';
}

/**
 * Lays the page out at the printed width, and returns how to undo it. A layout already narrowed (by
 * a Print button) is left as it is, and undoing is then left to whoever narrowed it.
 */
export function narrowToPaper(kind: PaperKind = paperFor()): () => void {
  const html = document.documentElement;
  if (html.dataset.printing) return () => undefined;
  html.dataset.printing = kind;
  return () => {
    delete html.dataset.printing;
  };
}
