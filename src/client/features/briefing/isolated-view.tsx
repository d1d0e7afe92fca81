import { QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { use, useEffect, useRef, useState, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { MemoryRouter } from 'react-router';
import type { MetaResponse } from '@shared/contract.ts';
import type { PackItem } from '@shared/pack.ts';
import { ErrorPanel } from '../../components/ui/error-panel.tsx';
import { Loading } from '../../components/ui/loading.tsx';
import { FiltersProvider } from '../../lib/filters-context.tsx';
import { ViewPagesContext } from '../../lib/views.ts';

/**
 * A pack's chart lives at its own address with its own filters, while the page stays at /briefing.
 * Each one is rendered in a React root of its own with an in-memory router at the chart's address, so
 * that the view reads its filters from there and nothing it does can move the page. The query cache is
 * shared, so charts from the same view and filters are fetched once; so are the views' pages, which
 * a new root does not inherit.
 */
export function IsolatedView({
  item,
  base,
  children,
}: {
  item: PackItem;
  base: MetaResponse;
  children: ReactNode;
}) {
  const client = useQueryClient();
  const pages = use(ViewPagesContext);
  const host = useRef<HTMLDivElement>(null);
  const [root, setRoot] = useState<Root | null>(null);
  useEffect(() => {
    if (!host.current) return;
    const r = createRoot(host.current);
    setRoot(r);
    // unmounting a root while React renders another is not allowed: do it just after
    return () => queueMicrotask(() => r.unmount());
  }, []);
  const url = `${item.path}${item.search === '' ? '' : `?${item.search}`}`;
  useEffect(() => {
    root?.render(
      <QueryClientProvider client={client}>
        <ViewPagesContext value={pages}>
          <MemoryRouter key={url} initialEntries={[url]}>
            <FiltersProvider
              base={base}
              loading={<Loading label="Loading the chart…" />}
              failed={(error, retry) => (
                <ErrorPanel
                  title="This chart's figures could not be described"
                  message={error.message}
                  onRetry={retry}
                />
              )}
            >
              {children}
            </FiltersProvider>
          </MemoryRouter>
        </ViewPagesContext>
      </QueryClientProvider>,
    );
  }, [root, client, pages, url, base, children]);
  return <div ref={host} />;
}
