import { useEffectEvent, useLayoutEffect, type RefObject } from 'react';

/**
 * Calls `refit` (at most once a frame) whenever the element or the window changes size: data
 * arriving, another slide, a new screen or frame. `refit` sees the latest state it closes over.
 */
export function useRefit(
  ref: RefObject<HTMLElement | null>,
  refit: (el: HTMLElement) => void,
): void {
  const run = useEffectEvent(refit);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    let frame = 0;
    const schedule = () => {
      frame ||= requestAnimationFrame(() => {
        frame = 0;
        run(el);
      });
    };
    const observer = new ResizeObserver(schedule);
    observer.observe(el);
    window.addEventListener('resize', schedule);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', schedule);
      cancelAnimationFrame(frame);
    };
  }, [ref]);
}
