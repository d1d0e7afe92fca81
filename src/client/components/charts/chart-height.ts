import { createContext } from 'react';

/**
 * How tall a chart of periods is drawn: 360 px on a page; an embedded chart takes what its frame
 * leaves it (chromeless-view.tsx), so the whole figure fits the frame at full-size type.
 */
export const CHART_HEIGHT = 360;
export const ChartHeightContext = createContext(CHART_HEIGHT);
