import { createContext, type ReactNode } from 'react';
import type { CountsResponse } from '@shared/contract.ts';

/**
 * How figures are being shown. On a page they carry their tools and the view's controls; presented,
 * embedded or in a briefing pack they are the figure alone. A presentation also draws each figure's
 * key figure large (given here, so that its code loads only with the presentation).
 */
export type FigureMode = 'page' | 'present' | 'embed' | 'pack';

export interface FigureModeValue {
  mode: FigureMode;
  keyFigure?: (response: CountsResponse) => ReactNode;
}

export const FigureModeContext = createContext<FigureModeValue>({ mode: 'page' });
