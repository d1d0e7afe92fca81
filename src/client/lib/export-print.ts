/**
 * Print with the charts drawn for the paper: charts draw at the width they are given, so before the
 * print dialog opens the page is narrowed to the printed width (index.css, `data-printing`) and the
 * charts are given a moment to redraw. Ctrl+P still prints cleanly; the charts are then scaled.
 */
export async function printForPaper(kind: 'view' | 'pack'): Promise<void> {
  const html = document.documentElement;
  html.dataset.printing = kind;
  const done = () => {
    delete html.dataset.printing;
  };
  window.addEventListener('afterprint', done, { once: true });
  await new Promise((resolve) => window.setTimeout(resolve, 400));
  window.print();
  // browsers whose print() returns at once clean up on afterprint; the others have printed by now
  window.setTimeout(done, 1000);
}
