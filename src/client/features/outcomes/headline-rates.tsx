import type { ReactNode } from 'react';
import type { CountsResponse, Period } from '@shared/contract.ts';
import { COUNTED_WORDS } from '@shared/counted.ts';
import { outcomeHeadline, outcomePeriod } from '@shared/outcome-figures.ts';
import { figureData } from '../../components/charts/counts-figure.tsx';
import { formatCount, formatPercent } from '../../lib/format.ts';
import { useOutcomeCounts } from './outcome-data.ts';
import { periodWords } from './outcome-words.ts';
import { PartialOutcomes } from './partial-outcomes.tsx';

function Rate({ label, value, detail }: { label: string; value: string; detail: ReactNode }) {
  return (
    <div className="flex flex-col border-t-4 border-brand bg-panel p-4">
      <dt className="font-semibold">{label}</dt>
      <dd className="tabular mt-1 text-4xl font-bold">{value}</dd>
      <dd className="mt-2 text-sm text-secondary">{detail}</dd>
    </div>
  );
}

function Rates({ r, index, period }: { r: CountsResponse; index: number; period: Period }) {
  const h = outcomeHeadline(r, index);
  // one clear reason rather than four boxes saying "Not available"
  if (!h.available) return <PartialOutcomes r={r} index={index} reason={h.reason} why={h.why} />;
  // over several platforms a crime naming two counts twice: the figures are platform mentions
  const w = COUNTED_WORDS[r.counted];
  const of = (n: number, codes: string) =>
    `${codes}: ${formatCount(n)} of ${formatCount(h.assigned)} ${w.noun} with an outcome assigned.`;
  return (
    <>
      <p className="mt-2 max-w-3xl">
        Rates are shares of the <strong>{formatCount(h.assigned)}</strong> {w.noun} recorded in{' '}
        {periodWords(period)} that had been assigned an outcome when the figures were produced
        {w.why}. The other {formatCount(h.notYetAssigned)} had no outcome yet; they are left out of
        the rates and shown separately.
      </p>
      <dl className="mt-4 grid grid-cols-1 gap-4 sm:grid-cols-2 xl:grid-cols-4">
        <Rate
          label="Charged or summonsed"
          value={formatPercent(h.chargedRate)}
          detail={of(h.charged, 'Outcomes 1 and 1A')}
        />
        <Rate
          label="Evidential difficulties"
          value={formatPercent(h.evidentialRate)}
          detail={of(h.evidential, 'Outcomes 14, 15 and 16')}
        />
        <Rate
          label="No suspect identified"
          value={formatPercent(h.noSuspectRate)}
          detail={of(h.noSuspect, 'Outcome 18')}
        />
        <Rate
          label="Not yet assigned an outcome"
          value={formatPercent(h.notYetAssignedShare)}
          detail={`${formatCount(h.notYetAssigned)} of all ${formatCount(h.total)} ${w.noun} recorded: a share of all ${w.noun}, not of those with an outcome.`}
        />
      </dl>
      {h.provisional && (
        <p className="mt-4 border-l-[6px] border-warning p-4 font-semibold">
          Provisional: {formatPercent(h.notYetAssignedShare, 0)} of these {w.noun} had no outcome
          yet. These rates will change as outcomes are assigned: outcomes that take longer to reach,
          such as a charge, tend to be under-counted until then.
        </p>
      )}
    </>
  );
}

/**
 * The headline outcome rates for the selection's latest full period with outcomes, said as shares of
 * crimes with an outcome assigned, with "not yet assigned" beside them rather than hidden.
 */
export function HeadlineRates() {
  const query = useOutcomeCounts();
  const figure = figureData([query], 'the outcome rates', 'min-h-72', 'Outcome rates');
  if (figure.pending) return figure.pending;
  const [r] = figure.data;
  const lead = outcomePeriod(r);
  return (
    <section aria-labelledby="rates-heading" className="min-h-72">
      <h2 id="rates-heading" className="text-xl font-bold sm:text-2xl">
        Outcome rates{lead ? `, ${lead.period.label}` : ''}
      </h2>
      {lead ? (
        <Rates r={r} index={lead.index} period={lead.period} />
      ) : (
        <p className="mt-2 bg-panel p-4">
          No published figure breaks this selection down by outcome, so no rate can be given. The
          notes under the charts below say which forces are missing, and why.
        </p>
      )}
    </section>
  );
}
