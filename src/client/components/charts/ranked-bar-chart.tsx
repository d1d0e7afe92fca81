import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ReferenceLine,
  Text,
  XAxis,
  YAxis,
  type BarShapeProps,
  type LabelProps,
  type YAxisTickContentProps,
} from 'recharts';
import { rank, rankWords } from '@shared/rank.ts';
import { usePaper } from '../../lib/export-print.ts';
import { formatValue, type MeasureKind } from '../../lib/format.ts';
import { axisCut } from './axis-cut.ts';
import { PointerLayer } from './pointer-layer.tsx';
import { BrokenBar, CutNote, CutWords, ReferenceLabel, ValueLabel } from './ranked-bar-marks.tsx';
import { NOT_BROKEN_DOWN_COLOUR, SINGLE_SERIES } from './colours.ts';
import { HATCH_ID, Patterns } from './patterns.tsx';
import { useUnit } from './unit-context.ts';
import { useWidth } from './use-width.ts';
import { NO_LINES, valueAxis } from './value-axis.ts';
import { unmeasuredTick } from './axis-tick.tsx';

const VALUE_TICK = unmeasuredTick('#0b0c0c', 13);

export interface RankedItem {
  key: string;
  label: string;
  /** null: not available (drawn as a labelled gap, never as a zero bar, never ranked) */
  value: number | null;
  /** why there is no value, e.g. "[x] refused" */
  missingReason?: string;
  suppressed?: boolean;
  colour?: string;
  /** a note shown after the value, e.g. "very small population" */
  note?: string;
  /** not a category to rank (e.g. crimes Not broken down): drawn hatched after the ranked items */
  unranked?: boolean;
  /** what the item means in plain words (e.g. an outcome code's description), read after its value */
  description?: string;
  /** the figure's published wording and the caveats noted beside it */
  notes?: readonly string[];
}

const ROW = 30;
/**
 * On paper a row need not be a finger's height: a chart of every force then fits a page at full
 * width. Its names are in smaller type there, and a row is two lines tall when a name needs two
 * (so that names never run into each other).
 */
const PRINT_ROW = 15;
const PRINT_LABEL = 11;
const PRINT_LINE = 13;
/** a chart this many rows long is tall: a briefing pack prints it on a portrait page */
const TALL = 14;

/** Whether some name needs two lines at `width` (a generous guess: text is not measured here). */
function wraps(items: readonly { label: string }[], width: number, size: number): boolean {
  return items.some((i) => i.label.length * 0.62 * size > width);
}
const MARGIN = { top: 8, right: 88, bottom: 24, left: 8 };
/** room above the bars for the reference line's label */
const REFERENCE_ROOM = 22;
const X_AXIS_HEIGHT = 24;

/** "12.3 [c] (note)", or why there is no figure: written beside the bar */
function labelText(r: RankedItem, measure: MeasureKind): string {
  if (r.value === null) return r.missingReason ?? '[x] not available';
  return `${formatValue(r.value, measure)}${r.suppressed ? ' [c]' : ''}${r.note ? ` (${r.note})` : ''}`;
}

/**
 * Horizontal bars, largest first, with an optional reference line (the England and Wales figure).
 * Items without a value come last, labelled with the reason, and are not ranked. With `cutLongBar`,
 * one bar far beyond the rest is drawn broken at the end of a shorter axis (see axis-cut.ts).
 */
export function RankedBarChart({
  items,
  measure,
  label,
  reference,
  labelWidth = 200,
  cutLongBar = false,
}: {
  items: readonly RankedItem[];
  measure: MeasureKind;
  label: string;
  reference?: { value: number; label: string } | null;
  labelWidth?: number;
  /** cut a bar that would flatten the rest, saying so on it and under the chart */
  cutLongBar?: boolean;
}) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const unit = useUnit(measure);
  const ranked = items
    .filter((i) => i.value !== null && !i.unranked)
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
  const unranked = items.filter((i) => i.value !== null && i.unranked);
  const missing = items.filter((i) => i.value === null);
  // a missing item gets a zero-width slot so that its reason can be written in its row; it is drawn
  // as no bar at all, and read out as not available
  const cut = cutLongBar
    ? axisCut(
        [...ranked, ...unranked].map((i) => ({ key: i.key, value: i.value ?? 0 })),
        reference?.value ?? null,
      )
    : null;
  // the cut bar is drawn to the end of the axis; its label and description keep its true value
  const rows = [...ranked, ...unranked, ...missing].map((i) => ({
    ...i,
    bar: cut?.cut.key === i.key ? cut.at : (i.value ?? 0),
  }));
  const ranks = rank(ranked);
  const margin = reference ? { ...MARGIN, top: MARGIN.top + REFERENCE_ROOM } : MARGIN;
  // drawn for paper: the Print buttons and the browser's own Print mark the page, then redraw charts
  const paper = usePaper() !== null;
  const narrow = width < 560;
  const yWidth = narrow ? Math.min(labelWidth, 130) : labelWidth;
  const labelSize = paper ? PRINT_LABEL : narrow ? 12 : 14;
  const row = !paper ? ROW : wraps(rows, yWidth - 10, labelSize) ? 2 * PRINT_LINE + 2 : PRINT_ROW;
  const height = rows.length * row + margin.top + margin.bottom + X_AXIS_HEIGHT;
  const box = {
    left: margin.left + yWidth,
    top: margin.top,
    width: Math.max(0, width - margin.left - margin.right - yWidth),
    height: rows.length * row,
  };
  const axis = cut
    ? { domain: [0, cut.at], ticks: cut.ticks }
    : valueAxis(
        Math.max(reference?.value ?? 0, ...rows.map((r) => r.bar)),
        measure === 'count',
        // about 60 px a label, so that on a phone every tick keeps its label and none is skipped
        Math.max(2, Math.min(6, Math.floor(box.width / 60))),
      );
  const describe = (i: number) => {
    const r = rows[i];
    if (!r) return '';
    // equal values share a rank, as in a league table
    const words = r.value === null || r.unranked ? null : rankWords(ranks.get(r.key));
    const rankText = words ? `, ranked ${words}` : '';
    const cutText =
      cut?.cut.key === r.key
        ? `; its bar is cut at ${formatValue(cut.at, measure)}, so is not drawn to scale`
        : '';
    return `${r.label}: ${r.value === null ? (r.missingReason ?? 'not available') : `${formatValue(r.value, measure)} ${unit}`}${r.suppressed ? ' (includes suppressed figures)' : ''}${rankText}${cutText}${r.description ? `. ${r.description}` : ''}${r.notes && r.notes.length > 0 ? `. As published: ${r.notes.join(' ')}` : ''}`;
  };
  return (
    <div data-chart-kind="bar" data-tall-chart={rows.length >= TALL ? '' : undefined}>
      <div ref={ref} className="relative w-full" style={{ height }}>
        {width > 0 && (
          <>
            <BarChart
              width={width}
              height={height}
              data={rows}
              layout="vertical"
              margin={margin}
              barCategoryGap={paper ? 2 : 6}
              accessibilityLayer={false}
            >
              <Patterns />
              <CartesianGrid
                stroke="#e0e0e0"
                horizontal={false}
                horizontalCoordinatesGenerator={NO_LINES}
              />
              <XAxis
                type="number"
                height={X_AXIS_HEIGHT}
                tick={VALUE_TICK}
                stroke="#505a5f"
                tickFormatter={(v: number) => formatValue(v, measure)}
                domain={axis.domain}
                ticks={axis.ticks}
                interval={0}
                niceTicks="none"
              />
              <YAxis
                type="category"
                dataKey="label"
                width={yWidth}
                interval={0}
                // two lines fit a row: longer names end in an ellipsis (the table has them in full)
                tick={(p: YAxisTickContentProps) => (
                  <Text
                    x={p.x}
                    y={p.y}
                    width={yWidth - 10}
                    textAnchor={p.textAnchor}
                    verticalAnchor={p.verticalAnchor}
                    fill="#0b0c0c"
                    // in style, not an attribute: the text is measured with the style to wrap it
                    style={{ fontSize: `${labelSize}px` }}
                    maxLines={2}
                  >
                    {String(p.payload.value)}
                  </Text>
                )}
                stroke="#505a5f"
              />
              <Bar
                dataKey="bar"
                isAnimationActive={false}
                shape={(props: BarShapeProps) =>
                  rows[props.index]?.value === null ? (
                    <g />
                  ) : cut && rows[props.index]?.key === cut.cut.key ? (
                    <BrokenBar
                      x={props.x}
                      y={props.y}
                      width={props.width}
                      height={props.height}
                      fill={rows[props.index]?.colour ?? SINGLE_SERIES}
                    />
                  ) : (
                    <rect
                      x={props.x}
                      y={props.y}
                      width={Math.max(0, props.width)}
                      height={props.height}
                      fill={
                        rows[props.index]?.unranked
                          ? `url(#${HATCH_ID})`
                          : (rows[props.index]?.colour ?? SINGLE_SERIES)
                      }
                      stroke={rows[props.index]?.unranked ? NOT_BROKEN_DOWN_COLOUR : undefined}
                    />
                  )
                }
              >
                <LabelList
                  dataKey="bar"
                  position="right"
                  content={(props) => {
                    const r = rows[typeof props.index === 'number' ? props.index : -1];
                    if (!r) return null;
                    const bar = {
                      x: Number(props.x ?? 0),
                      y: Number(props.y ?? 0),
                      width: Number(props.width ?? 0),
                      height: Number(props.height ?? 0),
                    };
                    return (
                      <g>
                        {cut?.cut.key === r.key && (
                          <CutWords {...bar} fill={r.colour ?? SINGLE_SERIES} />
                        )}
                        <ValueLabel
                          x={r.value === null ? box.left + 4 : bar.x + bar.width + 6}
                          y={bar.y + bar.height / 2}
                          missing={r.value === null}
                        >
                          {labelText(r, measure)}
                        </ValueLabel>
                      </g>
                    );
                  }}
                />
              </Bar>
              {reference && (
                <ReferenceLine
                  x={reference.value}
                  stroke="#d4351c"
                  strokeWidth={2}
                  strokeDasharray="4 3"
                  label={(props: LabelProps) =>
                    reference.label && props.viewBox && 'x' in props.viewBox ? (
                      <ReferenceLabel
                        x={props.viewBox.x}
                        top={margin.top}
                        width={width}
                        text={reference.label}
                      />
                    ) : (
                      <g />
                    )
                  }
                />
              )}
            </BarChart>
            <PointerLayer
              box={box}
              count={rows.length}
              axis="y"
              scale="band"
              label={label}
              describe={describe}
              render={(i) => (
                <div className="w-max max-w-xs border border-ink bg-white p-2 text-sm shadow-md">
                  {describe(i)}
                </div>
              )}
            />
          </>
        )}
      </div>
      {cut && <CutNote cut={cut} rows={rows} measure={measure} />}
    </div>
  );
}
