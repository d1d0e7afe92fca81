import { lazy, type ComponentType } from 'react';
import type { ViewId } from '../lib/views.ts';

/**
 * The page that draws each view of the registry (lib/views.ts), each its own chunk, loaded when it is
 * first opened. The app is the one place that imports every feature; a briefing pack reaches these
 * through ViewPagesContext.
 */
export const VIEW_PAGES: Record<ViewId, ComponentType> = {
  overview: lazy(async () => ({
    default: (await import('../features/overview/overview-page.tsx')).OverviewPage,
  })),
  offences: lazy(async () => ({
    default: (await import('../features/offences/offences-page.tsx')).OffencesPage,
  })),
  outcomes: lazy(async () => ({
    default: (await import('../features/outcomes/outcomes-page.tsx')).OutcomesPage,
  })),
  forces: lazy(async () => ({
    default: (await import('../features/forces/forces-page.tsx')).ForcesPage,
  })),
  force: lazy(async () => ({
    default: (await import('../features/force-profile/force-profile-page.tsx')).ForceProfilePage,
  })),
  about: lazy(async () => ({
    default: (await import('../features/about/about-page.tsx')).AboutPage,
  })),
  briefing: lazy(async () => ({
    default: (await import('../features/briefing/briefing-page.tsx')).BriefingPage,
  })),
  guide: lazy(async () => ({
    default: (await import('../features/guide/guide-page.tsx')).GuidePage,
  })),
  accessibility: lazy(async () => ({
    default: (await import('../features/accessibility/accessibility-page.tsx')).AccessibilityPage,
  })),
};
