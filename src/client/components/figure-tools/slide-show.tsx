import { useEffect, useEffectEvent, useRef, useState, type ReactNode } from 'react';
import { useRefit } from './use-refit.ts';

const STEPS: Partial<Record<string, number>> = {
  ArrowRight: 1,
  ArrowDown: 1,
  PageDown: 1,
  ArrowLeft: -1,
  ArrowUp: -1,
  PageUp: -1,
};

const BUTTON =
  'bg-panel px-4 py-2 font-semibold text-ink shadow-[0_2px_0_#929191] hover:bg-[#dbdad9] disabled:opacity-50';

/** the width a figure is laid out for before it is enlarged */
const DESIGN_WIDTH = 1100;

/**
 * As large as the screen allows, to be read from the back of a meeting room: the figure is scaled
 * (CSS zoom, so the chart redraws crisply at its new size) until it fills the width, or the height
 * of the whole figure.
 */
function fitZoom(content: HTMLElement, current: number, chrome: number): number {
  // what must be on screen: the whole figure, its caveats included (a half-cut note under the source
  // line looks careless in a meeting); only a figure too long to fit even small scrolls
  const top = content.getBoundingClientRect().top;
  const figure = content.querySelector('[data-stage-focus]');
  const bottom = (figure ?? content).getBoundingClientRect().bottom;
  const natural = (bottom - top) / current;
  const byWidth = window.innerWidth / DESIGN_WIDTH;
  const byHeight = natural > 0 ? (window.innerHeight - chrome) / natural : byWidth;
  return Math.round(Math.max(0.8, Math.min(byWidth, byHeight, 2.2)) * 20) / 20;
}

/**
 * Full-screen presentation of a sequence of figures: arrow keys and Page Up/Down move between them,
 * Home and End go to the ends, Escape (or leaving full screen) leaves. The position is always shown
 * and announced.
 */
export function SlideShow({
  count,
  index,
  onIndex,
  onLeave,
  label,
  current,
  children,
}: {
  count: number;
  index: number;
  onIndex: (index: number) => void;
  onLeave: () => void;
  /** what is being presented, for the landmark */
  label: string;
  /** the title of the figure on show, announced with its position */
  current: string | null;
  children: ReactNode;
}) {
  const slide = useRef<HTMLDivElement>(null);
  const left = useRef(false);
  const bar = useRef<HTMLElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const [zoom, setZoom] = useState(1);
  useRefit(content, (el) => {
    const next = fitZoom(el, zoom, (bar.current?.offsetHeight ?? 64) + 40);
    // zooms go in steps of 0.05: a smaller difference is rounding
    if (Math.abs(next - zoom) > 0.01) setZoom(next);
  });
  const leave = () => {
    if (left.current) return;
    left.current = true;
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    onLeave();
  };
  const go = (i: number) => {
    const next = Math.max(0, Math.min(count - 1, i));
    if (next !== index) onIndex(next);
  };
  const onKey = useEffectEvent((e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      leave();
      return;
    }
    const target = e.target instanceof Element ? e.target : null;
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    if (target?.closest('input, select, textarea, [role="tab"], [role="slider"]')) return;
    const by = STEPS[e.key];
    if (by !== undefined) go(index + by);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(count - 1);
    else return;
    e.preventDefault();
  });
  const onFullscreen = useEffectEvent(() => {
    if (!document.fullscreenElement) leave();
  });

  useEffect(() => {
    slide.current?.focus({ preventScroll: true });
    const key = (e: KeyboardEvent) => onKey(e);
    const fullscreen = () => onFullscreen();
    window.addEventListener('keydown', key);
    document.addEventListener('fullscreenchange', fullscreen);
    return () => {
      window.removeEventListener('keydown', key);
      document.removeEventListener('fullscreenchange', fullscreen);
    };
  }, []);

  return (
    <div className="present-slide flex min-h-screen flex-col bg-white text-ink">
      <main
        id="main"
        ref={slide}
        tabIndex={-1}
        aria-label={label}
        className="flex-1 px-6 pt-6 pb-4 outline-none sm:px-10"
      >
        <div ref={content} style={{ zoom }}>
          {children}
        </div>
      </main>
      <nav
        ref={bar}
        aria-label="Presentation"
        className="sticky bottom-0 flex flex-wrap items-center justify-between gap-3 border-t-2 border-ink bg-white px-6 py-3 sm:px-10 print:hidden"
      >
        <button type="button" className={BUTTON} onClick={leave}>
          Leave presentation (Esc)
        </button>
        <p role="status" className="tabular text-xl font-bold">
          {count > 0 ? `${index + 1} of ${count}` : ''}
          <span className="sr-only">{current ? `: ${current}` : ''}</span>
        </p>
        <div className="flex gap-3">
          <button
            type="button"
            className={BUTTON}
            disabled={index <= 0}
            onClick={() => go(index - 1)}
          >
            Previous
          </button>
          <button
            type="button"
            className={BUTTON}
            disabled={index >= count - 1}
            onClick={() => go(index + 1)}
          >
            Next
          </button>
        </div>
      </nav>
    </div>
  );
}
