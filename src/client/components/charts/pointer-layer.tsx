import { useState, type KeyboardEvent, type ReactNode } from 'react';

export interface PlotBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The plot area of a chart `width` × `height`: inside its margins, right of the value axis, above the period axis. */
export function plotBox(
  width: number,
  height: number,
  margin: { top: number; right: number; bottom: number; left: number },
  yAxisWidth: number,
  xAxisHeight: number,
): PlotBox {
  return {
    left: margin.left + yAxisWidth,
    top: margin.top,
    width: Math.max(0, width - margin.left - margin.right - yAxisWidth),
    height: height - margin.top - margin.bottom - xAxisHeight,
  };
}

/**
 * Reading a chart by pointer or keyboard: one layer over the plot, a slider across its categories.
 * Moving the pointer, or the arrow keys, picks a category (a period, a force); its values show in a
 * box, and screen readers hear them as the slider's value. Categories sit on a point scale (lines) or
 * in bands (bars), along x or y.
 */
export function PointerLayer({
  box,
  count,
  axis,
  scale,
  padding = 0,
  label,
  render,
  describe,
}: {
  box: PlotBox;
  count: number;
  axis: 'x' | 'y';
  scale: 'point' | 'band';
  padding?: number;
  label: string;
  render: (index: number) => ReactNode;
  /** the values at a category in words, announced as the reader moves */
  describe: (index: number) => string;
}) {
  const [active, setActive] = useState<number | null>(null);
  const length = axis === 'x' ? box.width : box.height;
  const position = (i: number) => {
    if (scale === 'band') return ((i + 0.5) * length) / count;
    if (count === 1) return length / 2;
    return padding + (i * (length - 2 * padding)) / (count - 1);
  };
  const nearest = (offset: number) => {
    let best = 0;
    for (let i = 1; i < count; i++)
      if (Math.abs(position(i) - offset) < Math.abs(position(best) - offset)) best = i;
    return best;
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const forward = axis === 'x' ? 'ArrowRight' : 'ArrowDown';
    const back = axis === 'x' ? 'ArrowLeft' : 'ArrowUp';
    let next: number | null = null;
    if (e.key === forward) next = Math.min(count - 1, (active ?? -1) + 1);
    else if (e.key === back) next = Math.max(0, (active ?? count) - 1);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = count - 1;
    else if (e.key === 'Escape') setActive(null);
    if (next !== null) {
      e.preventDefault();
      setActive(next);
    }
  };
  const at = active === null ? null : position(active);
  const onRight = at !== null && axis === 'x' && at > box.width / 2;
  return (
    <div
      role="slider"
      aria-label={`${label}: read the values`}
      aria-orientation={axis === 'x' ? 'horizontal' : 'vertical'}
      aria-valuemin={1}
      aria-valuemax={count}
      aria-valuenow={(active ?? 0) + 1}
      aria-valuetext={active === null ? 'Use the arrow keys to read each value' : describe(active)}
      tabIndex={0}
      onPointerMove={(e) => {
        const r = e.currentTarget.getBoundingClientRect();
        setActive(nearest(axis === 'x' ? e.clientX - r.left : e.clientY - r.top));
      }}
      onPointerLeave={() => setActive(null)}
      onBlur={() => setActive(null)}
      onKeyDown={onKeyDown}
      className="absolute cursor-crosshair"
      style={{ left: box.left, top: box.top, width: box.width, height: box.height }}
    >
      {at !== null && (
        <div
          aria-hidden="true"
          className="pointer-events-none absolute bg-[#505a5f]/40"
          style={
            axis === 'x'
              ? { left: at, top: 0, width: 1, height: box.height }
              : { top: at - 0.5, left: 0, height: 1, width: box.width }
          }
        />
      )}
      <div
        aria-hidden="true"
        className="pointer-events-none absolute z-10"
        style={
          at === null
            ? { display: 'none' }
            : axis === 'x'
              ? { top: 8, ...(onRight ? { right: box.width - at + 12 } : { left: at + 12 }) }
              : { left: 8, top: Math.min(at + 12, box.height - 8) }
        }
      >
        {active !== null && render(active)}
      </div>
    </div>
  );
}
