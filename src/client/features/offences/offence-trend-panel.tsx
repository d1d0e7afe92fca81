import { Link } from 'react-router';
import { totalRows } from '@shared/crimes.ts';
import { periodsWithFigures } from '@shared/offence-figures.ts';
import { ChartFigure } from '../../components/charts/chart-figure.tsx';
import { OFFENCE_GROUP_COLOURS } from '../../components/charts/colours.ts';
import { DataTable } from '../../components/charts/data-table.tsx';
import { Legend } from '../../components/charts/legend.tsx';
import { StackedBarChart } from '../../components/charts/stacked-bar-chart.tsx';
import { TrendChart } from '../../components/charts/trend-chart.tsx';
import { figureData } from '../../components/charts/counts-figure.tsx';
import { chartData, tableSeries } from '../../lib/chart-data.ts';
import { useFilters } from '../../lib/filters-context.tsx';
import { useFigureTab } from '../../lib/use-figure-tab.ts';
import { rangeWords, unitWords } from '../../lib/words.ts';
import { LEVELS, measureSentence, offenceTitle } from './offence-words.ts';
import type { OffenceAnswers } from './use-offence-answers.ts';
import { intervalNoun } from '@shared/interval-words.ts';

/**
 * The same split over time: lines for counts and rates, 100% stacked columns for shares. Where the
 * published tables give figures for fewer than two periods there is no trend, and the panel says so
 * instead of drawing a chart with one point.
 */
export function OffenceTrendPanel({ answers }: { answers: OffenceAnswers }) {
  const { filters, meta, linkTo } = useFilters();
  const [tab, setTab] = useFigureTab();
  const { trend, years, level } = answers;
  const words = LEVELS[level];
  const figure = figureData([trend, years], 'the trend by offence', 'min-h-[40rem]');
  if (figure.pending) return figure.pending;
  const [r, yearsData] = figure.data;
  const interval = intervalNoun(r.query.interval);
  const title = offenceTitle(
    filters,
    meta,
    `${words.by} and ${interval}`,
    rangeWords(filters, meta, r),
    r,
  );
  if (periodsWithFigures(r).length < 2) {
    const withYears = periodsWithFigures(yearsData).map((i) => yearsData.periods[i]?.label);
    const reason =
      r.query.interval === 'total'
        ? 'The interval is the whole period, so there is only one figure for each category.'
        : withYears.length >= 2
          ? `Figures by ${words.by} were published for whole financial years, not by ${interval}.`
          : withYears.length === 1
            ? `Figures by ${words.by} were published for ${withYears[0] ?? ''} only; the ranking above shows them.`
            : `No published figure breaks these crimes down by ${words.by}.`;
    return (
      <section aria-labelledby="trend-heading" className="border-t-4 border-border pt-4">
        <h2 id="trend-heading" className="text-xl font-bold sm:text-2xl">
          Change over time by {words.by}
        </h2>
        <p className="mt-2 max-w-3xl">
          There is no trend to draw. {reason}{' '}
          {withYears.length >= 2 && r.query.interval !== 'fy' ? (
            <Link to={linkTo('/offences', { interval: 'fy' })}>
              Show the trend by financial year
            </Link>
          ) : (
            <Link to={linkTo('/')}>See the totals for every year on the overview</Link>
          )}
        </p>
      </section>
    );
  }
  const scheme = level === 'offenceGroup' ? OFFENCE_GROUP_COLOURS : null;
  const data = chartData(r, scheme);
  // a long list of what "Other" holds would swamp the legend: past five, the table lists them
  const series = data.series.map((s) =>
    s.members && s.members.length > 5
      ? { ...s, members: [`${s.members.length} ${words.plural}, each in the table`] }
      : s,
  );
  const measure = r.query.measure;
  const partial = r.periods.some((p) => p.partial);
  const folded = series.some((s) => s.kind === 'other') || data.omitted.length > 0;
  return (
    <ChartFigure
      title={title}
      subtitle={measureSentence(
        r,
        `by ${interval}${folded ? `; the chart draws at most six categories, and the table every one` : ''}`,
      )}
      tab={tab}
      onTab={setTab}
      response={r}
      busy={figure.busy}
      chart={
        measure === 'share' ? (
          <StackedBarChart periods={r.periods} series={series} measure={measure} label={title} />
        ) : (
          <TrendChart periods={r.periods} series={series} measure={measure} label={title} />
        )
      }
      legend={
        <>
          <Legend series={series} partial={partial} shape={measure === 'share' ? 'box' : 'line'} />
          {measure === 'share' && partial && (
            <p className="mt-2 text-sm">Paler columns: part periods (incomplete).</p>
          )}
          {data.omitted.length > 0 && (
            <p className="mt-2 text-sm">
              Not drawn, because rates cannot be added into one “Other” line:{' '}
              {data.omitted.join(', ')}. Their rates are in the table.
            </p>
          )}
        </>
      }
      table={
        <DataTable
          caption={`${title}: ${unitWords(r)}`}
          periods={r.periods}
          series={tableSeries(r, scheme)}
          measure={measure}
          seriesHeader={words.label}
          totals={totalRows(r)}
        />
      }
    />
  );
}
