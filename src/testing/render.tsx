import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
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

export function renderRoute(routes: RouteObject[], url: string, db: Db) {
  const fetchSpy = routeFetchToApi(db);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const view = render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...view, router, client, fetchSpy };
}
