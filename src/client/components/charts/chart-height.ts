import { createContext, use } from 'react';
import { usePaper, type PaperKind } from '../../lib/export-print.ts';

/**
 * How tall a chart of periods is drawn: 360 px on a page; an embedded chart takes what its frame
 * leaves it (chromeless-view.tsx), so the whole figure fits the frame at full-size type.
 */
export const CHART_HEIGHT = 360;
export const ChartHeightContext = createContext(CHART_HEIGHT);

/**
 * How tall a chart of periods prints: shorter than on screen, so that a view's first chart starts on
 * its first page of A4 portrait, and a briefing pack's chart shares its landscape page with its
 * caveats at full-size type (not scaled down to fit).
 */
export const PRINT_CHART_HEIGHT: Readonly<Record<PaperKind, number>> = { view: 220, pack: 260 };

/** The height to draw a chart of periods at: the frame's (embedded), the screen's or the paper's. */
export function useChartHeight(): number {
  const height = use(ChartHeightContext);
  const paper = usePaper();
  return paper ? Math.min(height, PRINT_CHART_HEIGHT[paper]) : height;
}
