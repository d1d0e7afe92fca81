import { measureWords } from '@shared/measure-words.ts';
import { useQuery } from '@tanstack/react-query';
import { countsQueryOptions } from '../../api/counts.ts';
import { ChartFigure } from '../../components/charts/chart-figure.tsx';
import { OTHER_COLOUR } from '../../components/charts/colours.ts';
import { DataTable } from '../../components/charts/data-table.tsx';
import { Legend } from '../../components/charts/legend.tsx';
import { TrendChart } from '../../components/charts/trend-chart.tsx';
import { figureData } from '../../components/charts/counts-figure.tsx';
import { Notice } from '../../components/ui/notice.tsx';
import { tableSeries, type ChartSeries } from '../../lib/chart-data.ts';
import { useFilters } from '../../lib/filters-context.tsx';
import { useFigureTab } from '../../lib/use-figure-tab.ts';
import { rangeWords } from '../../lib/words.ts';
import { trendTitle } from './forces-words.ts';

/** More lines than this cannot be told apart, even with direct labels. */
export const MAX_TREND_FORCES = 6;

/**
 * The chosen forces' trends on one chart, in the measure of the comparison; with rates, England and
 * Wales (all forces with figures) beside them as the yardstick.
 */
export function ForcesTrend() {
  const { filters, meta } = useFilters();
  const [tab, setTab] = useFigureTab();
  const chosen = filters.force.length;
  const enabled = chosen > 0 && chosen <= MAX_TREND_FORCES;
  const base = { ...filters, by: 'force' as const };
  const query = useQuery({ ...countsQueryOptions(base), enabled });
  const national = useQuery({
    ...countsQueryOptions({ ...base, force: [] }),
    enabled: enabled && filters.measure === 'rate',
  });
  if (chosen === 0)
    return (
      <section aria-labelledby="trend-prompt" className="bg-panel p-4 print:hidden">
        <h2 id="trend-prompt" className="font-bold">
          Trends over time
        </h2>
        <p className="mt-1">
          Choose up to {MAX_TREND_FORCES} forces to draw their trends together: tick them in the
          table (the Table tab above) or pick them with the Force filter.
        </p>
      </section>
    );
  if (chosen > MAX_TREND_FORCES)
    return (
      <Notice
        kind="info"
        title={`Trends for up to ${MAX_TREND_FORCES} forces at a time`}
        live={false}
      >
        <p>
          You have chosen {chosen} forces: their lines could not be told apart. Narrow the Force
          filter to {MAX_TREND_FORCES} or fewer to draw their trends together; the comparison above
          shows all {chosen}.
        </p>
      </Notice>
    );
  // the England and Wales rate is drawn beside the forces' rates only
  const needed = filters.measure === 'rate' ? ([query, national] as const) : ([query] as const);
  const figure = figureData<typeof needed>(needed, 'the trends', 'min-h-[32rem]');
  if (figure.pending) return figure.pending;
  const [r] = figure.data;
  const measure = r.query.measure;
  const forces = tableSeries(r, null).filter((s) => s.kind === 'series');
  // England and Wales only where every force with residents has figures in every period (a force
  // with no residents, British Transport Police, has no rate to miss); else what it is
  const residents = new Set(meta.forces.filter((f) => f.population !== null).map((f) => f.id));
  const everyForce =
    national.data?.totals.missing.every((m) => m.every((id) => !residents.has(id))) === true;
  const yardstick: ChartSeries | null =
    national.data && measure === 'rate'
      ? {
          key: 'england-and-wales',
          label: everyForce ? 'England and Wales' : 'All forces with figures, together',
          colour: OTHER_COLOUR,
          kind: 'other',
          values: national.data.totals.values,
          suppressed: national.data.totals.suppressed,
        }
      : null;
  const lines = yardstick && forces.length < MAX_TREND_FORCES ? [...forces, yardstick] : forces;
  const title = trendTitle(filters, meta, rangeWords(filters, meta, r), r);
  const totals = yardstick
    ? { label: yardstick.label, values: yardstick.values, suppressed: yardstick.suppressed }
    : measure === 'count' && forces.length > 1
      ? { label: 'Total of these forces', values: r.totals.values, suppressed: r.totals.suppressed }
      : undefined;
  return (
    <ChartFigure
      title={title}
      subtitle={`${measureWords(measure, r.counted).heading}, each force's own figures${yardstick ? `, with ${everyForce ? 'England and Wales' : 'all the forces with figures together'} (grey) for comparison` : ''}.`}
      tab={tab}
      onTab={setTab}
      response={r}
      drawn={
        yardstick && national.data
          ? {
              ...r,
              series: [
                ...r.series,
                {
                  key: yardstick.key,
                  label: yardstick.label,
                  kind: 'series',
                  values: national.data.totals.values,
                  missing: national.data.totals.missing,
                  suppressed: national.data.totals.suppressed,
                },
              ],
            }
          : undefined
      }
      busy={figure.busy}
      chart={<TrendChart periods={r.periods} series={lines} measure={measure} label={title} />}
      legend={<Legend series={lines} partial={r.periods.some((p) => p.partial)} />}
      table={
        <DataTable
          caption={`${title}: ${measureWords(measure, r.counted).unit}`}
          periods={r.periods}
          series={forces}
          measure={measure}
          seriesHeader="Force"
          totals={totals && [totals]}
        />
      }
    />
  );
}
