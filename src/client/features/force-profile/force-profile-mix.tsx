import { COUNTED_WORDS } from '@shared/counted.ts';
import { useQuery } from '@tanstack/react-query';
import { headlinePeriod } from '@shared/figures.ts';
import type { CountsResponse } from '@shared/contract.ts';
import { mixComparison, type Mix } from '@shared/force-standing.ts';
import { ChartFigure } from '../../components/charts/chart-figure.tsx';
import { figureData } from '../../components/charts/counts-figure.tsx';
import { atPeriod } from '../../lib/chart-data.ts';
import { useFilters } from '../../lib/filters-context.tsx';
import { formatCount } from '../../lib/format.ts';
import { useFigureTab } from '../../lib/use-figure-tab.ts';
import { list } from '@shared/key-facts-words.ts';
import { capitalise } from '../../lib/words.ts';
import {
  ewWords,
  forceNames,
  profileQueries,
  subjectWords,
  type Force,
  sideName,
  type SideName,
} from './force-profile-data.ts';
import { MixBars } from './force-profile-mix-bars.tsx';
import { MixTable } from './force-profile-mix-table.tsx';

const KINDS = {
  offence: { noun: 'offence group', breakdown: 'offence breakdown', sums: 'sums' },
  outcome: { noun: 'outcome group', breakdown: 'outcomes', sums: 'sum' },
} as const;

/** What the shares below are shares of, when the force's breakdown is not simply all its crimes. */
function caveat(mix: Mix, force: Force, kind: 'offence' | 'outcome', period: string): string {
  const { breakdown, sums } = KINDS[kind];
  switch (mix.state) {
    case 'none':
      return ` ${force.name} has no ${breakdown} for ${period}.`;
    case 'exceeds':
      return ` ${force.name}'s published ${breakdown} ${sums} to ${formatCount(mix.sum)}, more than its total of ${formatCount(mix.total)}: its shares are of the ${formatCount(mix.sum)} as published.`;
    case 'partial':
      return ` Only part of ${force.name}'s ${breakdown} was published: its shares include the crimes not broken down.`;
    case 'selection':
      return ` Only a selection of ${force.name}'s ${breakdown} was published, with no total: its figures are shown as published, and its shares are of the ${formatCount(mix.sum)} listed, not of all its crimes.`;
    case 'complete':
      return '';
  }
}

/** fewer other forces with a breakdown than this, and there is no England and Wales to compare with */
const MIN_OTHER_FORCES = 3;
/** nor when the force's own figures would be more than this share of "England and Wales" */
const MAX_OWN_SHARE = 0.25;

/** The shares the bars draw, each group twice (the force, England and Wales), as figures to export. */
function mixDrawn(
  response: CountsResponse,
  mix: Mix,
  force: Force,
  alone: boolean,
  sides: SideName,
): CountsResponse {
  const round = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);
  const side = (r: Mix['rows'][number], who: 'force' | 'ew') => ({
    key: `${r.key}@${who === 'force' ? force.id : 'england-and-wales'}`,
    label: `${r.label}: ${who === 'force' ? force.name : sides.wide}`,
    kind: r.kind,
    values: [round(who === 'force' ? r.share : r.ewShare)],
    missing: [[]],
    suppressed: [who === 'force' ? r.suppressed : r.ewSuppressed],
  });
  return {
    ...response,
    query: { ...response.query, measure: 'share' },
    series: mix.rows.flatMap((r) =>
      alone ? [side(r, 'force')] : [side(r, 'force'), side(r, 'ew')],
    ),
  };
}

/** The force's offence or outcome mix beside England and Wales, in the latest full period. */
export function ProfileMix({ force, kind }: { force: Force; kind: 'offence' | 'outcome' }) {
  const { filters, meta } = useFilters();
  const [tab, setTab] = useFigureTab();
  const q = profileQueries(filters, force.id);
  const own = useQuery(kind === 'offence' ? q.offences : q.outcomes);
  const ew = useQuery(kind === 'offence' ? q.offencesEw : q.outcomesEw);
  const total = useQuery(q.byPlatform);
  const { noun, breakdown } = KINDS[kind];
  const figure = figureData([own, ew, total], `the ${noun} comparison`, 'min-h-[36rem]');
  if (figure.pending) return figure.pending;
  const [ownData, ewData, totalData] = figure.data;
  const head = headlinePeriod(ownData.periods);
  const period = head ? ownData.periods[head.index] : undefined;
  if (!head || !period) return null;
  const i = head.index;
  const mix = mixComparison(ownData, ewData, i, totalData.totals.values[i] ?? null);
  const subject = subjectWords(filters, meta, ownData);
  // an "England and Wales" made of this force and one or two others is not an average to set it
  // against: much of it would be the force itself. The force's own figures are then drawn alone.
  const others = mix.ewForces.filter((f) => f !== force.id);
  const ownPart = mix.ewSum && mix.sum !== null ? mix.sum / mix.ewSum : 0;
  const alone = others.length < MIN_OTHER_FORCES || ownPart > MAX_OWN_SHARE;
  const unfair = `No fair England and Wales comparison can be made: for ${period.label} ${others.length === 0 ? 'no other force' : `only ${others.length === 1 ? 'one other force' : `${others.length} other forces`} (${list(forceNames(others, meta))})`} published ${kind === 'offence' ? 'an offence breakdown' : 'outcomes'}${ownPart > 0 ? `, and ${force.name}'s own figures would be ${Math.round(ownPart * 100)}% of the total` : ''}. The ${kind === 'offence' ? 'Offences' : 'Outcomes'} view shows what each force published.`;
  const sides = sideName(mix);
  const title = alone
    ? `${capitalise(subject)} by ${noun}: ${force.name}, ${period.label}`
    : `${capitalise(subject)} by ${noun}: ${force.name} beside ${sides.inText}, ${period.label}`;
  const subtitle = alone
    ? `Per cent of ${force.name}'s ${breakdown}, ${period.label}.${caveat(mix, force, kind, period.label)} ${unfair}`
    : `Per cent of each side's ${breakdown}, ${period.label}. ${sides.inText === 'England and Wales' ? `England and Wales means ${ewWords(mix, meta)}` : `${capitalise(sides.inText)} are ${list(forceNames(mix.ewForces, meta))}, ${force.name} among them`}.${caveat(mix, force, kind, period.label)}`;
  const empty =
    mix.sum === null && (alone || mix.ewSum === null)
      ? `No ${breakdown} answers this selection for ${force.name} in ${period.label}. ${alone ? unfair : 'The notes below say why.'}`
      : null;
  // the notes and sources are the force's own when it is drawn alone
  const response = atPeriod(alone ? ownData : ewData, i);
  return (
    <ChartFigure
      title={title}
      subtitle={subtitle}
      tab={tab}
      onTab={setTab}
      response={response}
      drawn={mixDrawn(response, mix, force, alone, sides)}
      // presented, the figure to say is the force's own crimes, not a breakdown's sum
      keyValue={ownData}
      busy={own.isFetching || ew.isFetching}
      empty={empty}
      chart={<MixBars mix={mix} forceName={force.shortName} alone={alone} sides={sides} />}
      table={
        <MixTable
          caption={`${title}: ${COUNTED_WORDS[ownData.counted].noun} and per cent of the ${breakdown}`}
          counted={ownData.counted}
          mix={mix}
          forceName={force.shortName}
          groupHeader={capitalise(noun)}
          alone={alone}
          sides={sides}
        />
      }
    />
  );
}
