import type { FigureTab } from '../components/charts/chart-figure.tsx';
import { useFilters } from './filters-context.tsx';

/** Chart or table, for every figure on the page: `tab=table` in the URL shows the tables. */
export function useFigureTab(): [FigureTab, (tab: FigureTab) => void] {
  const { view, setView } = useFilters();
  const tab: FigureTab = view.tab === 'table' ? 'table' : 'chart';
  return [tab, (next) => setView({ tab: next === 'table' ? 'table' : null })];
}
