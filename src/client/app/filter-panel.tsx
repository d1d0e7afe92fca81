import { useMemo, useState } from 'react';
import type { MetaResponse } from '@shared/contract.ts';
import { FilterBar } from '../components/filters/filter-bar.tsx';
import { PresentButton } from '../components/figure-tools/present-button.tsx';
import { CopyLink } from '../components/ui/copy-link.tsx';
import { printForPaper } from '../lib/export-print.ts';
import { useFilters } from '../lib/filters-context.tsx';
import { useMediaQuery } from '../lib/use-media-query.ts';
import { useCouncilSearch } from './use-council-search.ts';

/** The filters, open by default on wide screens and behind a "Filters" button on narrow ones. */
export function FilterPanel({ datasets }: { datasets: MetaResponse['datasets'] }) {
  const { filters, meta, setFilters, search } = useFilters();
  const wide = useMediaQuery('(min-width: 48rem)');
  const [open, setOpen] = useState(false);
  const shown = wide || open;
  const forceIds = useMemo(() => meta.forces.map((f) => f.id), [meta.forces]);
  const forceSearch = useCouncilSearch(forceIds);
  return (
    <section aria-labelledby="filters-heading" className="border-b border-border">
      <div className="mx-auto max-w-page px-4 py-4 sm:px-8">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="filters-heading" className="text-lg font-bold">
            {wide ? (
              'Filters'
            ) : (
              <button
                type="button"
                aria-expanded={open}
                aria-controls="filters-body"
                onClick={() => setOpen((v) => !v)}
                className="flex items-center gap-2"
              >
                Filters <span aria-hidden="true">{open ? '▴' : '▾'}</span>
              </button>
            )}
          </h2>
          <div className="flex flex-wrap items-center gap-2 text-sm sm:gap-4 sm:text-base">
            <CopyLink path={() => `${window.location.pathname}${search()}`} />
            {/* the same view, pinned to the figures in it: later loads do not change what it shows;
                on a phone it takes its own row, so the short buttons share one */}
            <div className="order-last sm:order-none">
              <CopyLink
                label="Link to these exact figures"
                path={() =>
                  `${window.location.pathname}${search({ version: meta.dataset.version })}`
                }
              />
            </div>
            <PresentButton search={search({}, { present: '1', slide: null, tab: null })} />
            <button
              type="button"
              onClick={() => void printForPaper('view')}
              className="bg-panel px-3 py-1.5 font-semibold shadow-[0_2px_0_#929191] hover:bg-[#dbdad9] sm:px-4 sm:py-2"
            >
              Print
            </button>
          </div>
        </div>
        <div id="filters-body" className="mt-3" hidden={!shown}>
          <FilterBar
            meta={meta}
            datasets={datasets}
            filters={filters}
            onChange={(patch) => setFilters(patch)}
            forceSearch={forceSearch}
          />
        </div>
      </div>
    </section>
  );
}
