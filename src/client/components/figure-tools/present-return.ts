import { PRESENT_RETURN_KEY as KEY } from './present-start.ts';

/**
 * Where the reader was when they chose Present, so that leaving the presentation puts them back: the
 * history entry they came from, the scroll position and the button they pressed.
 */
export interface PresentState {
  presenting: true;
}

export function isPresentState(state: unknown): state is PresentState {
  return typeof state === 'object' && state !== null && 'presenting' in state;
}

/** After leaving: scroll back once the view is tall enough again, and focus its Present button. */
export function restorePosition(): void {
  let y = 0;
  try {
    y = Number(window.sessionStorage.getItem(KEY) ?? 0);
    window.sessionStorage.removeItem(KEY);
  } catch {
    y = 0;
  }
  const until = Date.now() + 2000;
  const step = () => {
    const button = document.querySelector<HTMLElement>('[data-present-button]');
    if (
      (document.documentElement.scrollHeight < y + window.innerHeight || !button) &&
      Date.now() < until
    ) {
      requestAnimationFrame(step);
      return;
    }
    window.scrollTo(0, y);
    button?.focus({ preventScroll: true });
  };
  requestAnimationFrame(step);
}
