import { useEffect, type RefObject } from 'react';
import { useLocation } from 'react-router';
import type { CountsResponse } from '@shared/contract.ts';
import { useNoteWords } from '../../lib/note-words.ts';
import type { FigureContext } from './figure-parts.ts';

/**
 * A figure in a briefing pack has no tools of its own, but the pack's slides and spreadsheet are made
 * from it: each figure in a pack registers here what its tools would have read (its words, numbers and
 * address), keyed by its element, as figure-drawing.ts does for drawings. The pack's downloads read
 * the figures on its pages in order.
 */

export type FigureSource = Omit<FigureContext, 'figure'>;

const sources = new WeakMap<Element, FigureSource>();

export function figureSource(figure: Element): FigureSource | null {
  return sources.get(figure) ?? null;
}

/** Keep the figure's source current (its numbers change as it loads). */
export function useFigureSource(
  figure: RefObject<HTMLElement | null>,
  source: Omit<FigureSource, 'path' | 'search' | 'words'> & { response: CountsResponse },
): void {
  const { pathname, search } = useLocation();
  const words = useNoteWords(source.response);
  useEffect(() => {
    if (figure.current) sources.set(figure.current, { ...source, path: pathname, search, words });
  });
}
