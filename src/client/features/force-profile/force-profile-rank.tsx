import { useQuery } from '@tanstack/react-query';
import { headlinePeriod } from '@shared/figures.ts';
import { rateStanding, SMALL_POPULATION, type Standing } from '@shared/force-standing.ts';
import { ordinal } from '@shared/key-facts-words.ts';
import { ChartFigure } from '../../components/charts/chart-figure.tsx';
import { NOT_BROKEN_DOWN_COLOUR, SINGLE_SERIES } from '../../components/charts/colours.ts';
import { RankedBarChart, type RankedItem } from '../../components/charts/ranked-bar-chart.tsx';
import { figureData } from '../../components/charts/counts-figure.tsx';
import { useFilters } from '../../lib/filters-context.tsx';
import { formatCount, formatRate } from '../../lib/format.ts';
import { useFigureTab } from '../../lib/use-figure-tab.ts';
import { capitalise } from '../../lib/words.ts';
import { atPeriod } from '../../lib/chart-data.ts';
import { profileQueries, subjectWords, type Force } from './force-profile-data.ts';
import { RankTable } from './force-profile-rank-table.tsx';

function headline(standing: Standing, force: Force): string {
  if (!standing.available)
    return standing.reason === 'no-population'
      ? `${force.name} has no resident population, so no rate`
      : `${force.name} has no figure, so it is not ranked`;
  if (standing.of === 1) return `${force.name} is the only force with a figure`;
  return `${force.name} ranked ${standing.tied ? 'joint ' : ''}${ordinal(standing.rank)} of ${standing.of} forces with figures`;
}

/** Where the force's rate stands among forces with figures, highest first; the rest not ranked. */
export function ProfileRank({ force }: { force: Force }) {
  const { filters, meta } = useFilters();
  const [tab, setTab] = useFigureTab();
  const query = useQuery(profileQueries(filters, force.id).rates);
  const figure = figureData([query], 'the rank among forces', 'min-h-[24rem]');
  if (figure.pending) return figure.pending;
  const [r] = figure.data;
  const head = headlinePeriod(r.periods);
  const period = head ? r.periods[head.index] : undefined;
  if (!head || !period) return null;
  const standing = rateStanding(r, force.id, head.index, force.population);
  const byId = new Map(meta.forces.map((f) => [f.id, f]));
  const small = meta.forces.filter(
    (f) =>
      f.population !== null &&
      f.population < SMALL_POPULATION &&
      standing.ranks.some((row) => row.key === f.id),
  );
  const items: RankedItem[] = standing.ranks.map((row) => ({
    key: row.key,
    label: byId.get(row.key)?.shortName ?? row.key,
    value: row.value,
    colour: row.key === force.id ? SINGLE_SERIES : NOT_BROKEN_DOWN_COLOUR,
    note: row.key === force.id ? 'this force' : undefined,
  }));
  const subject = subjectWords(filters, meta, r);
  const title = `${capitalise(subject)} per 100,000 residents, ${period.label}: ${headline(standing, force)}`;
  const across =
    standing.available && standing.reference !== null && standing.of > 1
      ? ` The dashed red line marks ${formatRate(standing.reference)}, the rate across those forces.`
      : '';
  // a long note beside the longest bar would run off a phone's screen: the caveat goes here
  const few = small
    .map(
      (f) =>
        ` ${f.name} has only ${formatCount(f.population)} residents, so a few crimes move its rate a long way.`,
    )
    .join('');
  const subtitle = `Rate per 100,000 residents (Census 2021 populations) of each force with a figure for ${period.label}, highest first${standing.available ? `; ${force.name} in dark blue` : ''}.${across} Forces with no figure are not ranked.${few}`;
  // notes about offence and outcome breakdowns say nothing about rates of all crimes
  const response = atPeriod(r, head.index);
  const notes = response.notes.filter(
    (n) => n.kind !== 'disagreement' && n.kind !== 'partial-breakdown',
  );
  return (
    <ChartFigure
      title={title}
      subtitle={subtitle}
      tab={tab}
      onTab={setTab}
      response={{ ...response, notes }}
      // presented, the figure to say is this force's rate, not the rate across every force drawn
      keyValue={
        standing.available
          ? {
              value: standing.rate,
              suppressed: false,
              measure: 'rate',
              text: `crimes per 100,000 residents in ${force.name}, ${period.label}`,
              aside: standing.of > 1 ? `${headline(standing, force)}.` : undefined,
            }
          : null
      }
      busy={query.isFetching}
      empty={standing.of === 0 ? `No force has a rate for ${period.label}.` : null}
      chart={
        <RankedBarChart
          items={items}
          measure="rate"
          label={title}
          labelWidth={185}
          reference={
            standing.available && standing.reference !== null
              ? { value: standing.reference, label: '' }
              : null
          }
        />
      }
      table={
        <RankTable caption={`${title}: rank, force and rate`} standing={standing} force={force} />
      }
    />
  );
}
