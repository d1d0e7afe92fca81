import { useEffectEvent, useLayoutEffect, useRef, type ReactNode } from 'react';
import './stage.css';

export interface StageTarget {
  /** the figure's title: finds it again however the view is laid out */
  title?: string;
  /** which figure in the view (0 is the first), when no title is given or none matches */
  index: number;
}

export interface StageState {
  /** figures the view has drawn so far */
  count: number;
  /** 'title': the figure asked for; 'index': another in its place (its title has changed) */
  found: 'title' | 'index' | null;
  /** the title of the figure on stage */
  title: string | null;
}

/** every figure of the view; ChartFigure names its own (a view's own figures are named by their title) */
const FIGURES = 'figure';

function figureTitle(f: HTMLElement): string | null {
  if (f.dataset.chartFigure !== undefined) return f.dataset.chartFigure;
  const label = f.getAttribute('aria-labelledby');
  return (label && document.getElementById(label)?.textContent) ?? null;
}
/** a view with no figure (an error, a not-found page) is shown as it is after this long */
const SETTLE_MS = 6000;

function setMark(el: Element, name: string, on: boolean) {
  if (el.hasAttribute(name) !== on) el.toggleAttribute(name, on);
}

/**
 * Shows one figure of a view alone: the view renders as usual inside, and everything that is not the
 * figure or on the way to it is hidden (stage.css). It works for any view that draws its charts as
 * figures (ChartFigure does), with nothing for the view to do; it keeps up as the view loads and
 * redraws.
 */
export function FigureStage({
  target,
  onChange,
  children,
}: {
  target: StageTarget;
  onChange?: (state: StageState) => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const report = useEffectEvent((state: StageState) => onChange?.(state));
  const { title, index } = target;

  useLayoutEffect(() => {
    const root = ref.current;
    if (!root) return;
    let frame = 0;
    let last = '';
    const mark = () => {
      frame = 0;
      const figures = [...root.querySelectorAll<HTMLElement>(FIGURES)].filter(
        (f) => !f.parentElement?.closest(FIGURES),
      );
      const byTitle =
        title === undefined ? undefined : figures.find((f) => figureTitle(f) === title);
      const chosen = byTitle ?? figures[index] ?? null;
      const path = new Set<Element>();
      for (let el = chosen?.parentElement; el && el !== root; el = el.parentElement) path.add(el);
      for (const el of root.querySelectorAll('[data-stage-path]'))
        if (!path.has(el)) el.removeAttribute('data-stage-path');
      for (const el of root.querySelectorAll('[data-stage-focus]'))
        if (el !== chosen) el.removeAttribute('data-stage-focus');
      for (const el of path) setMark(el, 'data-stage-path', true);
      if (chosen) setMark(chosen, 'data-stage-focus', true);
      setMark(root, 'data-stage-ready', chosen !== null);
      const state: StageState = {
        count: figures.length,
        found: byTitle ? 'title' : chosen ? 'index' : null,
        title: chosen ? figureTitle(chosen) : null,
      };
      const key = JSON.stringify(state);
      if (key !== last) {
        last = key;
        report(state);
      }
    };
    const schedule = () => {
      frame ||= requestAnimationFrame(mark);
    };
    const observer = new MutationObserver(schedule);
    observer.observe(root, { childList: true, subtree: true });
    const settle = window.setTimeout(() => root.setAttribute('data-stage-settled', ''), SETTLE_MS);
    mark();
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      window.clearTimeout(settle);
    };
  }, [title, index]);

  return (
    <div ref={ref} data-stage>
      {children}
    </div>
  );
}
