import { useQuery } from '@tanstack/react-query';
import type { ComponentProps, ReactNode } from 'react';
import { NavLink, Outlet } from 'react-router';
import { metaQueryOptions } from '../api/meta.ts';
import { ErrorPanel } from '../components/ui/error-panel.tsx';
import { Loading } from '../components/ui/loading.tsx';
import { FiltersProvider, useFilters } from '../lib/filters-context.tsx';
import { DatasetBanner } from './dataset-banner.tsx';
import { FilterPanel } from './filter-panel.tsx';
import { UrlProblems } from './url-problems.tsx';

const NAV = [
  { to: '/', label: 'Overview', end: true },
  { to: '/offences', label: 'Offences', end: false },
  { to: '/outcomes', label: 'Outcomes', end: false },
  { to: '/forces', label: 'Forces', end: false },
  { to: '/about', label: 'About the data', end: false },
] as const;

function Header({ search, banner }: { search: string; banner?: ReactNode }) {
  return (
    <header>
      <div className="bg-ink text-white">
        <div className="mx-auto flex max-w-page flex-wrap items-center justify-between gap-x-8 gap-y-2 px-4 py-3 sm:px-8">
          <NavLink
            to={{ pathname: '/', search }}
            className="text-xl font-bold text-white no-underline visited:text-white hover:underline"
          >
            Social media crime dashboard
          </NavLink>
          <nav aria-label="Main">
            <ul className="flex flex-wrap gap-x-5 gap-y-1">
              {NAV.map((item) => (
                <li key={item.to}>
                  <NavLink
                    to={{ pathname: item.to, search }}
                    end={item.end}
                    className={({ isActive }) =>
                      `text-white visited:text-white ${isActive ? 'font-bold underline decoration-4 underline-offset-8' : 'no-underline hover:underline'}`
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
  search = '',
  banner,
}: {
  children: ReactNode;
  search?: string;
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
      <Header search={search} banner={banner} />
      {children}
      <footer className="mt-16 border-t-4 border-link bg-panel">
        <div className="mx-auto flex max-w-page flex-wrap gap-x-6 gap-y-2 px-4 py-6 text-sm text-secondary sm:px-8">
          <a href="/about">Sources, methods and caveats</a>
          <a href="/api/docs">API reference</a>
          <span>
            Figures from Freedom of Information returns by police forces in England and Wales.
          </span>
        </div>
      </footer>
    </>
  );
}

/** The frame every view lives in: header, the dataset in view, filters, notices, then the view. */
export function Layout() {
  const base = useQuery(metaQueryOptions('reported'));
  if (base.error) {
    return (
      <Shell>
        <main id="main" className="mx-auto max-w-page px-4 py-8 sm:px-8">
          <ErrorPanel
            title="The dashboard could not load its data"
            message={base.error.message}
            onRetry={() => void base.refetch()}
          />
        </main>
      </Shell>
    );
  }
  const loading = (
    <Shell>
      {/* as tall as a page, so that nothing below moves when the content arrives */}
      <main id="main" className="mx-auto min-h-screen max-w-page px-4 py-8 sm:px-8">
        <Loading label="Loading the dashboard…" />
      </main>
    </Shell>
  );
  if (!base.data) return loading;
  return (
    <FiltersProvider base={base.data} loading={loading}>
      <LayoutBody datasets={base.data.datasets} />
    </FiltersProvider>
  );
}

function LayoutBody({ datasets }: { datasets: ComponentProps<typeof FilterPanel>['datasets'] }) {
  const { linkSearch } = useFilters();
  return (
    <Shell search={linkSearch} banner={<DatasetBanner />}>
      <FilterPanel datasets={datasets} />
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto min-h-screen max-w-page px-4 pt-6 pb-8 sm:px-8"
      >
        <UrlProblems />
        <Outlet />
      </main>
    </Shell>
  );
}
