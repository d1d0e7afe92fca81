import { useQuery } from '@tanstack/react-query';
import { countsQueryOptions } from '../../api/counts.ts';
import { ChartFigure } from '../../components/charts/chart-figure.tsx';
import { PLATFORM_COLOURS } from '../../components/charts/colours.ts';
import { DataTable } from '../../components/charts/data-table.tsx';
import { Legend } from '../../components/charts/legend.tsx';
import { TrendChart } from '../../components/charts/trend-chart.tsx';
import { figureData } from '../../components/charts/counts-figure.tsx';
import { chartData, tableSeries } from '../../lib/chart-data.ts';
import { useFilters } from '../../lib/filters-context.tsx';
import { MEASURE_UNITS } from '../../lib/format.ts';
import { useFigureTab } from '../../lib/use-figure-tab.ts';
import { capitalise, selectionTitle } from '../../lib/words.ts';
import { ownFilters, type Force } from './force-profile-data.ts';
import { intervalNoun } from '@shared/interval-words.ts';

/** The force's figures over time, one line per platform, in the measure the filters ask for. */
export function ProfileTrend({ force }: { force: Force }) {
  const { filters, meta } = useFilters();
  const [tab, setTab] = useFigureTab();
  const own = {
    ...ownFilters(filters, force.id),
    by: 'platform' as const,
    measure: filters.measure,
  };
  const query = useQuery(countsQueryOptions(own));
  const figure = figureData([query], 'the trend', 'min-h-[40rem]');
  if (figure.pending) return figure.pending;
  const [r] = figure.data;
  const data = chartData(r, PLATFORM_COLOURS);
  const title = capitalise(selectionTitle(own, meta, r));
  const split = r.series.length > 1 ? ' and platform' : '';
  const subtitle = `${capitalise(MEASURE_UNITS[r.query.measure])} by ${intervalNoun(r.query.interval)}${split}, ${force.name}.`;
  const empty = r.totals.values.every((v) => v === null)
    ? `No published figure answers this selection for ${force.name}. The notes below say why.`
    : null;
  return (
    <ChartFigure
      title={title}
      subtitle={subtitle}
      tab={tab}
      onTab={setTab}
      response={r}
      busy={figure.busy}
      empty={empty}
      chart={
        <TrendChart
          periods={r.periods}
          series={data.series}
          measure={r.query.measure}
          label={title}
        />
      }
      legend={<Legend series={data.series} partial={r.periods.some((p) => p.partial)} />}
      table={
        <DataTable
          caption={`${title}: ${MEASURE_UNITS[r.query.measure]} by platform`}
          periods={r.periods}
          series={tableSeries(r, PLATFORM_COLOURS)}
          measure={r.query.measure}
          seriesHeader="Platform"
          totals={
            r.series.length > 1 && r.query.measure !== 'share'
              ? [
                  {
                    label: 'All platforms',
                    values: r.totals.values,
                    suppressed: r.totals.suppressed,
                  },
                ]
              : undefined
          }
        />
      }
    />
  );
}
