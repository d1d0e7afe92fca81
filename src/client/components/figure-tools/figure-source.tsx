import { useEffect, type RefObject } from 'react';
import { useLocation } from 'react-router';
import type { CountsResponse } from '@shared/contract.ts';
import type { ExportFigure } from '../../lib/export-figure.ts';
import type { FigureContext } from './figure-parts.ts';

/**
 * A figure in a briefing pack has no tools of its own, but the pack's slides and spreadsheet are made
 * from it: each figure in a pack registers here what its tools would have read (its words, numbers and
 * address), keyed by its element, as figure-drawing.ts does for drawings. The pack's downloads read
 * the figures on its pages in order.
 */

export type FigureSource = Omit<FigureContext, 'figure'>;

/**
 * A figure that is not a counts answer (a published series) makes its exported form itself: given
 * the briefer's note, the figure as the pack's files take it.
 */
export type OwnExport = (commentary: string) => ExportFigure;

const sources = new WeakMap<Element, FigureSource>();
const own = new WeakMap<Element, OwnExport>();

export function figureSource(figure: Element): FigureSource | null {
  return sources.get(figure) ?? null;
}

export function ownExport(figure: Element): OwnExport | null {
  return own.get(figure) ?? null;
}

/** Register (or, with null, forget) what a figure of a published series gives a pack's files. */
export function setOwnExport(figure: Element, make: OwnExport | null): void {
  if (make) own.set(figure, make);
  else own.delete(figure);
}

/**
 * Keeps a figure's source current (its numbers change as it loads). Loaded only with a pack, so that
 * a view's first page does not carry it.
 */
export default function PackSource({
  figure,
  ...source
}: Omit<FigureSource, 'path' | 'search'> & {
  figure: RefObject<HTMLElement | null>;
  response: CountsResponse;
}) {
  const { pathname, search } = useLocation();
  useEffect(() => {
    if (figure.current) sources.set(figure.current, { ...source, path: pathname, search });
  });
  return null;
}
