import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { narrowToPaper } from '../../lib/export-print.ts';

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

/** The width of an element, kept up to date: charts draw at the width they are given. */
export function useWidth<T extends HTMLElement>(): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // the laid-out width, as the observer reports it: unlike a bounding box, not scaled by transforms
    const remeasure = () => setWidth(Math.floor(parseFloat(getComputedStyle(el).width) || 0));
    // measured now, before the first paint, not a frame later when the observer first reports: the
    // chart is drawn in the same task as the page around it
    remeasure();
    const observer = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width ?? el.clientWidth;
      setWidth(Math.floor(w));
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
