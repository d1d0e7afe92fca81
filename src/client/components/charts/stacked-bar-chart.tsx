import { Bar, BarChart, CartesianGrid, XAxis, YAxis, type BarShapeProps } from 'recharts';
import type { Period } from '@shared/contract.ts';
import type { ChartSeries } from '../../lib/chart-data.ts';
import { formatValue, type MeasureKind } from '../../lib/format.ts';
import { measureAxisLabel, PeriodReader } from './chart-tooltip.tsx';
import { useUnit } from './unit-context.ts';
import { HATCH_ID, Patterns } from './patterns.tsx';
import { plotBox } from './pointer-layer.tsx';
import { useWidth } from './use-width.ts';
import { useChartHeight } from './chart-height.ts';
import { largest, NO_LINES, valueAxis } from './value-axis.ts';
import { unmeasuredTick } from './axis-tick.tsx';

const VALUE_TICK = unmeasuredTick('#0b0c0c', 13);

const MARGIN = { top: 16, right: 16, bottom: 8, left: 16 };
const Y_AXIS_WIDTH = 64;
const X_AXIS_HEIGHT = 30;

/**
 * Stacked columns, one per period: counts, or shares that fill 100% (`measure="share"`). A period with
 * no figure is an empty column, never a zero; a part period is drawn paler and labelled "(part)";
 * "Not broken down" is hatched.
 */
export function StackedBarChart({
  periods,
  series,
  measure,
  label,
}: {
  periods: readonly Period[];
  series: readonly ChartSeries[];
  measure: MeasureKind;
  label: string;
}) {
  const height = useChartHeight();
  const unit = useUnit(measure);
  const [ref, width] = useWidth<HTMLDivElement>();
  const rows = periods.map((p, i) => {
    const row: Record<string, string | number | null> = {
      period: p.partial ? `${p.label} (part)` : p.label,
    };
    for (const s of series) row[s.key] = s.values[i] ?? null;
    return row;
  });
  // shares fill 100%, in even quarters
  const axis =
    measure === 'share'
      ? { domain: [0, 100], ticks: [0, 25, 50, 75, 100] }
      : valueAxis(
          largest(
            rows,
            series.map((s) => s.key),
            true,
          ),
          measure === 'count',
        );
  // on a phone the period labels would collide: slant them, and give the axis the room it needs
  const narrow = width > 0 && width < 560;
  const axisHeight = narrow ? 56 : X_AXIS_HEIGHT;
  const box = plotBox(width, height, MARGIN, Y_AXIS_WIDTH, axisHeight);
  return (
    <div data-chart-kind="stacked" ref={ref} className="relative w-full" style={{ height }}>
      {width > 0 && (
        <>
          <BarChart
            width={width}
            height={height}
            data={rows}
            margin={MARGIN}
            accessibilityLayer={false}
          >
            <Patterns />
            <CartesianGrid
              stroke="#e0e0e0"
              vertical={false}
              verticalCoordinatesGenerator={NO_LINES}
            />
            <XAxis
              dataKey="period"
              height={axisHeight}
              interval={0}
              angle={narrow ? -35 : 0}
              textAnchor={narrow ? 'end' : 'middle'}
              tick={{ fill: '#0b0c0c', fontSize: narrow ? 11 : 13 }}
              stroke="#505a5f"
            />
            <YAxis
              width={Y_AXIS_WIDTH}
              domain={axis.domain}
              ticks={axis.ticks}
              interval={0}
              niceTicks="none"
              tick={VALUE_TICK}
              stroke="#505a5f"
              tickFormatter={(v: number) => formatValue(v, measure)}
              label={measureAxisLabel(unit)}
            />
            {series.map((s) => (
              <Bar
                key={s.key}
                dataKey={s.key}
                name={s.label}
                stackId="all"
                fill={s.kind === 'not-broken-down' ? `url(#${HATCH_ID})` : s.colour}
                stroke="#ffffff"
                strokeWidth={1}
                isAnimationActive={false}
                shape={(props: BarShapeProps) => (
                  <rect
                    x={props.x}
                    y={props.y}
                    width={props.width}
                    height={Math.max(0, props.height)}
                    fill={props.fill}
                    stroke="#ffffff"
                    opacity={periods[props.index]?.partial ? 0.55 : 1}
                  />
                )}
              />
            ))}
          </BarChart>
          <PeriodReader
            box={box}
            scale="band"
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
