import { use, useId, useRef, type ReactNode } from 'react';
import type { CountsResponse } from '@shared/contract.ts';
import { CoverageNote, FigureNotes } from '../../components/charts/figure-notes.tsx';
import { SourceLine } from '../../components/charts/source-line.tsx';
import { FigureModeContext } from '../../components/figure-tools/figure-mode.ts';
import { FigureTools } from '../../components/figure-tools/figure-tools.tsx';
import { Tabs } from '../../components/ui/tabs.tsx';
import { useFilters } from '../../lib/filters-context.tsx';

export type ForcesTab = 'chart' | 'map' | 'table';

/** `tab=map` or `tab=table` in the URL; the chart when it says neither. */
export function useForcesTab(): [ForcesTab, (tab: ForcesTab) => void] {
  const { view, setView } = useFilters();
  const tab: ForcesTab = view.tab === 'map' || view.tab === 'table' ? view.tab : 'chart';
  return [tab, (next) => setView({ tab: next === 'chart' ? null : next })];
}

/**
 * The answer narrowed to the period on show: coverage and notes speak of it, and the tools copy and
 * present the figures the chart draws, not the years around them.
 */
export function forPeriod(r: CountsResponse, index: number): CountsResponse {
  const period = r.periods[index];
  const at = <T,>(values: readonly T[]): T[] => values.slice(index, index + 1);
  return {
    ...r,
    periods: period ? [period] : [],
    series: r.series.map((s) => ({
      ...s,
      values: at(s.values),
      missing: at(s.missing),
      suppressed: at(s.suppressed),
    })),
    totals: {
      values: at(r.totals.values),
      missing: at(r.totals.missing),
      suppressed: at(r.totals.suppressed),
      complete: at(r.totals.complete),
    },
    notes: r.notes.filter((n) => !n.periods || (period && n.periods.includes(period.id))),
  };
}

/**
 * The comparison as a figure that makes sense cut out of the page: title, subtitle, the same figures
 * as a ranked chart, a map or a table, who is missing and why, notes, and the source. Like every
 * ChartFigure it carries the tools on a page and is the figure alone when presented or in a pack.
 */
export function ForcesFigure({
  title,
  subtitle,
  tab,
  onTab,
  chart,
  map,
  table,
  response,
  busy,
  actions,
}: {
  title: string;
  subtitle: string;
  tab: ForcesTab;
  onTab: (tab: ForcesTab) => void;
  chart: ReactNode;
  map: ReactNode;
  table: ReactNode;
  /** the answer for the period on show */
  response: CountsResponse;
  busy: boolean;
  actions?: ReactNode;
}) {
  const id = useId();
  const ref = useRef<HTMLElement>(null);
  const { mode, keyFigure } = use(FigureModeContext);
  return (
    <figure
      ref={ref}
      aria-labelledby={`${id}-title`}
      aria-busy={busy}
      data-chart-figure={title}
      className="border-t-4 border-border pt-4"
    >
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="max-w-4xl">
          <h2 id={`${id}-title`} className="text-xl font-bold sm:text-2xl">
            {title}
          </h2>
          <p className="mt-1 text-secondary">{subtitle}</p>
          {keyFigure?.(response)}
        </div>
        {mode === 'page' && actions}
      </div>
      {response.dataset.illustrative && (
        <p className="mt-3 inline-block bg-focus px-2 py-1 text-sm font-bold">
          Illustrative data: not real figures
        </p>
      )}
      <div className={`mt-3 transition-opacity ${busy ? 'opacity-60' : ''}`}>
        <Tabs
          label={`${title}: chart, map or table`}
          selected={tab}
          onSelect={onTab}
          items={[
            { key: 'chart', label: 'Chart', panel: chart },
            { key: 'map', label: 'Map', panel: map },
            { key: 'table', label: 'Table', panel: table },
          ]}
        />
      </div>
      {mode === 'page' && (
        <FigureTools
          figure={ref}
          title={title}
          subtitle={subtitle}
          response={response}
          showChart={() => onTab('chart')}
        />
      )}
      <CoverageNote response={response} />
      <FigureNotes notes={response.notes} />
      <figcaption className="mt-3 text-sm text-secondary">
        <SourceLine sources={response.sources} dataset={response.dataset} />
      </figcaption>
    </figure>
  );
}
