import { NOT_BROKEN_DOWN_KEY, type CountsResponse } from '@shared/contract.ts';
import { totalRows, type TotalRow } from '@shared/crimes.ts';
import { outcomeShares } from '@shared/outcome-figures.ts';
import { useFilters } from '../../lib/filters-context.tsx';
import { formatCell, formatPercent } from '../../lib/format.ts';
import { codesOf, outcomeNode, type OutcomeSplit } from './outcome-words.ts';
import { NOT_APPLICABLE, TableKey } from './table-key.tsx';
import { ScrollTable, STICKY_CAPTION } from '../../components/ui/scroll-table.tsx';

const num = 'tabular py-2 pl-4 text-right align-top whitespace-nowrap';

function Meaning({ id, split }: { id: string; split: OutcomeSplit }) {
  const { meta } = useFilters();
  if (id === NOT_BROKEN_DOWN_KEY)
    return <>Crimes the published figures do not break down by outcome at this level.</>;
  if (split === 'outcome') return <>{outcomeNode(meta, id)?.description ?? ''}</>;
  return (
    <ul className="space-y-1">
      {codesOf(meta, id).map((c) => (
        <li key={c}>
          <span className="font-semibold">{c}</span>: {outcomeNode(meta, c)?.description ?? ''}
        </li>
      ))}
    </ul>
  );
}

/**
 * The numbers behind the outcome chart for one period, each outcome with its codes and what they
 * mean, and its share of crimes with an outcome assigned where the breakdown is complete.
 */
export function DistributionTable({
  caption,
  split,
  counts,
  measured,
  provisional,
}: {
  caption: string;
  split: OutcomeSplit;
  /** the period's counts, as a one-period answer */
  counts: CountsResponse;
  /** the same period in the chart's measure, when that is not a count */
  measured: CountsResponse | null;
  provisional: boolean;
}) {
  const { meta } = useFilters();
  const shares = outcomeShares(counts, 0);
  // the Home Office's order (1, 1A, 2 … 22, then not yet assigned), Not broken down last
  const rank = (key: string) => {
    const i = meta.outcomes.findIndex((o) => o.id === key);
    return i < 0 ? meta.outcomes.length : i;
  };
  const series = [...counts.series].sort((a, b) => rank(a.key) - rank(b.key));
  const measure = measured?.query.measure ?? 'count';
  const measuredValue = (key: string) =>
    measured?.series.find((s) => s.key === key)?.values[0] ?? null;
  const share = (key: string) =>
    shares.available ? (shares.rows.find((s) => s.key === key)?.ofAssigned ?? null) : null;
  const cell = (v: number | null, m: 'count' | 'rate' | 'share', suppressed = false) =>
    formatCell(v, m, suppressed);
  const values = counts.series.flatMap((s) =>
    measured ? [s.values[0] ?? null, measuredValue(s.key)] : [s.values[0] ?? null],
  );
  const total = counts.totals.values[0] ?? null;
  // the footer says what its totals are: a breakdown's sum is never called the crimes recorded
  const measuredTotals = measured ? totalRows(measured) : [];
  const measuredTotal = (key: TotalRow['key']) =>
    measuredTotals.find((t) => t.key === key)?.values[0] ?? null;
  return (
    <div>
      <ScrollTable label={caption}>
        <table className="w-full border-collapse text-left">
          <caption className={`mb-2 text-left font-bold ${STICKY_CAPTION}`}>{caption}</caption>
          <thead>
            <tr className="border-b-2 border-ink align-bottom">
              <th scope="col" className="py-2 pr-4">
                {split === 'outcome' ? 'Outcome' : 'Outcome group'}
              </th>
              <th scope="col" className="py-2 pl-4 text-right">
                Crimes
              </th>
              {measure !== 'count' && (
                <th scope="col" className="min-w-32 py-2 pl-4 text-right">
                  {measure === 'rate' ? 'Per 100,000 residents' : 'Per cent of all crimes'}
                </th>
              )}
              {shares.available && (
                <th scope="col" className="min-w-32 py-2 pl-4 text-right">
                  Per cent of crimes with an outcome
                </th>
              )}
              <th scope="col" className="py-2 pl-6">
                {split === 'outcome' ? 'What it means' : 'Outcome codes: what they mean'}
              </th>
            </tr>
          </thead>
          <tbody>
            {series.map((s) => {
              const ofAssigned = share(s.key);
              return (
                <tr key={s.key} className="border-b border-border">
                  <th scope="row" className="py-2 pr-4 align-top font-normal">
                    {split === 'outcome' && s.key !== NOT_BROKEN_DOWN_KEY && (
                      <span className="font-semibold">{s.key}: </span>
                    )}
                    {s.label}
                  </th>
                  <td className={num}>{cell(s.values[0] ?? null, 'count', s.suppressed[0])}</td>
                  {measure !== 'count' && (
                    <td className={num}>{cell(measuredValue(s.key), measure)}</td>
                  )}
                  {shares.available && (
                    <td className={num}>
                      {ofAssigned === null ? NOT_APPLICABLE : formatPercent(ofAssigned)}
                    </td>
                  )}
                  <td className="min-w-64 py-2 pl-6 align-top text-sm">
                    <Meaning id={s.key} split={split} />
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            {totalRows(counts).map((row, i) => (
              <tr key={row.key} className={i === 0 ? 'border-t-2 border-ink' : ''}>
                <th scope="row" className="py-2 pr-4">
                  {row.label}
                </th>
                <td className={`${num} font-bold`}>
                  {cell(row.values[0] ?? null, 'count', row.suppressed[0])}
                </td>
                {measure !== 'count' && (
                  <td className={`${num} font-bold`}>{cell(measuredTotal(row.key), measure)}</td>
                )}
                {shares.available && <td className={`${num} font-bold`}>{NOT_APPLICABLE}</td>}
                <td />
              </tr>
            ))}
          </tfoot>
        </table>
      </ScrollTable>
      {!shares.available && total !== null && (
        <p className="mt-2 text-sm">
          Shares of crimes with an outcome are not given: {shares.reason}.
        </p>
      )}
      <TableKey
        uses={[
          ...(values.includes(null) || total === null ? (['x'] as const) : []),
          ...(counts.series.some((s) => s.suppressed[0]) ? (['c'] as const) : []),
          ...(shares.available ? (['z'] as const) : []),
          ...(provisional ? (['p'] as const) : []),
        ]}
      />
    </div>
  );
}
