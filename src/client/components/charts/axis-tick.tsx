import type { ReactNode } from 'react';
import { Text, type BaseTickContentProps } from 'recharts';

/**
 * A value axis's tick labels, drawn as Recharts draws them but never measured. Recharts gives each
 * label the axis's width, and a Text with a width measures every word in the page to wrap it: the
 * first measurement lays out the whole page while the chart is being drawn (about 40 ms on the
 * overview, before its line is in, issue 17). A number on an axis never wraps. Nor do they carry
 * Recharts' class for a tick's text: its axis reads the computed style of the first such text as the
 * axis is put in the page, which makes the browser work out the whole page's styles there and then
 * (15 to 20 ms), to measure labels that are never measured here.
 */
export function unmeasuredTick(
  fill: string,
  /** none: the chart's own size, as an axis given no size has */
  fontSize?: number,
): (props: BaseTickContentProps) => ReactNode {
  return function UnmeasuredTick(p: BaseTickContentProps) {
    const value: unknown = p.payload.value;
    const label = p.tickFormatter
      ? p.tickFormatter(value, p.index)
      : typeof value === 'number' || typeof value === 'string'
        ? String(value)
        : '';
    return (
      <Text
        x={p.x}
        y={p.y}
        textAnchor={p.textAnchor}
        verticalAnchor={p.verticalAnchor}
        angle={p.angle}
        fill={fill}
        fontSize={fontSize}
      >
        {label}
      </Text>
    );
  };
}
