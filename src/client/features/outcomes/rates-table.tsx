import { COUNTED_WORDS, type Counted } from '@shared/counted.ts';
import type { OutcomeHeadline } from '@shared/outcome-figures.ts';
import { outcomeHeadlines } from '@shared/outcome-figures.ts';
import { figureData } from '../../components/charts/counts-figure.tsx';
import { useFilters } from '../../lib/filters-context.tsx';
import { formatCount, formatPercent, NOT_AVAILABLE } from '../../lib/format.ts';
import { capitalise, rangeWords } from '../../lib/words.ts';
import { markProvisional, useOutcomeCounts } from './outcome-data.ts';
import { scopeWords, subjectWords } from './outcome-words.ts';
import { TableKey } from './table-key.tsx';
import { ScrollTable, STICKY_CAPTION } from '../../components/ui/scroll-table.tsx';

/** the rows, in the words of what the figures count: crimes, or platform mentions over several platforms */
function rows(counted: Counted): [label: string, value: (h: OutcomeHeadline) => string][] {
  const w = COUNTED_WORDS[counted];
  return [
    ['Charged or summonsed (1, 1A)', (h) => formatPercent(h.chargedRate)],
    ['Evidential difficulties (14, 15, 16)', (h) => formatPercent(h.evidentialRate)],
    ['No suspect identified (18)', (h) => formatPercent(h.noSuspectRate)],
    [`${w.heading} with an outcome assigned`, (h) => formatCount(h.assigned)],
    [
      `Not yet assigned an outcome: per cent of all ${w.noun}`,
      (h) => formatPercent(h.notYetAssignedShare),
    ],
    [`All ${w.noun}${w.why}`, (h) => formatCount(h.total)],
  ];
}

/** The headline rates for every period, provisional ones marked, with why any is not given. */
export function RatesTable() {
  const { filters, meta } = useFilters();
  const query = useOutcomeCounts();
  const figure = figureData([query], 'the rates for each period');
  if (figure.pending) return figure.pending;
  const [r] = figure.data;
  const headlines = outcomeHeadlines(r);
  const w = COUNTED_WORDS[r.counted];
  const ROWS = rows(r.counted);
  const periods = markProvisional(r.periods, headlines);
  const reasons = new Map<string, string[]>();
  headlines.forEach((h, i) => {
    if (h.available) return;
    reasons.set(h.reason, [...(reasons.get(h.reason) ?? []), r.periods[i]?.label ?? '']);
  });
  const caption = capitalise(
    `Outcome rates of ${subjectWords(filters, meta, r)} ${scopeWords(filters, meta, `, ${rangeWords(filters, meta, r)}`, r)}: per cent of ${w.noun} with an outcome assigned`,
  );
  return (
    <section aria-labelledby="rates-table-heading">
      <h2 id="rates-table-heading" className="text-xl font-bold sm:text-2xl">
        Outcome rates for each period
      </h2>
      {headlines.some((h) => h.available) ? (
        <>
          <p className="mt-1 max-w-3xl text-secondary">
            The first three rows are per cent of {w.noun} with an outcome assigned; &ldquo;not yet
            assigned&rdquo; is per cent of all {w.noun} recorded in the period{w.why}.
          </p>
          <ScrollTable label={caption} className="mt-3">
            <table className="w-full border-collapse text-left">
              <caption className={`mb-2 text-left font-bold ${STICKY_CAPTION}`}>{caption}</caption>
              <thead>
                <tr className="border-b-2 border-ink">
                  <th scope="col" className="py-2 pr-4">
                    Rate
                  </th>
                  {periods.map((p) => (
                    <th key={p.id} scope="col" className="py-2 pl-4 text-right whitespace-nowrap">
                      {p.partial ? `${p.label} (part: ${p.start} to ${p.end})` : p.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {ROWS.map(([label, value]) => (
                  <tr key={label} className="border-b border-border">
                    <th scope="row" className="min-w-52 py-2 pr-4 font-normal">
                      {label}
                    </th>
                    {headlines.map((h, i) => (
                      <td
                        key={r.periods[i]?.id ?? i}
                        className="tabular py-2 pl-4 text-right whitespace-nowrap"
                      >
                        {h.available ? value(h) : NOT_AVAILABLE}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
          {reasons.size > 0 && (
            <ul className="mt-2 list-disc pl-6 text-sm">
              {[...reasons].map(([reason, labels]) => (
                <li key={reason}>
                  {NOT_AVAILABLE} for {labels.join(', ')}: {reason}.
                </li>
              ))}
            </ul>
          )}
          <TableKey
            uses={[
              ...(reasons.size > 0 ? (['x'] as const) : []),
              ...(periods.some((p, i) => p !== r.periods[i]) ? (['p'] as const) : []),
            ]}
          />
        </>
      ) : (
        <ul className="mt-3 max-w-3xl list-disc pl-6">
          {[...reasons].map(([reason, labels]) => (
            <li key={reason}>
              No rates for {labels.join(', ')}: {reason}.
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
