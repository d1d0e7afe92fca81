import { CartesianGrid, LabelList, Line, LineChart, XAxis, YAxis } from 'recharts';
import type { Period } from '@shared/contract.ts';
import { monthLabel, parseMonth } from '@shared/period.ts';
import type { ChartSeries } from '../../lib/chart-data.ts';
import { formatValue, type MeasureKind } from '../../lib/format.ts';
import { measureAxisLabel, PeriodReader } from './chart-tooltip.tsx';
import { useUnit } from './unit-context.ts';
import { plotBox } from './pointer-layer.tsx';
import { useWidth } from './use-width.ts';
import { useChartHeight } from './chart-height.ts';
import { largest, valueAxis } from './value-axis.ts';

type Row = Record<string, string | number | null>;

export const PARTIAL_SUFFIX = '__part';
const MARGIN = { top: 16, right: 24, bottom: 8, left: 16 };
const Y_AXIS_WIDTH = 72;
const X_AXIS_HEIGHT = 30;
/** room for a second line under a part period's tick, saying which months it holds */
const X_AXIS_HEIGHT_PART = 48;
const PADDING = 24;

/** "Apr–Jun only": the months a part period holds, said under its tick so that its low value is
 * read as a short period, not as a fall. */
export function partWords(period: Period): string {
  const month = (text: string) => {
    const m = parseMonth(text);
    return m === null ? text : (monthLabel(m).split(' ')[0] ?? text);
  };
  const [a, b] = [month(period.start), month(period.end)];
  return a === b ? `${a} only` : `${a}–${b} only`;
}

function PeriodTick({
  x,
  y,
  payload,
  periods,
  size,
}: {
  x?: number | string;
  y?: number | string;
  payload?: { index: number; value: string };
  periods: readonly Period[];
  size: number;
}) {
  const period = payload ? periods[payload.index] : undefined;
  return (
    <g transform={`translate(${Number(x ?? 0)},${Number(y ?? 0)})`}>
      <text textAnchor="middle" dy={size} fill="#0b0c0c" fontSize={size}>
        {payload?.value}
      </text>
      {period?.partial && (
        <text textAnchor="middle" dy={size * 2.2} fill="#505a5f" fontSize={size - 1}>
          ({partWords(period)})
        </text>
      )}
    </g>
  );
}

/**
 * The chart's rows: each series' line holds the full periods only; a part period's value is in a
 * series of its own (`key__part`), drawn as a lone point, so no line ever joins it to a full period.
 */
export function trendRows(periods: readonly Period[], series: readonly ChartSeries[]): Row[] {
  return periods.map((p, i) => {
    // a part period's tick says so on a line of its own (PeriodTick), so that ticks stay narrow
    const row: Row = { period: p.label };
    for (const s of series) {
      const v = s.values[i] ?? null;
      row[s.key] = p.partial ? null : v;
      row[s.key + PARTIAL_SUFFIX] = p.partial ? v : null;
    }
    return row;
  });
}

/**
 * Lines over time. Missing values leave a gap, never a drop to zero; a part period is a hollow point
 * of its own with its value beside it, never joined to the full periods: three months drawn as the
 * end of a line read as a fall (the demo's 6,100 to 1,734), which they are not.
 */
export function TrendChart({
  periods,
  series,
  measure,
  label,
}: {
  periods: readonly Period[];
  series: readonly ChartSeries[];
  measure: MeasureKind;
  /** what the chart shows, for the keyboard reader */
  label: string;
}) {
  const height = useChartHeight();
  const unit = useUnit(measure);
  const [ref, width] = useWidth<HTMLDivElement>();
  const partial = periods.map((p) => p.partial);
  const rows = trendRows(periods, series);
  const anyPartial = partial.some(Boolean);
  const axis = valueAxis(
    largest(
      rows,
      series.flatMap((s) => [s.key, s.key + PARTIAL_SUFFIX]),
    ),
    measure === 'count',
  );
  // on a phone, smaller period labels, so that every year keeps its label
  const tickSize = width < 500 ? 12 : 14;
  const axisHeight = anyPartial ? X_AXIS_HEIGHT_PART : X_AXIS_HEIGHT;
  const box = plotBox(width, height, MARGIN, Y_AXIS_WIDTH, axisHeight);
  return (
    <div data-chart-kind="line" ref={ref} className="relative w-full" style={{ height }}>
      {width > 0 && (
        <>
          <LineChart
            width={width}
            height={height}
            data={rows}
            margin={MARGIN}
            accessibilityLayer={false}
          >
            <CartesianGrid stroke="#e0e0e0" vertical={false} />
            <XAxis
              dataKey="period"
              scale="point"
              padding={{ left: PADDING, right: PADDING }}
              height={axisHeight}
              tick={<PeriodTick periods={periods} size={tickSize} />}
              fontSize={tickSize}
              // every period labelled when there is room for a year's label (about 4 em) at each
              interval={
                (box.width - 2 * PADDING) / Math.max(1, periods.length - 1) > tickSize * 4.2
                  ? 0
                  : 'preserveEnd'
              }
              tickMargin={8}
              stroke="#505a5f"
            />
            <YAxis
              tick={{ fill: '#0b0c0c', fontSize: 14 }}
              stroke="#505a5f"
              width={Y_AXIS_WIDTH}
              domain={axis.domain}
              ticks={axis.ticks}
              niceTicks="none"
              tickFormatter={(v: number) => formatValue(v, measure)}
              label={measureAxisLabel(unit)}
            />
            {series.map((s) => (
              <Line
                key={s.key}
                dataKey={s.key}
                name={s.label}
                stroke={s.colour}
                strokeWidth={3}
                strokeDasharray={s.kind === 'not-broken-down' ? '2 3' : undefined}
                dot={{ r: 3, fill: s.colour, strokeWidth: 0 }}
                connectNulls={false}
                isAnimationActive={false}
              />
            ))}
            {anyPartial &&
              series.map((s) => (
                <Line
                  key={s.key + PARTIAL_SUFFIX}
                  dataKey={s.key + PARTIAL_SUFFIX}
                  name={`${s.label} (part period)`}
                  stroke="none"
                  dot={{ r: 5, fill: '#ffffff', stroke: s.colour, strokeWidth: 2.5 }}
                  legendType="none"
                  connectNulls={false}
                  isAnimationActive={false}
                >
                  {series.length <= 2 && (
                    <LabelList
                      dataKey={s.key + PARTIAL_SUFFIX}
                      position="left"
                      offset={10}
                      fill="#0b0c0c"
                      fontSize={13}
                      formatter={(v: unknown) =>
                        typeof v === 'number' ? formatValue(v, measure) : ''
                      }
                    />
                  )}
                </Line>
              ))}
          </LineChart>
          <PeriodReader
            box={box}
            scale="point"
            padding={PADDING}
            label={label}
            periods={periods}
            series={series}
            measure={measure}
          />
        </>
      )}
    </div>
  );
}
