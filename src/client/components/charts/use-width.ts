import { useContext, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { narrowToPaper } from '../../lib/export-print.ts';
import { ExpectedWidth } from './expected-width.ts';

/** How each chart on the page measures itself again, at once. */
const remeasures = new Set<() => void>();

function remeasureAll(): void {
  flushSync(() => {
    for (const remeasure of remeasures) remeasure();
  });
}

let widen: (() => void) | null = null;
let listening = false;

/**
 * The browser's own Print (Ctrl+P) lays the page out for paper straight after `beforeprint`, with no
 * frame in between for the ResizeObserver to report: so the charts are narrowed and redrawn in the
 * handler itself, and drawn for the screen again afterwards (the observer may never have seen the
 * paper width, so it would not report the change back).
 */
function listenForPrint(): void {
  if (listening) return;
  listening = true;
  // in one synchronous redraw: the paper's width (measured here) and its proportions (usePaper)
  window.addEventListener('beforeprint', () => {
    flushSync(() => {
      widen = narrowToPaper();
    });
    remeasureAll();
  });
  window.addEventListener('afterprint', () => {
    flushSync(() => {
      widen?.();
      widen = null;
    });
    remeasureAll();
  });
}

/**
 * The width of an element, kept up to date: charts draw at the width they are given.
 *
 * Where the width is known beforehand (ExpectedWidth), the chart is drawn at it in the page's first
 * drawing, and the observer's first report, after the first layout and before the first paint,
 * corrects it if the page laid out otherwise: measuring it then and there would make the browser lay
 * out the whole page in the middle of drawing it (30 to 45 ms on the first page), before the chart.
 */
export function useWidth<T extends HTMLElement>(): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const expect = useContext(ExpectedWidth);
  const [width, setWidth] = useState(expect);
  const expected = useRef(width > 0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // the laid-out width, as the observer reports it: unlike a bounding box, not scaled by transforms
    const remeasure = () => setWidth(Math.floor(parseFloat(getComputedStyle(el).width) || 0));
    // with no width expected, measured now, before the first paint, not a frame later when the
    // observer first reports: the chart is drawn in the same task as the page around it
    if (!expected.current) remeasure();
    const observer = new ResizeObserver((entries) => {
      const w = Math.floor(entries[0]?.contentRect.width ?? el.clientWidth);
      // drawn at an expected width, a chart is redrawn at once, before the paint: never painted at
      // a width the page did not give it
      if (expected.current) flushSync(() => setWidth(w));
      else setWidth(w);
    });
    observer.observe(el);
    remeasures.add(remeasure);
    listenForPrint();
    return () => {
      observer.disconnect();
      remeasures.delete(remeasure);
    };
  }, []);
  return [ref, width];
}
