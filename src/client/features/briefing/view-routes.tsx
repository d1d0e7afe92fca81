import { Suspense, use } from 'react';
import { Route, Routes } from 'react-router';
import { Loading } from '../../components/ui/loading.tsx';
import { VIEWS, ViewPagesContext, viewAt } from '../../lib/views.ts';

/** 'Overview', 'Offences', 'Force profile': the name of the view at a pack item's path */
export function viewName(path: string): string {
  const view = viewAt(path);
  return view?.inPacks ? view.name : 'View';
}

/**
 * The views a pack's charts come from, as the registry lists them. Briefing is the one feature that
 * composes the others: a chart in a pack is drawn by the view that drew it, so it looks and reads
 * exactly as it did there.
 */
export function ViewRoutes() {
  const pages = use(ViewPagesContext);
  return (
    <Suspense fallback={<Loading label="Loading the chart…" />}>
      <Routes>
        {VIEWS.filter((v) => v.inPacks).map((view) => {
          const Page = pages[view.id];
          if (!Page) return null;
          return view.path === '/' ? (
            <Route key={view.id} index element={<Page />} />
          ) : (
            <Route key={view.id} path={view.path.slice(1)} element={<Page />} />
          );
        })}
        <Route
          path="*"
          element={<p role="alert">This chart&apos;s view is no longer part of the dashboard.</p>}
        />
      </Routes>
    </Suspense>
  );
}
