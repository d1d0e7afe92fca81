import type { Drawing } from './export-image.ts';

/**
 * What is on show in a figure is what its image shows. Most charts are an SVG on the page, which the
 * image copies; a view drawn otherwise (the forces map, a grid of links) marks its element with
 * `data-figure-drawing` and registers here how to draw it as an SVG, so that the figure's Download
 * PNG and SVG give the map, not the chart on another tab. The drawing code loads when asked for.
 */

export interface DrawingSource {
  /** what the drawing is, for the file's name: 'map' */
  kind: string;
  draw: () => Promise<Drawing>;
}

const sources = new WeakMap<Element, DrawingSource>();

/** Use as a ref callback: `ref={(el) => registerDrawing(el, source)}` (each render keeps it current). */
export function registerDrawing(element: Element | null, source: DrawingSource): void {
  if (element) sources.set(element, source);
}

/** The drawing of what the figure has on show, when that is not an SVG of its own. */
export function drawingOnShow(figure: HTMLElement): DrawingSource | null {
  for (const el of figure.querySelectorAll('[role="tabpanel"] [data-figure-drawing]')) {
    const source = sources.get(el);
    if (source) return source;
  }
  return null;
}
