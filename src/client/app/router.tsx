import { Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { Loading } from '../components/ui/loading.tsx';
import { VIEWS, ViewPagesContext } from '../lib/views.ts';
import { Layout } from './layout.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { VIEW_PAGES } from './view-pages.tsx';

/**
 * One route per view of the registry. Declarative routes: the data router's loaders are not needed
 * (react-query fetches) and would add 17 KB to every page.
 */
export function AppRoutes() {
  return (
    <ViewPagesContext value={VIEW_PAGES}>
      <Routes>
        <Route element={<Layout />}>
          {VIEWS.map((view) => {
            const Page = VIEW_PAGES[view.id];
            const element = (
              <Suspense fallback={<Loading label="Loading the page…" />}>
                <Page />
              </Suspense>
            );
            return view.path === '/' ? (
              <Route key={view.id} index element={element} />
            ) : (
              <Route key={view.id} path={view.path.slice(1)} element={element} />
            );
          })}
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </ViewPagesContext>
  );
}
