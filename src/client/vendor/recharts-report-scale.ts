/**
 * Stands in for recharts' `useReportScale` (recharts/es6/util/useReportScale.js, 3.x), which finds
 * how far a CSS transform scales a chart by measuring its wrapper in an effect as soon as the chart
 * is first committed: `getBoundingClientRect()` there makes the browser lay out the whole page in
 * the middle of drawing it, before the chart's lines are in (about 40 ms on the overview, issue 17).
 * This measures the same two widths when the wrapper is first laid out anyway, in a ResizeObserver's
 * first report, where they cost nothing, and reports the scale to the chart's store as recharts does.
 * No chart here is drawn under a transform, so the scale stays recharts' default of 1; were one ever
 * scaled, its tooltip would still follow the pointer.
 */
import { useEffect, useState } from 'react';
import { useAppDispatch } from 'recharts/es6/state/hooks';
import { setScale } from 'recharts/es6/state/layoutSlice';

export function useReportScale(): (el: HTMLElement | null) => void {
  const dispatch = useAppDispatch();
  const [el, setEl] = useState<HTMLElement | null>(null);
  useEffect(() => {
    if (el === null) return;
    const observer = new ResizeObserver(() => {
      observer.disconnect();
      const scale = el.getBoundingClientRect().width / el.offsetWidth;
      if (Number.isFinite(scale) && scale > 0) dispatch(setScale(scale));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [el, dispatch]);
  return setEl;
}
