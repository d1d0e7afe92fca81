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
export function routeFetchToApi(db: Db, network: Network = { down: null }) {
  const { app } = createApp({ db });
  const fetchSpy = vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    // what a browser does when the service cannot be reached
    if (network.down?.test(url)) return Promise.reject(new TypeError('Failed to fetch'));
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

/** Requests whose URL matches `down` fail as if the service could not be reached; set it to null to mend. */
export interface Network {
  down: RegExp | null;
}

/** Renders the app's routes at a URL; `location()` reads where navigation has taken the page. */
export function renderRoute(app: ReactNode, url: string, db: Db, network?: Network) {
  const fetchSpy = routeFetchToApi(db, network);
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
