import { CartesianGrid, LabelList, Line, LineChart, XAxis, YAxis } from 'recharts';
import type { Period } from '@shared/contract.ts';
import { monthLabel, parseMonth } from '@shared/period.ts';
import type { ChartSeries } from '../../lib/chart-data.ts';
import { formatValue, type MeasureKind } from '../../lib/format.ts';
import { measureAxisLabel, PeriodReader } from './chart-tooltip.tsx';
import { useUnit } from './unit-context.ts';
import { plotBox } from './pointer-layer.tsx';
import { useWidth } from './use-width.ts';
import { unmeasuredTick } from './axis-tick.tsx';
import { useChartHeight } from './chart-height.ts';
import { largest, NO_LINES, valueAxis } from './value-axis.ts';

type Row = Record<string, string | number | null>;

export const PARTIAL_SUFFIX = '__part';
const MARGIN = { top: 16, right: 24, bottom: 8, left: 16 };
const Y_AXIS_WIDTH = 72;
const X_AXIS_HEIGHT = 30;
/** room for a second line under a part period's tick, saying which months it holds */
const X_AXIS_HEIGHT_PART = 48;
const PADDING = 24;
const VALUE_TICK = unmeasuredTick('#0b0c0c', 14);

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

/** The width of a period's label, as an estimate: at most 0.6 em a character in the page's sans-serif
 * (digits are 0.55 em), so that no label has to be measured in the page before the chart is drawn. */
function labelWidth(label: string, size: number): number {
  return label.length * 0.6 * size;
}

/** steps between labels, in months, that land on the same months each year */
const NICE_MONTHS = [1, 2, 3, 6];

/**
 * The periods that carry a label: every one when there is room for the longest label at each;
 * otherwise every k-th, counted back from the latest, so that the latest period is always named and
 * the labels are evenly spaced, k periods being 1, 2, 3 or 6 months or whole years (every 6 or 12
 * months, not every 13). Worked out from the labels' lengths, not measured in the page: Recharts' own
 * "preserveEnd" measures each label in the document, a layout of the page for the first.
 */
export function periodTicks(
  labels: readonly string[],
  plotWidth: number,
  size: number,
  monthsEach = 1,
): string[] {
  if (labels.length <= 1) return [...labels];
  const spacing = plotWidth / (labels.length - 1);
  const widest = Math.max(...labels.map((l) => labelWidth(l, size)));
  if (spacing >= widest) return [...labels];
  // room for the widest label and a gap of a third of an em between neighbours
  let step = Math.ceil((widest + size / 3) / Math.max(1, spacing));
  while ((step * monthsEach) % 12 !== 0 && !NICE_MONTHS.includes(step * monthsEach)) step++;
  const shown: string[] = [];
  for (let i = labels.length - 1; i >= 0; i -= step) shown.unshift(labels[i] ?? '');
  return shown;
}

/** How many months each full period holds (1 for months, 3 for quarters, 12 for years). */
function monthsEach(periods: readonly Period[]): number {
  const full = periods.find((p) => !p.partial) ?? periods[0];
  const [a, b] = [parseMonth(full?.start ?? ''), parseMonth(full?.end ?? '')];
  return a === null || b === null ? 1 : Math.max(1, b - a + 1);
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
  payload?: { value: string };
  periods: ReadonlyMap<string, Period>;
  size: number;
}) {
  const period = payload ? periods.get(payload.value) : undefined;
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
  const ticks = periodTicks(
    periods.map((p) => p.label),
    box.width - 2 * PADDING,
    tickSize,
    monthsEach(periods),
  );
  const byLabel = new Map(periods.map((p) => [p.label, p]));
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
            <CartesianGrid
              stroke="#e0e0e0"
              vertical={false}
              verticalCoordinatesGenerator={NO_LINES}
            />
            <XAxis
              dataKey="period"
              scale="point"
              padding={{ left: PADDING, right: PADDING }}
              height={axisHeight}
              tick={<PeriodTick periods={byLabel} size={tickSize} />}
              fontSize={tickSize}
              ticks={ticks}
              interval={0}
              tickMargin={8}
              stroke="#505a5f"
            />
            <YAxis
              tick={VALUE_TICK}
              stroke="#505a5f"
              width={Y_AXIS_WIDTH}
              domain={axis.domain}
              ticks={axis.ticks}
              // every tick of valueAxis is drawn: Recharts' default would measure each label in the page
              interval={0}
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
