import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation, type Location } from 'react-router';
import { vi } from 'vitest';
import type { Db } from '@server/db/open.ts';
import { createApp } from '@server/app.ts';

/**
 * Render real routes at a real URL, with `fetch` answered by the in-process API over a test database:
 * no mock server to keep in sync with the real one.
 */
export function routeFetchToApi(db: Db) {
  const { app } = createApp({ db });
  const fetchSpy = vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    return Promise.resolve(
      app.request(
        new URL(url, 'http://localhost').pathname + new URL(url, 'http://localhost').search,
        init,
      ),
    );
  });
  vi.stubGlobal('fetch', fetchSpy);
  return fetchSpy;
}

/** Renders the app's routes at a URL; `location()` reads where navigation has taken the page. */
export function renderRoute(app: ReactNode, url: string, db: Db) {
  const fetchSpy = routeFetchToApi(db);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const seen: { current: Location | null } = { current: null };
  function Spy() {
    seen.current = useLocation();
    return null;
  }
  const view = render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[url]}>
        {app}
        <Spy />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return { ...view, client, fetchSpy, location: () => seen.current };
}
