import { NOT_BROKEN_DOWN_KEY, type CountsResponse, type MetaResponse } from '@shared/contract.ts';
import { notesAt } from '../../lib/wording.ts';
import { outcomeHeadline, outcomePeriod } from '@shared/outcome-figures.ts';
import { measureWords } from '@shared/measure-words.ts';
import { COUNTED_WORDS, type Counted } from '@shared/counted.ts';
import { ChartFigure } from '../../components/charts/chart-figure.tsx';
import {
  NOT_BROKEN_DOWN_COLOUR,
  OTHER_COLOUR,
  OUTCOME_GROUP_COLOURS,
} from '../../components/charts/colours.ts';
import { RankedBarChart, type RankedItem } from '../../components/charts/ranked-bar-chart.tsx';
import { figureData } from '../../components/charts/counts-figure.tsx';
import { atPeriod } from '../../lib/chart-data.ts';
import { SelectField } from '../../components/ui/select-field.tsx';
import { useFilters } from '../../lib/filters-context.tsx';
import { useFigureTab } from '../../lib/use-figure-tab.ts';
import { useMediaQuery } from '../../lib/use-media-query.ts';
import { capitalise, forceWords } from '../../lib/words.ts';
import { DistributionTable } from './distribution-table.tsx';
import { PROVISIONAL, useOutcomeCounts } from './outcome-data.ts';
import {
  chartLabel,
  outcomeMeaning,
  outcomeNode,
  periodWords,
  scopeWords,
  splitOf,
  subjectWords,
  type OutcomeSplit,
} from './outcome-words.ts';

const SPLITS = [
  { value: 'outcomeGroup', label: 'Outcome group' },
  { value: 'outcome', label: 'Outcome code' },
] as const;

/** a share here is of every crime recorded in the period, outcome or none */
const shareHeading = (counted: Counted) =>
  `Per cent of all ${COUNTED_WORDS[counted].noun} recorded in the period`;

function items(
  r: CountsResponse,
  split: OutcomeSplit,
  meta: MetaResponse,
  narrow: boolean,
): RankedItem[] {
  return r.series.map((s) => {
    const group = split === 'outcome' ? (outcomeNode(meta, s.key)?.parent ?? '') : s.key;
    return {
      key: s.key,
      label: chartLabel(meta, s.key, s.label, narrow),
      value: s.values[0] ?? null,
      missingReason: '[x] not published',
      suppressed: s.suppressed[0] ?? false,
      colour:
        s.key === NOT_BROKEN_DOWN_KEY
          ? NOT_BROKEN_DOWN_COLOUR
          : (OUTCOME_GROUP_COLOURS.own[group] ?? OTHER_COLOUR),
      // crimes whose outcome was not published are not an outcome to rank
      unranked: s.kind === 'not-broken-down',
      description: outcomeMeaning(meta, s.key),
      notes: notesAt(r, s.key, 0),
    };
  });
}

/**
 * How the selection's crimes ended in its latest full period: outcome groups ranked, or each outcome
 * code on demand (by=outcome in the URL), with a table that says what every code means.
 */
export function DistributionPanel() {
  const { filters, meta, setFilters } = useFilters();
  const [tab, setTab] = useFigureTab();
  const split = splitOf(filters);
  const counts = useOutcomeCounts(split);
  const measured = useOutcomeCounts(split, filters.measure);
  const groups = useOutcomeCounts();
  const wide = useMediaQuery('(min-width: 640px)');
  const control = (
    <div className="w-full sm:w-64">
      <SelectField
        label="Show outcomes by"
        value={split}
        options={SPLITS}
        onChange={(v) => setFilters({ by: v === 'outcome' ? 'outcome' : 'outcomeGroup' })}
      />
    </div>
  );
  const figure = figureData([counts, measured, groups], 'the outcomes', 'min-h-[36rem]');
  if (figure.pending) return figure.pending;
  const [countsData, measuredData, groupsData] = figure.data;
  const lead = outcomePeriod(groupsData);
  const index = lead?.index ?? Math.max(0, groupsData.periods.length - 1);
  const period = groupsData.periods[index];
  const head = outcomeHeadline(groupsData, index);
  const provisional = head.available && head.provisional;
  const one = atPeriod(measuredData, index);
  const measure = measuredData.query.measure;
  const when = period ? ` in ${periodWords(period)}` : '';
  const title = `How ${subjectWords(filters, meta, one)} ${scopeWords(filters, meta, when, one)} ended${provisional ? ` ${PROVISIONAL}` : ''}, by outcome ${split === 'outcome' ? 'code' : 'group'}`;
  const noun = COUNTED_WORDS[measuredData.counted].noun;
  const subtitle = `${measure === 'share' ? shareHeading(measuredData.counted) : measureWords(measure, measuredData.counted).heading}, by Home Office ${split === 'outcome' ? 'outcome code' : 'outcome group'}, ${forceWords(filters, meta, one)}, ${period?.label ?? ''}.${provisional ? ` Provisional: many of these ${noun} had no outcome yet.` : ''}`;
  const empty =
    lead === null
      ? 'No published figure breaks these crimes down by outcome. The notes below say which forces are missing, and why.'
      : null;
  const busy = figure.busy;
  return (
    <ChartFigure
      title={capitalise(title)}
      subtitle={subtitle}
      tab={tab}
      onTab={setTab}
      response={one}
      busy={busy}
      empty={empty}
      actions={control}
      chart={
        <RankedBarChart
          items={items(one, split, meta, !wide)}
          measure={measure}
          label={capitalise(title)}
          labelWidth={split === 'outcome' ? 340 : 300}
        />
      }
      table={
        <DistributionTable
          caption={`${capitalise(title)}: ${measureWords(measure, measuredData.counted).unit}`}
          split={split}
          counts={atPeriod(countsData, index)}
          measured={measure === 'count' ? null : one}
          provisional={provisional}
        />
      }
    />
  );
}
