import type { Period } from '@shared/contract.ts';
import type { ChartSeries } from '../../lib/chart-data.ts';
import { formatCell, formatValue, type MeasureKind } from '../../lib/format.ts';
import { PointerLayer, type PlotBox } from './pointer-layer.tsx';
import { useUnit } from './unit-context.ts';

/**
 * One tooltip for every trend: the period, each series' value in its unit, what is not available,
 * and whether the period is only part covered. Reads the values itself, so it never shows a value a
 * drawing trick (a dashed copy of a line) put there.
 */
export function ChartTooltip({
  index: i,
  periods,
  series,
  measure,
}: {
  index: number;
  periods: readonly Period[];
  series: readonly ChartSeries[];
  measure: MeasureKind;
}) {
  const unit = useUnit(measure);
  const period = periods[i];
  if (!period) return null;
  return (
    <div className="w-max max-w-xs border border-ink bg-white p-3 text-sm shadow-md">
      <p className="font-bold">
        {period.label}
        {period.partial && (
          <span className="font-normal">
            {' '}
            (part period: {period.start} to {period.end})
          </span>
        )}
      </p>
      <table className="mt-1">
        <tbody>
          {series.map((s) => (
            <tr key={s.key}>
              <th scope="row" className="pr-3 text-left font-normal">
                <span
                  aria-hidden="true"
                  className="mr-1 inline-block size-2.5"
                  style={{ background: s.colour }}
                />
                {s.label}
              </th>
              <td className="tabular text-right font-semibold">
                {formatCell(s.values[i] ?? null, measure, s.suppressed[i] ?? false)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-1 text-secondary">{unit}</p>
      <PublishedNotes notes={series.flatMap((s) => s.notes?.[i] ?? [])} />
    </div>
  );
}

/** What the sources said of the figures under the pointer, and the caveats noted beside them. */
export function PublishedNotes({ notes }: { notes: readonly string[] }) {
  if (notes.length === 0) return null;
  return (
    <div className="mt-2 border-t border-border pt-1">
      <p className="font-semibold">As published</p>
      <ul className="list-disc pl-4">
        {[...new Set(notes)].map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </div>
  );
}

/** The same values in words, for screen readers. */
export function describeValues(
  i: number,
  periods: readonly Period[],
  series: readonly ChartSeries[],
  measure: MeasureKind,
  unit: string,
): string {
  const period = periods[i];
  if (!period) return '';
  const values = series.map(
    (s) =>
      `${s.label}: ${s.values[i] === null && s.suppressed[i] ? 'suppressed' : formatValue(s.values[i] ?? null, measure)}${s.suppressed[i] && s.values[i] !== null ? ' (includes suppressed figures)' : ''}`,
  );
  const notes = [...new Set(series.flatMap((s) => s.notes?.[i] ?? []))];
  return `${period.label}${period.partial ? ' (part period)' : ''}: ${values.join('; ')} ${unit}${notes.length > 0 ? `. As published: ${notes.join(' ')}` : ''}`;
}

/**
 * The reader over a chart of periods: a slider across them, by pointer or keyboard, showing the
 * tooltip and announcing the values in words.
 */
export function PeriodReader({
  box,
  scale,
  padding,
  label,
  periods,
  series,
  measure,
}: {
  box: PlotBox;
  scale: 'point' | 'band';
  padding?: number;
  label: string;
  periods: readonly Period[];
  series: readonly ChartSeries[];
  measure: MeasureKind;
}) {
  const unit = useUnit(measure);
  return (
    <PointerLayer
      box={box}
      count={periods.length}
      axis="x"
      scale={scale}
      padding={padding}
      label={label}
      render={(i) => <ChartTooltip index={i} periods={periods} series={series} measure={measure} />}
      describe={(i) => describeValues(i, periods, series, measure, unit)}
    />
  );
}

/** The value axis's title: the figure's unit (useUnit), written up the axis. */
export function measureAxisLabel(unit: string) {
  return {
    value: unit,
    angle: -90,
    position: 'insideLeft' as const,
    offset: -4,
    style: { textAnchor: 'middle' as const, fill: '#505a5f', fontSize: 13 },
  };
}
