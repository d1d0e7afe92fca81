import { lazy, type ComponentType, type ReactNode } from 'react';
import { viewAt, type ViewId } from '../lib/views.ts';

/**
 * The page that draws each view of the registry (lib/views.ts), each its own chunk, loaded when it is
 * first opened. The app is the one place that imports every feature; a briefing pack reaches these
 * through ViewPagesContext.
 */
const IMPORT: Record<ViewId, () => Promise<ComponentType>> = {
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

/** the pages whose code has arrived */
const loaded = new Map<ViewId, ComponentType>();

async function load(id: ViewId): Promise<ComponentType> {
  const component = await IMPORT[id]();
  loaded.set(id, component);
  return component;
}

/**
 * A page drawn at once when its code has arrived, and through React's lazy() only when it has not: a
 * lazy component suspends on its first drawing even when its code is there, and React then holds
 * back what the boundary reveals for up to 300 ms (its throttle of fallbacks), which on the first
 * page was a third of a second between the figures arriving and the first chart.
 */
const page = (id: ViewId): ComponentType => {
  const Lazy = lazy(async () => ({ default: await load(id) }));
  function ViewPage(): ReactNode {
    const Loaded = loaded.get(id);
    return Loaded ? <Loaded /> : <Lazy />;
  }
  ViewPage.displayName = `ViewPage(${id})`;
  return ViewPage;
};

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

const isViewId = (id: string): id is ViewId => id in IMPORT;

/**
 * Start loading the page of the view at this address, and the chunks it imports (Vite preloads a
 * dynamic import's dependencies, the charts among them), while the dataset's description loads: the
 * page's code is then there when the data is, not asked for after it. Resolves when it has arrived
 * (or failed: a page that fails to load here is asked for again, and reported, when it is drawn).
 */
export function preloadViewPage(pathname: string): Promise<void> {
  const id = viewAt(pathname)?.id;
  if (id === undefined || !isViewId(id)) return Promise.resolve();
  return load(id).then(
    () => undefined,
    () => undefined,
  );
}
