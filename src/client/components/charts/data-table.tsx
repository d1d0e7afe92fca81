import type { Period } from '@shared/contract.ts';
import { formatCell, NOT_AVAILABLE, type MeasureKind } from '../../lib/format.ts';
import type { ChartSeries } from '../../lib/chart-data.ts';
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
  totals?: { label: string; values: readonly (number | null)[]; suppressed: readonly boolean[] };
  seriesHeader?: string;
}) {
  const cell = (v: number | null, suppressed: boolean) => formatCell(v, measure, suppressed);
  const usesX =
    series.some((s) => s.values.some((v, i) => v === null && !s.suppressed[i])) ||
    (totals?.values.some((v, i) => v === null && !totals.suppressed[i]) ?? false);
  const usesC = series.some((s) => s.suppressed.some(Boolean));
  return (
    <div>
      {/* a table wider than a phone scrolls: the region takes focus so the keyboard can scroll it */}
      <div className="overflow-x-auto" tabIndex={0} role="group" aria-label={caption}>
        <table className="w-full border-collapse text-left">
          <caption className="mb-2 text-left font-bold">{caption}</caption>
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
            {series.map((s) => (
              <tr key={s.key} className="border-b border-border">
                <th scope="row" className="py-2 pr-4 font-normal">
                  {s.label}
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
          {totals && (
            <tfoot>
              <tr className="border-t-2 border-ink">
                <th scope="row" className="py-2 pr-4">
                  {totals.label}
                </th>
                {totals.values.map((v, i) => (
                  <td
                    key={periods[i]?.id ?? i}
                    className="tabular py-2 pl-4 text-right font-bold whitespace-nowrap"
                  >
                    {cell(v, totals.suppressed[i] ?? false)}
                  </td>
                ))}
              </tr>
            </tfoot>
          )}
        </table>
      </div>
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
