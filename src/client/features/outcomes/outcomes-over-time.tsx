import { outcomeHeadlines } from '@shared/outcome-figures.ts';
import { ChartFigure } from '../../components/charts/chart-figure.tsx';
import { OUTCOME_GROUP_COLOURS } from '../../components/charts/colours.ts';
import { DataTable } from '../../components/charts/data-table.tsx';
import { Legend } from '../../components/charts/legend.tsx';
import { StackedBarChart } from '../../components/charts/stacked-bar-chart.tsx';
import { figureData } from '../../components/charts/counts-figure.tsx';
import { chartData, tableSeries } from '../../lib/chart-data.ts';
import { useFilters } from '../../lib/filters-context.tsx';
import { useFigureTab } from '../../lib/use-figure-tab.ts';
import { capitalise, forceWords, rangeWords } from '../../lib/words.ts';
import { markProvisional, useOutcomeCounts } from './outcome-data.ts';
import { listWords, scopeWords, subjectWords } from './outcome-words.ts';
import { TableKey } from './table-key.tsx';
import { eachIntervals } from '@shared/interval-words.ts';

function provisionalWords(labels: readonly string[], all: readonly string[]): string {
  if (labels.length === 0) return '';
  const trailing = labels.every((l, i) => all[all.length - labels.length + i] === l);
  const which =
    labels.length <= 3
      ? `${listWords(labels)} ${labels.length === 1 ? 'is' : 'are'}`
      : trailing
        ? `Periods from ${labels[0] ?? ''} on are`
        : `${labels.length} periods between ${labels[0] ?? ''} and ${labels.at(-1) ?? ''} are`;
  const their = labels.length === 1 ? 'its' : 'their';
  return ` ${which} provisional: many of ${their} crimes had no outcome yet, so ${their} shares will change.`;
}

/**
 * Outcome groups as shares of each period's crimes (100% stacked), so that a period with more
 * crimes not yet assigned an outcome shows as such, and is marked provisional.
 */
export function OutcomesOverTime() {
  const { filters, meta } = useFilters();
  const [tab, setTab] = useFigureTab();
  const shares = useOutcomeCounts('outcomeGroup', 'share');
  const counts = useOutcomeCounts();
  const figure = figureData([shares, counts], 'the outcomes over time', 'min-h-[36rem]');
  if (figure.pending) return figure.pending;
  const [r, countsData] = figure.data;
  const headlines = outcomeHeadlines(countsData);
  const periods = markProvisional(r.periods, headlines);
  const provisional = r.periods.filter((_, i) => periods[i] !== r.periods[i]).map((p) => p.label);

  const data = chartData(r, OUTCOME_GROUP_COLOURS);
  // a period whose crimes are all "not broken down" has no outcomes to show: a full hatched column
  // would look like a finding; it is left empty, and said
  const nbd = data.series.find((s) => s.kind === 'not-broken-down');
  const none = r.periods.map((_, i) => (nbd?.values[i] ?? 0) >= 99.995);
  const drawn = data.series.map((s) => ({
    ...s,
    values: s.values.map((v, i) => (none[i] ? null : v)),
  }));
  const noneLabels = r.periods.filter((_, i) => none[i]).map((p) => p.label);
  const partial = r.periods
    .filter((_, i) => r.totals.values[i] !== null && r.totals.complete[i] === false && !none[i])
    .map((p) => p.label);
  const title = capitalise(
    `Outcomes of ${subjectWords(filters, meta, r)} ${scopeWords(filters, meta, `, ${rangeWords(filters, meta, r)}`, r)}`,
  );
  // the axis stays short enough for a phone: which periods are provisional is said here instead
  const subtitle = `Per cent of ${eachIntervals(r.query.interval)} crimes, by Home Office outcome group, ${forceWords(filters, meta, r)}.${provisionalWords(
    provisional,
    r.periods.map((p) => p.label),
  )}`;
  const selection = countsData.notes.some((n) => n.kind === 'selection');
  // with outcomes chosen, a share would be of the chosen outcomes alone: one outcome is 100% of itself
  const chosen = filters.outcome.length > 0;
  const empty = chosen
    ? 'No shares are drawn while an outcome is chosen: they would be shares of the chosen outcomes alone, not of all crimes (one outcome is always 100% of itself). Clear the Outcome filter to see how all the crimes ended; the chart above gives the numbers.'
    : r.totals.values.every((v) => v === null)
      ? selection
        ? 'No shares can be given: only a selection of outcomes was published, with no total to take shares of. The chart above shows them as published.'
        : 'No published figure breaks these crimes down by outcome. The notes below say which forces are missing, and why.'
      : null;
  const partialNote = (partial.length > 0 || noneLabels.length > 0) && (
    <div className="mb-3 space-y-1 border-l-4 border-warning pl-3 text-sm">
      {noneLabels.length > 0 && (
        <p>
          For {listWords(noneLabels)} no crime was broken down by outcome (all are not broken down):
          no column is drawn.
        </p>
      )}
      {partial.length > 0 && (
        <p>
          Outcomes were published only in part for {listWords(partial)}: those columns show the
          outcomes published as shares of their own sum, not of all crimes. Hatched: crimes not
          broken down by outcome.
        </p>
      )}
    </div>
  );
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
        <>
          {partialNote}
          <StackedBarChart periods={r.periods} series={drawn} measure="share" label={title} />
        </>
      }
      legend={<Legend series={data.series} partial={false} shape="box" />}
      table={
        <>
          {partialNote}
          <DataTable
            caption={`${title}: per cent of the period's crimes`}
            periods={periods}
            series={tableSeries(r, OUTCOME_GROUP_COLOURS)}
            measure="share"
            seriesHeader="Outcome group"
          />
          {provisional.length > 0 && <TableKey uses={['p']} />}
        </>
      }
    />
  );
}
