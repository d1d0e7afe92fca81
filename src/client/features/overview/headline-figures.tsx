import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { headlinePeriod, likeForLikeChange, outcomeRates } from '@shared/figures.ts';
import { COUNTED_WORDS } from '@shared/counted.ts';
import { list } from '@shared/key-facts-words.ts';
import { PROVISIONAL_SHARE } from '@shared/outcome-figures.ts';
import { countsQueryOptions } from '../../api/counts.ts';
import { figureData } from '../../components/charts/counts-figure.tsx';
import { useFilters } from '../../lib/filters-context.tsx';
import { formatChange, formatCount, formatPercent } from '../../lib/format.ts';
import { forceCoverage } from '../../lib/chart-data.ts';
import { capitalise } from '../../lib/words.ts';
import { KINDS, outcomeCard } from './outcome-card.tsx';
import { countedQuestion, headlineCounts } from './follow-ups.ts';
import { headlineQuestions } from './questions.ts';

function Figure({ label, value, detail }: { label: string; value: string; detail: ReactNode }) {
  return (
    <div className="flex flex-col border-t-4 border-brand bg-panel p-4">
      <dt className="font-semibold">{label}</dt>
      <dd
        className={`tabular mt-1 font-bold ${value === 'Not available' ? 'text-2xl text-secondary' : 'text-4xl'}`}
      >
        {value}
      </dd>
      <dd className="mt-2 text-sm text-secondary">{detail}</dd>
    </div>
  );
}

/**
 * The selection's headline figures for its latest complete period: recorded crimes, change on the
 * period before (like for like), charge/summons rate and share with no suspect identified.
 */
export function HeadlineFigures() {
  const { filters, meta } = useFilters();
  const questions = headlineQuestions(filters);
  const byForce = useQuery(countsQueryOptions(questions.byForce));
  const byOutcome = useQuery(countsQueryOptions(questions.byOutcome));
  // where no rate can be given, each card counts its outcome as the Outcomes view does with it chosen
  const counting = headlineCounts(filters, byForce.data, byOutcome.data);
  const countOf = (group: string) => ({
    ...countsQueryOptions(countedQuestion(filters, group)),
    enabled: counting,
  });
  const chargedCount = useQuery(countOf(KINDS.charged.group));
  const noSuspectCount = useQuery(countOf(KINDS.noSuspect.group));
  // the same boxes while loading, so the page below does not move when the figures arrive
  const figure = figureData([byForce], 'the headline figures', 'min-h-56', 'Headline figures');
  if (figure.pending) return figure.pending;
  const [r] = figure.data;
  const head = headlinePeriod(r.periods);
  if (!head)
    return <p className="bg-panel p-4">There are no complete periods in this selection.</p>;
  const period = r.periods[head.index];
  const prior = r.periods[head.index - 1];
  const total = r.crimes.values[head.index] ?? null;
  const cov = forceCoverage({
    ...r,
    totals: { ...r.totals, missing: [r.totals.missing[head.index] ?? []] },
  });
  const change = likeForLikeChange(r, head.index, head.index - 1);
  const outcomes = byOutcome.data ? outcomeRates(byOutcome.data, head.index) : null;
  const partialNote = head.partialAfter
    ? ` ${head.partialAfter.label} is a part period (${head.partialAfter.start} to ${head.partialAfter.end}), so it is not used here.`
    : '';
  // as on the Outcomes view: when many crimes have no outcome yet, a rate is provisional
  const nyaShare =
    outcomes?.available === true && outcomes.assigned + outcomes.notYetAssigned > 0
      ? (outcomes.notYetAssigned / (outcomes.assigned + outcomes.notYetAssigned)) * 100
      : null;
  const provisional = nyaShare !== null && nyaShare > PROVISIONAL_SHARE;
  const outcomeDetail = (what: string) =>
    outcomes?.available === true && (
      <>
        {what} of {formatCount(outcomes.assigned)}{' '}
        {COUNTED_WORDS[byOutcome.data?.counted ?? r.counted].noun} with an outcome assigned
        {outcomes.notYetAssigned > 0 &&
          `; ${formatCount(outcomes.notYetAssigned)} had no outcome yet and are left out`}
        .
        {provisional && (
          <strong className="mt-1 block">
            Provisional: {formatPercent(nyaShare)} of the period&apos;s{' '}
            {COUNTED_WORDS[byOutcome.data?.counted ?? r.counted].noun} had no outcome yet, so this
            rate will change.
          </strong>
        )}
      </>
    );
  const names = (ids: readonly string[]) =>
    list(ids.map((id) => meta.forces.find((f) => f.id === id)?.shortName ?? id));
  const charged = outcomeCard(
    'charged',
    byOutcome.data,
    head.index,
    outcomes,
    outcomeDetail,
    chargedCount.data,
    names,
  );
  const noSuspect = outcomeCard(
    'noSuspect',
    byOutcome.data,
    head.index,
    outcomes,
    outcomeDetail,
    noSuspectCount.data,
    names,
  );
  return (
    <section aria-labelledby="headline-heading" className="min-h-56">
      <h2 id="headline-heading" className="text-xl font-bold">
        Headline figures, {period?.label}
      </h2>
      <dl className="mt-3 grid grid-cols-1 gap-4 sm:grid-cols-2 xl:grid-cols-4">
        <Figure
          label={
            r.counted === 'crimes' ? 'Recorded crimes' : 'Platform mentions in recorded crimes'
          }
          value={total === null ? 'Not available' : formatCount(total)}
          detail={
            <>
              {r.counted === 'platform-mentions' &&
                `Each platform's figure is a separate search of crime records: added up, ${COUNTED_WORDS['platform-mentions'].rule}, so this is not a number of crimes. `}
              {total === null
                ? r.notes.some((n) => n.kind === 'unplaced')
                  ? 'Figures were published for longer periods, which are not split to give this one: choose a longer interval.'
                  : 'No force published a figure for this period.'
                : `Figures for ${cov.max} of ${cov.of} ${cov.of === 1 ? 'force' : 'forces'}.`}
              {partialNote}
            </>
          }
        />
        <Figure
          label={`Change on ${prior?.label ?? 'the period before'}`}
          value={change.available ? formatChange(change.percent) : 'Not available'}
          detail={
            change.available
              ? `${formatCount(change.previous)} to ${formatCount(change.current)}, comparing the ${change.forces} ${change.forces === 1 ? 'force' : 'forces'} with figures for both periods.`
              : `${capitalise(change.reason)}.`
          }
        />
        <Figure label="Charged or summonsed" {...charged} />
        <Figure label="No suspect identified" {...noSuspect} />
      </dl>
    </section>
  );
}
