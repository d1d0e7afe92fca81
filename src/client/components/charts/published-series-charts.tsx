import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Line,
  LineChart,
  ReferenceLine,
  XAxis,
  YAxis,
} from 'recharts';
import { PALETTE } from './colours.ts';
import { useWidth } from './use-width.ts';
import { NO_LINES, valueAxis } from './value-axis.ts';
import { unmeasuredTick } from './axis-tick.tsx';
import { ANY_DIGITS, formatNumber } from '@shared/number-format.ts';

const VALUE_TICK = unmeasuredTick('#0b0c0c');

/**
 * Charts of figures as published (the platform series): each value drawn is one published figure,
 * passed in as it is to be drawn; the page says which, and gives every figure in a table.
 */

export const YEAR_COLOURS = [PALETTE.turquoise, PALETTE.darkBlue] as const;
export const AREA_COLOURS = { ew: PALETTE.darkBlue, uk: PALETTE.orange } as const;

export interface ShareBars {
  name: string;
  /** a value a year, null where none was published (no bar) */
  values: (number | null)[];
  /** the words beside each bar ('10% or 12%' where sources disagree) */
  labels: string[];
}

function Key({ items }: { items: { label: string; colour: string; dashed?: boolean }[] }) {
  return (
    <ul className="mb-2 flex flex-wrap gap-x-6 gap-y-1 text-sm" aria-label="Legend">
      {items.map((i) => (
        <li key={i.label} className="flex items-center gap-2">
          <svg width="28" height="12" aria-hidden="true">
            <line
              x1="0"
              x2="28"
              y1="6"
              y2="6"
              stroke={i.colour}
              strokeWidth="8"
              strokeDasharray={i.dashed ? '8 4' : undefined}
            />
          </svg>
          {i.label}
        </li>
      ))}
    </ul>
  );
}

/**
 * Shares of the offences where the platform was recorded, platform by platform, one bar a year. Each
 * bar is labelled with its published share (both where sources disagree); no bar is drawn where no
 * share was published, and the text under the chart says so.
 */
export function ShareChart({
  bars,
  years,
  label,
}: {
  bars: ShareBars[];
  years: string[];
  label: string;
}) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const rows = bars.map((b) => ({
    name: b.name,
    ...Object.fromEntries(years.map((y, i) => [y, b.values[i] ?? null])),
    ...Object.fromEntries(years.map((y, i) => [`label ${y}`, b.labels[i] ?? ''])),
  }));
  const max = Math.max(...bars.flatMap((b) => b.values.map((v) => v ?? 0)), 10);
  const { ticks } = valueAxis(max, true, width < 500 ? 3 : 5);
  const height = rows.length * (22 * years.length + 12) + 48;
  const nameWidth = width < 500 ? 120 : 220;
  return (
    <div ref={ref} className="w-full">
      <Key
        items={years.map((y, i) => ({
          label: y,
          colour: YEAR_COLOURS[i % YEAR_COLOURS.length] ?? '',
        }))}
      />
      <div role="img" aria-label={label}>
        {width > 0 && (
          <BarChart
            width={width}
            height={height}
            data={rows}
            layout="vertical"
            margin={{ top: 8, right: 56, bottom: 8, left: 8 }}
            barCategoryGap={8}
          >
            <CartesianGrid
              horizontal={false}
              horizontalCoordinatesGenerator={NO_LINES}
              stroke="#d0d0d0"
            />
            <XAxis
              type="number"
              domain={[0, ticks.at(-1) ?? max]}
              ticks={ticks}
              interval={0}
              tickFormatter={(v: number) => `${v}%`}
              tick={VALUE_TICK}
            />
            <YAxis
              type="category"
              dataKey="name"
              width={nameWidth}
              tick={{ fill: '#0b0c0c', fontSize: 14 }}
              interval={0}
            />
            {years.map((y, i) => (
              <Bar
                key={y}
                dataKey={y}
                name={y}
                fill={YEAR_COLOURS[i % YEAR_COLOURS.length]}
                isAnimationActive={false}
              >
                <LabelList dataKey={`label ${y}`} position="right" fill="#0b0c0c" fontSize={13} />
              </Bar>
            ))}
          </BarChart>
        )}
      </div>
    </div>
  );
}

/**
 * Offences recorded each financial year, England and Wales and the United Kingdom as two lines that
 * never join, with the year the national figures become UK marked on the chart.
 */
export function NationalChart({
  rows,
  ukFrom,
  label,
}: {
  /** offences each year: England and Wales, the United Kingdom (null: none published) */
  rows: { period: string; ew: number | null; uk: number | null }[];
  ukFrom: string | null;
  label: string;
}) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const max = Math.max(...rows.flatMap((r) => [r.ew ?? 0, r.uk ?? 0]), 10);
  const { ticks } = valueAxis(max, true, width < 500 ? 3 : 5);
  return (
    <div ref={ref} className="w-full">
      <Key
        items={[
          { label: 'England and Wales', colour: AREA_COLOURS.ew },
          { label: 'United Kingdom', colour: AREA_COLOURS.uk, dashed: true },
        ]}
      />
      <div role="img" aria-label={label}>
        {width > 0 && (
          <LineChart
            width={width}
            height={width < 500 ? 300 : 360}
            data={rows}
            margin={{ top: 24, right: 36, bottom: 8, left: 8 }}
          >
            <CartesianGrid
              vertical={false}
              verticalCoordinatesGenerator={NO_LINES}
              stroke="#d0d0d0"
            />
            <XAxis
              dataKey="period"
              tick={{ fill: '#0b0c0c', fontSize: width < 500 ? 11 : 14 }}
              // on a phone '2017/18' is written '17/18', so that every year has its label
              tickFormatter={(p: string) => (width < 500 ? p.slice(2) : p)}
              interval={0}
            />
            <YAxis
              domain={[0, ticks.at(-1) ?? max]}
              ticks={ticks}
              interval={0}
              tickFormatter={(v: number) => formatNumber(v, ANY_DIGITS)}
              tick={VALUE_TICK}
              width={56}
            />
            {ukFrom && (
              <ReferenceLine
                x={ukFrom}
                stroke="#0b0c0c"
                strokeDasharray="4 4"
                label={{
                  value: 'UK from here',
                  position: 'insideTopLeft',
                  fill: '#0b0c0c',
                  fontSize: 13,
                }}
              />
            )}
            <Line
              dataKey="ew"
              name="England and Wales"
              stroke={AREA_COLOURS.ew}
              strokeWidth={3}
              dot={{ r: 5, fill: AREA_COLOURS.ew }}
              connectNulls={false}
              isAnimationActive={false}
            />
            <Line
              dataKey="uk"
              name="United Kingdom"
              stroke={AREA_COLOURS.uk}
              strokeWidth={3}
              strokeDasharray="8 4"
              dot={{ r: 5, fill: AREA_COLOURS.uk }}
              connectNulls={false}
              isAnimationActive={false}
            />
          </LineChart>
        )}
      </div>
    </div>
  );
}
