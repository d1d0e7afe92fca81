import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { Loading } from '../components/ui/loading.tsx';
import { Layout } from './layout.tsx';
import { NotFoundPage } from './not-found-page.tsx';

/**
 * Each view is its own chunk, loaded when it is first opened. Declarative routes: the data router's
 * loaders are not needed (react-query fetches) and would add 17 KB to every page.
 */
const OverviewPage = lazy(async () => ({
  default: (await import('../features/overview/overview-page.tsx')).OverviewPage,
}));
const AboutPage = lazy(async () => ({
  default: (await import('../features/about/about-page.tsx')).AboutPage,
}));
const OffencesPage = lazy(async () => ({
  default: (await import('../features/offences/offences-page.tsx')).OffencesPage,
}));
const OutcomesPage = lazy(async () => ({
  default: (await import('../features/outcomes/outcomes-page.tsx')).OutcomesPage,
}));
const ForcesPage = lazy(async () => ({
  default: (await import('../features/forces/forces-page.tsx')).ForcesPage,
}));
const ForceProfilePage = lazy(async () => ({
  default: (await import('../features/force-profile/force-profile-page.tsx')).ForceProfilePage,
}));
const GuidePage = lazy(async () => ({
  default: (await import('../features/guide/guide-page.tsx')).GuidePage,
}));
const AccessibilityPage = lazy(async () => ({
  default: (await import('../features/accessibility/accessibility-page.tsx')).AccessibilityPage,
}));
const BriefingPage = lazy(async () => ({
  default: (await import('../features/briefing/briefing-page.tsx')).BriefingPage,
}));

function Page({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loading label="Loading the page…" />}>{children}</Suspense>;
}

const PAGES: [path: string | null, element: ReactNode][] = [
  [null, <OverviewPage key="overview" />],
  ['offences', <OffencesPage key="offences" />],
  ['outcomes', <OutcomesPage key="outcomes" />],
  ['forces', <ForcesPage key="forces" />],
  ['forces/:id', <ForceProfilePage key="force" />],
  ['briefing', <BriefingPage key="briefing" />],
  ['about', <AboutPage key="about" />],
  ['guide', <GuidePage key="guide" />],
  ['accessibility', <AccessibilityPage key="accessibility" />],
];

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        {PAGES.map(([path, element]) =>
          path === null ? (
            <Route key="index" index element={<Page>{element}</Page>} />
          ) : (
            <Route key={path} path={path} element={<Page>{element}</Page>} />
          ),
        )}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
