import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, type ComponentProps, type ReactNode } from 'react';
import { NavLink, Outlet, useLocation, type Path } from 'react-router';
import { queryString } from '@shared/filters.ts';
import { baseMetaQueryOptions } from '../api/meta.ts';
import { ExpectedWidth, mainColumnWidth, noWidth } from '../components/charts/expected-width.ts';
import { ErrorPanel } from '../components/ui/error-panel.tsx';
import { Loading } from '../components/ui/loading.tsx';
import { FiltersProvider, useFilters, VIEW_PARAMS } from '../lib/filters-context.tsx';
import { VIEWS, viewAt, viewPath } from '../lib/views.ts';
import { DatasetBanner } from './dataset-banner.tsx';
import { FilterPanel } from './filter-panel.tsx';
import { UrlProblems } from './url-problems.tsx';
import { formatLongDate } from '@shared/number-format.ts';

// presentation, embedding and pinned links are rare: their code loads only when the URL asks for them
const ChromelessView = lazy(async () => ({
  default: (await import('../components/figure-tools/chromeless-view.tsx')).ChromelessView,
}));
const PinnedVersionNotice = lazy(async () => ({
  default: (await import('../components/figure-tools/pinned-version-notice.tsx'))
    .PinnedVersionNotice,
}));

const NAV = VIEWS.flatMap((v) => ('nav' in v ? [{ ...v.nav, to: v.path, chrome: v.chrome }] : []));

/** Where each navigation link goes: its view, with the filters in view */
type LinkTo = (pathname: string) => Pick<Path, 'pathname' | 'search'>;

/**
 * Before the filters can be read (the API has not described the datasets, or failed to), links keep
 * the filters of this address as they are, without this view's own parameters: going elsewhere
 * while the service is down must not quietly drop the reader's dataset or forces.
 */
function rawLinks(search: string): LinkTo {
  const params = new URLSearchParams(search);
  for (const key of [...VIEW_PARAMS, 'by']) params.delete(key);
  const kept = queryString(params);
  return (pathname) => ({ pathname, search: kept === '' ? '' : `?${kept}` });
}

function Header({ linkTo, banner }: { linkTo: LinkTo; banner?: ReactNode }) {
  return (
    <header>
      <div className="bg-ink text-white">
        <div className="mx-auto flex max-w-page flex-wrap items-center justify-between gap-x-8 gap-y-2 px-4 py-3 sm:px-8">
          <NavLink
            to={linkTo(viewPath('overview'))}
            className="text-xl font-bold text-white no-underline visited:text-white hover:underline focus-visible:text-ink"
          >
            Social media crime dashboard
          </NavLink>
          <nav aria-label="Main">
            <ul className="flex flex-wrap gap-x-5 gap-y-1">
              {NAV.map((item) => (
                <li key={item.to}>
                  <NavLink
                    to={item.chrome.filters ? linkTo(item.to) : item.to}
                    end={item.end}
                    className={({ isActive }) =>
                      `inline-block py-0.5 text-white visited:text-white focus-visible:text-ink ${isActive ? 'font-bold underline decoration-4 underline-offset-8' : 'no-underline hover:underline'}`
                    }
                  >
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </div>
      {banner}
    </header>
  );
}

function Shell({
  children,
  linkTo,
  banner,
}: {
  children: ReactNode;
  linkTo: LinkTo;
  banner?: ReactNode;
}) {
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:z-50 focus:bg-focus focus:p-3 focus:text-ink"
      >
        Skip to main content
      </a>
      <Header linkTo={linkTo} banner={banner} />
      {children}
      <footer className="mt-16 border-t-4 border-link bg-panel">
        <div className="mx-auto flex max-w-page flex-wrap gap-x-6 gap-y-2 px-4 py-6 text-sm text-secondary sm:px-8">
          {/* links standing alone: at least 24 px tall to tap (WCAG 2.2, 2.5.8) */}
          <a href="/guide" className="py-0.5">
            How to use this dashboard
          </a>
          <a href="/about" className="py-0.5">
            Sources, methods and caveats
          </a>
          <a href="/accessibility" className="py-0.5">
            Accessibility statement
          </a>
          <a href="/api/docs" className="py-0.5">
            API reference
          </a>
          <span>
            Published figures come from Freedom of Information returns by police forces in England
            and Wales; the demonstration figures are invented.
          </span>
        </div>
      </footer>
    </>
  );
}

/** The frame every view lives in: header, the dataset in view, filters, notices, then the view. */
export function Layout() {
  const base = useQuery(baseMetaQueryOptions());
  const { pathname, search } = useLocation();
  const links = rawLinks(search);
  // pages that explain the dashboard open without the API, so they are there when the figures are not
  if (viewAt(pathname)?.chrome.offline)
    return (
      <Shell linkTo={links}>
        <main id="main" tabIndex={-1} className="mx-auto min-h-screen max-w-page px-4 py-8 sm:px-8">
          <Outlet />
        </main>
      </Shell>
    );
  const failed = (error: Error, retry: () => void) => (
    <Shell linkTo={links}>
      <main id="main" tabIndex={-1} className="mx-auto min-h-screen max-w-page px-4 py-8 sm:px-8">
        <title>Figures unavailable – Social media crime dashboard</title>
        <h1 className="mb-6 text-3xl font-bold">Figures unavailable</h1>
        <ErrorPanel
          title="The dashboard could not load its data"
          message={error.message}
          onRetry={retry}
        />
      </main>
    </Shell>
  );
  if (base.error) return failed(base.error, () => void base.refetch());
  const loading = (
    <Shell linkTo={links}>
      {/* as tall as a page, so that nothing below moves when the content arrives */}
      <main id="main" className="mx-auto min-h-screen max-w-page px-4 py-8 sm:px-8">
        <Loading label="Loading the dashboard…" />
      </main>
    </Shell>
  );
  if (!base.data) return loading;
  return (
    <FiltersProvider base={base.data} loading={loading} failed={failed}>
      <LayoutBody datasets={base.data.datasets} />
    </FiltersProvider>
  );
}

function LayoutBody({ datasets }: { datasets: ComponentProps<typeof FilterPanel>['datasets'] }) {
  const { linkTo, view, filters } = useFilters();
  // a view without the filters (the briefing pack draws its own charts, each with its own filters
  // and dataset) has no banner or filter panel, and presents itself
  const chrome = viewAt(useLocation().pathname)?.chrome;
  const briefing = chrome !== undefined && !chrome.filters;
  const notices = (
    <>
      <UrlProblems />
      {filters.version !== null && (
        <Suspense>
          <PinnedVersionNotice />
        </Suspense>
      )}
    </>
  );
  const chromeless =
    view.embed === '1' && chrome?.embed !== false
      ? 'embed'
      : view.present === '1'
        ? 'present'
        : null;
  if (chromeless) {
    // presented or embedded: no header, filters or footer; the briefing presents its own pack
    return (
      <Suspense fallback={<Loading label="Loading…" />}>
        {chrome?.embed === false ? (
          <Outlet />
        ) : (
          <ChromelessView mode={chromeless} notices={notices}>
            <Outlet />
          </ChromelessView>
        )}
      </Suspense>
    );
  }
  return (
    <Shell linkTo={linkTo} banner={briefing ? undefined : <DatasetBanner />}>
      {!briefing && <FilterPanel datasets={datasets} />}
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto min-h-screen max-w-page px-4 pt-6 pb-8 sm:px-8"
      >
        {notices}
        {!briefing && <PrintedFrom />}
        {/* a view's charts span this column (mainColumnWidth follows its classes); the briefing's
            pages have their own widths, so its charts measure themselves */}
        <ExpectedWidth value={briefing ? noWidth : mainColumnWidth}>
          <Outlet />
        </ExpectedWidth>
      </main>
    </Shell>
  );
}

/** On paper, where the figures came from and the link that shows them again (print only). */
function PrintedFrom() {
  const { search, meta } = useFilters();
  const { pathname } = useLocation();
  const d = meta.dataset;
  const link = `${window.location.origin}${pathname}${search({ version: d.version }, { tab: null })}`;
  return (
    <p className="mb-4 hidden text-sm print:block">
      Figures from {d.title}, version {d.version} (loaded {formatLongDate(new Date(d.updated))}),
      drawn on {formatLongDate(new Date())}. These exact figures: {link}
    </p>
  );
}
