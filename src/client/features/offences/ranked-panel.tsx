import type { CountsResponse } from '@shared/contract.ts';
import { totalRows } from '@shared/crimes.ts';
import { rankRows, type RankedRow } from '@shared/offence-figures.ts';
import { ChartFigure } from '../../components/charts/chart-figure.tsx';
import {
  NOT_BROKEN_DOWN_COLOUR,
  OFFENCE_GROUP_COLOURS,
  OTHER_COLOUR,
  SINGLE_SERIES,
} from '../../components/charts/colours.ts';
import { DataTable } from '../../components/charts/data-table.tsx';
import { RankedBarChart } from '../../components/charts/ranked-bar-chart.tsx';
import { figureData } from '../../components/charts/counts-figure.tsx';
import type { ChartSeries } from '../../lib/chart-data.ts';
import { useFilters } from '../../lib/filters-context.tsx';
import { useFigureTab } from '../../lib/use-figure-tab.ts';
import { notesAt } from '../../lib/wording.ts';
import { rangeWords, unitWords } from '../../lib/words.ts';
import { ExploreLinks } from './explore-links.tsx';
import { LEVELS, measureSentence, offenceTitle } from './offence-words.ts';
import type { OffenceAnswers } from './use-offence-answers.ts';

function colourOf(row: RankedRow, byGroup: boolean): string {
  if (row.notBrokenDown) return NOT_BROKEN_DOWN_COLOUR;
  // offence groups keep their colour on every chart; below a group the ranking is one series
  return byGroup ? (OFFENCE_GROUP_COLOURS.own[row.key] ?? OTHER_COLOUR) : SINGLE_SERIES;
}

function asSeries(r: CountsResponse, rows: readonly RankedRow[], byGroup: boolean): ChartSeries[] {
  return rows.map((row) => ({
    key: row.key,
    label: row.label,
    colour: colourOf(row, byGroup),
    kind: row.notBrokenDown ? 'not-broken-down' : 'series',
    values: [row.value],
    suppressed: [row.suppressed],
    notes: [notesAt(r, row.key, 0)],
  }));
}

/** The period's totals by offence group, subgroup or offence, largest first; then where to go next. */
export function RankedPanel({ answers }: { answers: OffenceAnswers }) {
  const { filters, meta } = useFilters();
  const [tab, setTab] = useFigureTab();
  const { level, choice, ranked } = answers;
  const words = LEVELS[level];
  const figure = figureData([ranked], 'the ranking of offences', 'min-h-[32rem]');
  if (figure.pending || choice === null) return figure.pending;
  const [r] = figure.data;
  const when = choice.kind === 'period' ? choice.period.label : rangeWords(filters, meta, r);
  const title = offenceTitle(filters, meta, words.by, when, r);
  const rows = ranked.none ? [] : rankRows(r, 0);
  const order =
    rows.length === 0
      ? `totals for ${when}`
      : choice.kind === 'period'
        ? `largest first, ${choice.period.label} only: ${choice.only ? 'the only period' : 'the period'} with figures by ${words.by}${choice.only ? '' : ' from the most forces'}`
        : `largest first, totals for ${when}`;
  const byGroup = level === 'offenceGroup';
  const hasNbd = rows.some((row) => row.notBrokenDown && row.value !== null);
  return (
    <div className="space-y-6">
      <ChartFigure
        title={title}
        subtitle={measureSentence(r, order)}
        tab={tab}
        onTab={setTab}
        response={r}
        busy={figure.busy}
        empty={
          rows.length === 0
            ? `No published figure breaks these crimes down by ${words.by}. The notes below say why.`
            : null
        }
        chart={
          <RankedBarChart
            items={rows.map((row) => ({
              key: row.key,
              label: row.label,
              value: row.value,
              suppressed: row.suppressed,
              colour: colourOf(row, byGroup),
              unranked: row.notBrokenDown,
              missingReason: '[x] not available',
              notes: notesAt(r, row.key, 0),
            }))}
            measure={r.query.measure}
            label={title}
            labelWidth={260}
          />
        }
        legend={
          hasNbd ? (
            <p className="flex items-center gap-2 text-sm">
              <svg width="14" height="14" aria-hidden="true" className="shrink-0">
                <rect width="14" height="14" fill="#ffffff" stroke={NOT_BROKEN_DOWN_COLOUR} />
                <path
                  d="M0 14L14 0M-4 6L6 -4M8 18L18 8"
                  stroke={NOT_BROKEN_DOWN_COLOUR}
                  strokeWidth="2.5"
                />
              </svg>
              Hatched: Not broken down, crimes the published tables do not break down by {words.by}.
              It is not an {words.by} and is not ranked.
            </p>
          ) : undefined
        }
        table={
          <DataTable
            caption={`${title}: ${unitWords(r)}`}
            periods={r.periods}
            series={asSeries(r, rows, byGroup)}
            measure={r.query.measure}
            seriesHeader={words.label}
            totals={totalRows(r)}
          />
        }
      />
      {rows.length > 0 && <ExploreLinks rows={rows} level={level} />}
    </div>
  );
}
