import { useSyncExternalStore } from 'react';

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
  tell();
  return () => {
    delete html.dataset.printing;
    tell();
  };
}

/** Who redraws for paper: charts whose height is set for the screen (usePaper). */
const listeners = new Set<() => void>();
function tell(): void {
  for (const listener of listeners) listener();
}
function paperNow(): PaperKind | null {
  const kind = document.documentElement.dataset.printing;
  return kind === 'view' || kind === 'pack' ? kind : null;
}

/**
 * The paper the page is being laid out for, or null on screen: a chart drawn for paper is drawn to
 * the paper's proportions (and to its width, by useWidth). In the browser's own Print the change
 * lands inside the `beforeprint` handler's synchronous redraw (use-width.ts).
 */
export function usePaper(): PaperKind | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    paperNow,
    () => null,
  );
}
