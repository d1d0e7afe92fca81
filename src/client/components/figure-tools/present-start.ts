/**
 * Called by a Present button before it navigates: full screen must be asked for in the click itself,
 * and where the reader was is kept for when they leave (present-return.ts).
 */
export const PRESENT_RETURN_KEY = 'social-media-crime-dashboard:present-return';

export function startPresenting(): void {
  try {
    window.sessionStorage.setItem(PRESENT_RETURN_KEY, String(Math.round(window.scrollY)));
    void document.documentElement.requestFullscreen().catch(() => undefined);
  } catch {
    // no storage or no full screen here: the presentation fills the window and starts at the top
  }
}
