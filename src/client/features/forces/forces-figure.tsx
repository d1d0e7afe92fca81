import type { ReactNode } from 'react';
import type { CountsResponse } from '@shared/contract.ts';
import { ChartFigure } from '../../components/charts/chart-figure.tsx';
import { useFilters } from '../../lib/filters-context.tsx';

export type ForcesTab = 'chart' | 'map' | 'table';

/** `tab=map` or `tab=table` in the URL; the chart when it says neither. */
export function useForcesTab(): [ForcesTab, (tab: ForcesTab) => void] {
  const { view, setView } = useFilters();
  const tab: ForcesTab = view.tab === 'map' || view.tab === 'table' ? view.tab : 'chart';
  return [tab, (next) => setView({ tab: next === 'chart' ? null : next })];
}

/**
 * The comparison as a figure: a ChartFigure whose figures can also be read as a map, between the
 * ranked chart and the table.
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
  return (
    <ChartFigure<'map'>
      title={title}
      subtitle={subtitle}
      tab={tab}
      onTab={onTab}
      chart={chart}
      table={table}
      extraTabs={[{ key: 'map', label: 'Map', panel: map }]}
      response={response}
      busy={busy}
      actions={actions}
    />
  );
}
