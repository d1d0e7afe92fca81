import { createContext } from 'react';

/** No width known beforehand: the chart measures itself. */
export function noWidth(): number {
  return 0;
}

/**
 * The width a chart in this part of the page will have, worked out before anything is laid out, or 0
 * where it cannot be known. The layout gives its main column's (mainColumnWidth); a chart elsewhere (a
 * presented figure, an embed, a pack's page) measures itself.
 */
export const ExpectedWidth = createContext<() => number>(noWidth);

/** The pixel width of the main column's content: the page's 90 rem, less a padding of 1 rem each
 * side (2 rem from the 40 rem breakpoint), as the layout's classes say. The viewport's width comes
 * from the root element, less any scrollbar (the page always has one: index.css). */
export function mainColumnWidth(): number {
  const root = document.documentElement;
  const viewport = root.clientWidth;
  if (!(viewport > 0)) return 0;
  const rem = parseFloat(getComputedStyle(root).fontSize) || 16;
  const padding = viewport >= 40 * rem ? 2 * rem : rem;
  return Math.max(0, Math.floor(Math.min(viewport, 90 * rem) - 2 * padding));
}
