import { Fragment } from 'react';
import type { Period } from '@shared/contract.ts';
import { formatCell, NOT_AVAILABLE, type MeasureKind } from '../../lib/format.ts';
import type { ChartSeries } from '../../lib/chart-data.ts';
import { ScrollTable, STICKY_CAPTION } from '../ui/scroll-table.tsx';
import { ShorthandKey, SUPPRESSED_MEANING } from './shorthand-key.tsx';

function periodHeader(p: Period): string {
  return p.partial ? `${p.label} (part: ${p.start} to ${p.end})` : p.label;
}

/**
 * The numbers behind a chart as an accessible table: periods across, series down, right-aligned
 * tabular figures, with the government shorthand for what is not a number.
 */
export function DataTable({
  caption,
  periods,
  series,
  measure,
  totals,
  seriesHeader = 'Series',
}: {
  caption: string;
  periods: readonly Period[];
  series: readonly ChartSeries[];
  measure: MeasureKind;
  /** rows under the series: a total, or a breakdown's sum and the crimes recorded (totalRows) */
  totals?: readonly {
    label: string;
    values: readonly (number | null)[];
    suppressed: readonly boolean[];
  }[];
  seriesHeader?: string;
}) {
  const cell = (v: number | null, suppressed: boolean) => formatCell(v, measure, suppressed);
  const usesX =
    series.some((s) => s.values.some((v, i) => v === null && !s.suppressed[i])) ||
    (totals?.some((t) => t.values.some((v, i) => v === null && !t.suppressed[i])) ?? false);
  const usesC = series.some((s) => s.suppressed.some(Boolean));
  // the published wording and caveats of a row's figures, numbered as the Analysis Function numbers
  // notes, with the marker in the row's heading so that the cells hold only numbers
  const notes: string[] = [];
  const refs = series.map((s) =>
    periods.flatMap((p, i) =>
      (s.notes?.[i] ?? []).map((n) => {
        const text = periods.length > 1 ? `${p.label}: ${n}` : n;
        if (!notes.includes(text)) notes.push(text);
        return notes.indexOf(text) + 1;
      }),
    ),
  );
  return (
    <div>
      <ScrollTable label={caption}>
        <table className="w-full border-collapse text-left">
          <caption className={`mb-2 text-left font-bold ${STICKY_CAPTION}`}>{caption}</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pr-4">
                {seriesHeader}
              </th>
              {periods.map((p) => (
                <th key={p.id} scope="col" className="py-2 pl-4 text-right whitespace-nowrap">
                  {periodHeader(p)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {series.map((s, k) => (
              <tr key={s.key} className="border-b border-border">
                <th scope="row" className="py-2 pr-4 font-normal">
                  {s.label}
                  {/* the space between markers stays outside them: a line may break there (inside,
                      eleven markers were one unbreakable run that pushed the numbers off a phone) */}
                  {refs[k]?.map((n) => (
                    <Fragment key={n}>
                      {' '}
                      <span className="text-sm whitespace-nowrap">[note {n}]</span>
                    </Fragment>
                  ))}
                </th>
                {s.values.map((v, i) => (
                  <td
                    key={periods[i]?.id ?? i}
                    className="tabular py-2 pl-4 text-right whitespace-nowrap"
                  >
                    {cell(v, s.suppressed[i] ?? false)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          {totals && totals.length > 0 && (
            <tfoot>
              {totals.map((t, k) => (
                <tr key={t.label} className={k === 0 ? 'border-t-2 border-ink' : ''}>
                  <th scope="row" className="py-2 pr-4">
                    {t.label}
                  </th>
                  {t.values.map((v, i) => (
                    <td
                      key={periods[i]?.id ?? i}
                      className="tabular py-2 pl-4 text-right font-bold whitespace-nowrap"
                    >
                      {cell(v, t.suppressed[i] ?? false)}
                    </td>
                  ))}
                </tr>
              ))}
            </tfoot>
          )}
        </table>
      </ScrollTable>
      {notes.length > 0 && (
        <div className="mt-3 text-sm">
          <p className="font-semibold">Notes to the table: the figures as published</p>
          <ol className="list-decimal pl-6">
            {notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ol>
        </div>
      )}
      <ShorthandKey
        entries={[
          usesX && [
            NOT_AVAILABLE,
            'not available: no figure was published or provided (see the notes); not zero',
          ],
          usesC && SUPPRESSED_MEANING,
        ]}
      />
    </div>
  );
}
