import { formatValue, type MeasureKind } from '../../lib/format.ts';
import { useUnit } from './unit-context.ts';
import { timesWords, type AxisCut } from './axis-cut.ts';
import { SINGLE_SERIES } from './colours.ts';

/** What the ranked bar chart draws besides its bars: labels that stay legible, and a cut bar's break. */

const INK = '#0b0c0c';
const SECONDARY = '#505a5f';
const FONT_SIZE = 13;
/** a generous guess at a character's width in the system font: text is never measured in SVG here */
const CHAR_WIDTH = 0.62 * FONT_SIZE;

/**
 * White paint around the letters, drawn under them: where the dashed reference line or a grid line
 * runs behind a label, the figure stays readable.
 */
export const HALO = {
  stroke: '#ffffff',
  strokeWidth: 5,
  strokeLinejoin: 'round',
  paintOrder: 'stroke',
} as const;

export function textWidth(text: string): number {
  return text.length * CHAR_WIDTH;
}

/**
 * Where a label centred on `x` can sit without running off either side of a chart `width` wide:
 * centred where it fits, else pulled in to the nearer edge.
 */
export function placeLabel(
  x: number,
  text: string,
  width: number,
): { x: number; anchor: 'start' | 'middle' | 'end' } {
  const half = textWidth(text) / 2;
  if (x - half < 2) return { x: 2, anchor: 'start' };
  if (x + half > width - 2) return { x: width - 2, anchor: 'end' };
  return { x, anchor: 'middle' };
}

/**
 * A bar's figure (or why it has none), written to the right of the bar on a white ground: drawn over
 * the reference line, which stops short of the figure instead of running through it.
 */
export function ValueLabel({
  x,
  y,
  missing,
  children,
}: {
  x: number;
  y: number;
  missing: boolean;
  children: string;
}) {
  return (
    <g data-value-label="">
      <rect
        x={x - 2}
        y={y - FONT_SIZE / 2 - 2}
        width={textWidth(children) + 4}
        height={FONT_SIZE + 4}
        fill="#ffffff"
      />
      <text x={x} y={y} dy={4} fontSize={FONT_SIZE} fill={missing ? SECONDARY : INK} {...HALO}>
        {children}
      </text>
    </g>
  );
}

/**
 * The reference line's name, above the plot (the room there is kept for it), so that it never sits on
 * a bar or a bar's label, and kept inside the chart however near an edge the line is.
 */
export function ReferenceLabel({
  x,
  top,
  width,
  text,
}: {
  x: number;
  top: number;
  width: number;
  text: string;
}) {
  const at = placeLabel(x, text, width);
  return (
    <text
      x={at.x}
      y={top - 8}
      textAnchor={at.anchor}
      fontSize={FONT_SIZE}
      fill={INK}
      data-reference-label=""
      {...HALO}
    >
      {text}
    </text>
  );
}

const GAP = 6;
const LEAN = 8;
/** how far the break stands proud of the bar, so that it reads as a break and not as a gap in it */
const PROUD = 4;
/** from the cut end of the bar to the break */
const BREAK_INSET = 18;

/** where the break sits on a cut bar drawn `width` wide from `x` */
function breakAt(x: number, width: number): number {
  return x + width - BREAK_INSET;
}

/** Where recharts drew a bar, and in what colour. */
interface BarBox {
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
}

/**
 * A bar that runs past the end of the axis: drawn to the edge with a slanted double break near its
 * end, so that nobody reads its length as its size.
 */
export function BrokenBar({ x, y, width, height, fill }: BarBox) {
  const at = breakAt(x, width);
  const top = y - PROUD;
  const bottom = y + height + PROUD;
  // the slanted edges of the gap, bottom left to top right
  const edge = (dx: number) => ({
    x1: at + dx - LEAN / 2,
    y1: bottom,
    x2: at + dx + LEAN / 2,
    y2: top,
  });
  return (
    <g data-broken-bar="">
      <rect x={x} y={y} width={Math.max(0, width)} height={height} fill={fill} />
      <polygon
        points={`${at - LEAN / 2},${bottom} ${at + LEAN / 2},${top} ${at + LEAN / 2 + GAP},${top} ${at - LEAN / 2 + GAP},${bottom}`}
        fill="#ffffff"
      />
      <line {...edge(0)} stroke={INK} strokeWidth={1.5} />
      <line {...edge(GAP)} stroke={INK} strokeWidth={1.5} />
    </g>
  );
}

const CUT_WORDS = 'bar cut';

/**
 * "bar cut", written on the cut bar before its break where there is room: drawn with the labels, on
 * the bar's own colour, so that the reference line never runs through it.
 */
export function CutWords({ x, y, width, height, fill }: BarBox) {
  const end = breakAt(x, width) - LEAN;
  const wide = textWidth(CUT_WORDS);
  if (end - x < wide + 8) return null;
  return (
    <g data-cut-words="">
      <rect x={end - wide - 4} y={y} width={wide + 4} height={height} fill={fill} />
      <text
        x={end}
        y={y + height / 2}
        dy={4}
        textAnchor="end"
        fontSize={12}
        fontWeight="bold"
        fill="#ffffff"
      >
        {CUT_WORDS}
      </text>
    </g>
  );
}

/** "City of London's bar is cut: …": under the chart, so that the break is explained in words. */
export function cutSentence(
  cut: AxisCut,
  labels: readonly { key: string; label: string }[],
  measure: MeasureKind,
  unit: string,
): string {
  const name = (key: string) => labels.find((r) => r.key === key)?.label ?? key;
  const value = (v: number) => formatValue(v, measure);
  return `${name(cut.cut.key)}'s bar is cut: its figure, ${value(cut.cut.value)} ${unit}, is ${timesWords(cut.cut.value, cut.next.value)} the next highest (${name(cut.next.key)}, ${value(cut.next.value)}), so the scale stops at ${value(cut.at)} to keep the other bars readable. Its bar is not drawn to scale; its figure is.`;
}

export function CutNote({
  cut,
  rows,
  measure,
}: {
  cut: AxisCut;
  rows: readonly { key: string; label: string }[];
  measure: MeasureKind;
}) {
  const unit = useUnit(measure);
  return (
    <p className="mt-3 flex items-start gap-2">
      {/* the break as drawn on the bar, so that the words and the mark are seen together */}
      <svg width="28" height="14" aria-hidden="true" className="mt-1 shrink-0">
        <rect x="0" y="2" width="28" height="10" fill={SINGLE_SERIES} />
        <polygon points="13,14 19,0 24,0 18,14" fill="#ffffff" />
        <line x1="13" y1="14" x2="19" y2="0" stroke={INK} strokeWidth="1.5" />
        <line x1="18" y1="14" x2="24" y2="0" stroke={INK} strokeWidth="1.5" />
      </svg>
      {/* drawn into downloaded images too (figure-actions): the bar is not to scale there either */}
      <span data-image-note>{cutSentence(cut, rows, measure, unit)}</span>
    </p>
  );
}
