import {
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type CSSProperties,
  type ReactNode,
} from 'react';

/**
 * A data table that may be wider than the screen (a phone is 390 px): a region that scrolls
 * sideways, that the keyboard can focus and scroll, named by the table's caption. Where the table
 * overflows it says so in words ("Scroll sideways…") and with a shadow at the edge that has more,
 * and it ends at the edge of a column, so that no figure is cut in two at rest (107 read as "10").
 *
 * Captions inside it wrap to the region's width: give them `STICKY_CAPTION`.
 */
export function ScrollTable({
  label,
  className = '',
  children,
}: {
  /** the table's caption: the region's accessible name */
  label: string;
  className?: string;
  children: ReactNode;
}) {
  const outer = useRef<HTMLDivElement>(null);
  const region = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const [fit, setFit] = useState<Fit>(NO_OVERFLOW);

  useLayoutEffect(() => {
    const box = outer.current;
    const el = region.current;
    if (!box || !el) return;
    const measure = () => {
      const next = measured(box, el);
      setFit((was) => (same(was, next) ? was : next));
    };
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    const table = el.querySelector('table');
    if (table) observer.observe(table);
    el.addEventListener('scroll', measure, { passive: true });
    measure();
    return () => {
      observer.disconnect();
      el.removeEventListener('scroll', measure);
    };
  }, []);

  const visible = fit.snapped > 0 ? fit.snapped : fit.width;
  const style = {
    ...(visible > 0 ? { '--scroll-width': `${visible}px` } : {}),
    ...(fit.snapped > 0 ? { maxWidth: `${fit.snapped}px` } : {}),
  } as CSSProperties;
  return (
    <div ref={outer} className={`relative ${className}`}>
      {fit.overflows && (
        <p id={hintId} className="mb-2 text-sm text-secondary print:hidden">
          Scroll sideways to see every column (the table is wider than the screen).
        </p>
      )}
      <div className="relative">
        <div
          ref={region}
          role="region"
          tabIndex={0}
          aria-label={label}
          aria-describedby={fit.overflows ? hintId : undefined}
          data-scroll-table={fit.overflows ? 'overflows' : 'fits'}
          // relative: words kept for screen readers (placed absolutely) scroll with the table, and
          // do not widen the page beyond it
          className="relative snap-x snap-proximity overflow-x-auto print:max-w-none! print:overflow-visible [&_thead_th]:snap-end"
          style={style}
        >
          {children}
        </div>
        {fit.more && (
          <div
            aria-hidden="true"
            // beside an edge that ends at a column, not over the figures that end there
            className={`pointer-events-none absolute inset-y-0 w-3 from-transparent to-black/25 print:hidden ${fit.snapped > 0 ? 'bg-gradient-to-l' : 'bg-gradient-to-r'}`}
            // and never beyond the box: the page itself must not scroll sideways
            style={{
              left: `${Math.min(fit.snapped > 0 ? fit.snapped : fit.width, fit.width - SHADE)}px`,
            }}
          />
        )}
      </div>
    </div>
  );
}

/** the width of the shade at an edge with more (w-3) */
const SHADE = 12;

/** for a `<caption>` inside ScrollTable: it stays in view and wraps to the region's width */
export const STICKY_CAPTION = 'sticky left-0 max-w-(--scroll-width) print:static print:max-w-none';

interface Fit {
  /** the width the region may take */
  width: number;
  /** the width that ends at a column's edge (0: no column ends inside the width) */
  snapped: number;
  overflows: boolean;
  /** more of the table lies to the right */
  more: boolean;
}

const NO_OVERFLOW: Fit = { width: 0, snapped: 0, overflows: false, more: false };

function same(a: Fit, b: Fit): boolean {
  return (
    a.width === b.width &&
    a.snapped === b.snapped &&
    a.overflows === b.overflows &&
    a.more === b.more
  );
}

function isFigures(cell: HTMLTableCellElement): boolean {
  return getComputedStyle(cell).textAlign === 'right';
}

function measured(box: HTMLElement, el: HTMLElement): Fit {
  const width = box.clientWidth;
  const table = el.querySelector('table');
  const full = table ? table.scrollWidth : el.scrollWidth;
  const overflows = full > width + 1;
  if (!overflows || !table) return { width, snapped: 0, overflows, more: false };
  // a column of figures (right-aligned) that the edge would cut: the region ends before it. Words cut
  // at the edge still read as cut; a number does not ("10" of 107)
  const left = table.getBoundingClientRect().left;
  const columns = [...(table.tHead?.rows[0]?.cells ?? [])].map((c) => {
    const box = c.getBoundingClientRect();
    return { left: box.left - left, right: box.right - left, figures: isFigures(c) };
  });
  const cut = columns.find((c) => c.left < width && c.right > width + 1);
  // a region narrower than half the space would waste the screen: then the edge stays where it is
  const snapped = cut?.figures && cut.left >= width / 2 ? Math.floor(cut.left) : 0;
  const visible = snapped > 0 ? snapped : width;
  const more = el.scrollLeft + visible < full - 1;
  return { width, snapped, overflows, more };
}
