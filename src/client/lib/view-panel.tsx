import { createContext, use, type ReactNode } from 'react';
import type { PanelId } from './views.ts';

/**
 * A view is drawn in panels: the trend, the ranking, the force's offence mix. A briefing pack's slide
 * draws one chart of a view, so it names the panel that holds it (StagedPanelContext) and the view
 * draws that panel alone: the other panels ask the API nothing. On a page, and for a pack item that
 * names no panel, every panel is drawn.
 */
export const StagedPanelContext = createContext<PanelId | null>(null);

/** the panel a figure is drawn in, so that "Add to briefing" can name it; null outside any panel */
export const PanelContext = createContext<PanelId | null>(null);

/** One panel of a view, named as the registry of views lists it (lib/views.ts, `panels`). */
export function ViewPanel({ id, children }: { id: PanelId; children: ReactNode }) {
  const staged = use(StagedPanelContext);
  if (staged !== null && staged !== id) return null;
  return <PanelContext value={id}>{children}</PanelContext>;
}

/** A part of a view that is not a chart (a warning, a list of codes): a slide never draws it. */
export function OffStage({ children }: { children: ReactNode }) {
  return use(StagedPanelContext) === null ? children : null;
}
