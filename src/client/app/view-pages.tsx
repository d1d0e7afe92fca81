import { lazy, type ComponentType } from 'react';
import { viewAt, type ViewId } from '../lib/views.ts';

/**
 * The page that draws each view of the registry (lib/views.ts), each its own chunk, loaded when it is
 * first opened. The app is the one place that imports every feature; a briefing pack reaches these
 * through ViewPagesContext.
 */
const LOAD: Record<ViewId, () => Promise<ComponentType>> = {
  overview: async () => (await import('../features/overview/overview-page.tsx')).OverviewPage,
  offences: async () => (await import('../features/offences/offences-page.tsx')).OffencesPage,
  outcomes: async () => (await import('../features/outcomes/outcomes-page.tsx')).OutcomesPage,
  forces: async () => (await import('../features/forces/forces-page.tsx')).ForcesPage,
  force: async () =>
    (await import('../features/force-profile/force-profile-page.tsx')).ForceProfilePage,
  platforms: async () => (await import('../features/platforms/platforms-page.tsx')).PlatformsPage,
  about: async () => (await import('../features/about/about-page.tsx')).AboutPage,
  briefing: async () => (await import('../features/briefing/briefing-page.tsx')).BriefingPage,
  guide: async () => (await import('../features/guide/guide-page.tsx')).GuidePage,
  accessibility: async () =>
    (await import('../features/accessibility/accessibility-page.tsx')).AccessibilityPage,
};

const page = (id: ViewId) => lazy(async () => ({ default: await LOAD[id]() }));

export const VIEW_PAGES: Record<ViewId, ComponentType> = {
  overview: page('overview'),
  offences: page('offences'),
  outcomes: page('outcomes'),
  forces: page('forces'),
  force: page('force'),
  platforms: page('platforms'),
  about: page('about'),
  briefing: page('briefing'),
  guide: page('guide'),
  accessibility: page('accessibility'),
};

const isViewId = (id: string): id is ViewId => id in LOAD;

/**
 * Start loading the page of the view at this address, and the chunks it imports (Vite preloads a
 * dynamic import's dependencies, the charts among them), while the dataset's description loads: the
 * page's code is then there when the data is, not asked for after it.
 */
export function preloadViewPage(pathname: string): void {
  const id = viewAt(pathname)?.id;
  // a page that fails to load here is asked for again, and reported, when it is drawn
  if (id !== undefined && isViewId(id)) void LOAD[id]().catch(() => undefined);
}
