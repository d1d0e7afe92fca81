import { useQuery } from '@tanstack/react-query';
import { totalRows } from '@shared/crimes.ts';
import { countsQueryOptions } from '../../api/counts.ts';
import { ChartFigure } from '../../components/charts/chart-figure.tsx';
import { OFFENCE_GROUP_COLOURS, PLATFORM_COLOURS } from '../../components/charts/colours.ts';
import { DataTable } from '../../components/charts/data-table.tsx';
import { Legend } from '../../components/charts/legend.tsx';
import { TrendChart } from '../../components/charts/trend-chart.tsx';
import { figureData } from '../../components/charts/counts-figure.tsx';
import { SelectField } from '../../components/ui/select-field.tsx';
import { chartData, tableSeries } from '../../lib/chart-data.ts';
import { useFilters } from '../../lib/filters-context.tsx';
import { useFigureTab } from '../../lib/use-figure-tab.ts';
import { capitalise, countedOf, forceWords, selectionTitle, unitWords } from '../../lib/words.ts';
import { COUNTED_WORDS, rowHeader, type Counted } from '@shared/counted.ts';
import { intervalNoun } from '@shared/interval-words.ts';
import { trendQuestion, type Split } from './questions.ts';

/** the splits, the first saying what the whole selection counts (crimes, or platform mentions) */
function splits(counted: Counted): readonly { value: Split; label: string }[] {
  return [
    { value: 'none', label: `No split: all ${COUNTED_WORDS[counted].noun}` },
    { value: 'platform', label: 'Platform' },
    { value: 'offenceGroup', label: 'Offence group' },
  ];
}

/** The trend from 2021 at the chosen interval, whole or split by platform or offence group. */
export function TrendPanel() {
  const { filters, meta, setFilters } = useFilters();
  const [tab, setTab] = useFigureTab();
  const question = trendQuestion(filters);
  const split = question.by;
  const query = useQuery(countsQueryOptions(question));
  const options = splits(countedOf(filters, meta, query.data ?? null));
  const control = (
    <div className="w-64">
      <SelectField
        label="Split by"
        value={split}
        options={options}
        onChange={(v) => setFilters({ by: options.find((s) => s.value === v)?.value ?? 'none' })}
      />
    </div>
  );
  const figure = figureData([query], 'the trend', 'min-h-[40rem]');
  if (figure.pending) return figure.pending;
  const [r] = figure.data;
  const scheme =
    split === 'platform'
      ? PLATFORM_COLOURS
      : split === 'offenceGroup'
        ? OFFENCE_GROUP_COLOURS
        : null;
  const data = chartData(r, scheme);
  const title = capitalise(selectionTitle(filters, meta, r));
  const subtitle = `${capitalise(unitWords(r))} by ${intervalNoun(r.query.interval)}${split === 'none' ? '' : ` and ${split === 'platform' ? 'platform' : 'offence group'}`}, ${forceWords(filters, meta, r)}.`;
  // a share of an unsplit total is that total's share of itself: 100 in every period, not a finding
  const empty =
    r.query.measure === 'share' && split === 'none'
      ? 'A share needs a split: the whole selection is always 100% of itself. Choose Split by platform or offence group (above) to see each one’s share, or another measure.'
      : r.totals.values.every((v) => v === null)
        ? `No published figure answers this selection${r.periods.length > 0 ? ` by ${intervalNoun(r.query.interval)}` : ''}.${r.notes.some((n) => n.kind === 'unplaced') ? ' Figures were published for longer periods, and a figure is never split in time: choose a longer interval (Interval, above) to see them.' : ''} The notes below say why.`
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
      actions={control}
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
          caption={`${title}: ${unitWords(r)}`}
          periods={r.periods}
          series={tableSeries(r, scheme)}
          measure={r.query.measure}
          seriesHeader={rowHeader(r)}
          totals={split === 'none' ? undefined : totalRows(r)}
        />
      }
    />
  );
}
