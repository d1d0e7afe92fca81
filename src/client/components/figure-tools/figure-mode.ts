import { createContext, type ReactNode } from 'react';
import type { CountsResponse } from '@shared/contract.ts';
import type { Measure } from '@shared/filters.ts';

/**
 * How figures are being shown. On a page they carry their tools and the view's controls; presented,
 * embedded or in a briefing pack they are the figure alone. A presentation also draws each figure's
 * key figure large (given here, so that its code loads only with the presentation).
 */
export type FigureMode = 'page' | 'present' | 'embed' | 'pack';

/** The number a presenter says out loud for a figure, and what it is, in words. */
export interface KeyValue {
  value: number | null;
  suppressed: boolean;
  measure: Measure;
  /** after the number: "crimes in 2023/24 (figures for 5 of 44 forces)" */
  text: string;
  /** a caveat said under it */
  aside?: string;
}

export interface FigureModeValue {
  mode: FigureMode;
  /**
   * `given`: the view's own key figure (null: none), or the answer whose crimes are the key figure;
   * undefined: the figure's own answer's crimes
   */
  keyFigure?: (
    response: CountsResponse,
    given: KeyValue | CountsResponse | null | undefined,
  ) => ReactNode;
}

export const FigureModeContext = createContext<FigureModeValue>({ mode: 'page' });
