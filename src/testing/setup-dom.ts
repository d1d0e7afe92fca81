import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});

// a loaded CI machine answers slower than a developer's: wait for what the page will show
configure({ asyncUtilTimeout: 5000 });

/** recharts measures its container; jsdom has no layout, so report a fixed size. */
class FixedResizeObserver {
  private readonly callback: ResizeObserverCallback;
  constructor(callback: ResizeObserverCallback) {
    this.callback = callback;
  }
  observe(target: Element) {
    const rect = { width: 800, height: 400, top: 0, left: 0, bottom: 400, right: 800, x: 0, y: 0 };
    this.callback(
      [{ target, contentRect: { ...rect, toJSON: () => rect } } as unknown as ResizeObserverEntry],
      this,
    );
  }
  unobserve() {
    // nothing to stop: sizes never change in jsdom
  }
  disconnect() {
    // as above
  }
}
globalThis.ResizeObserver = FixedResizeObserver;

/** jsdom has no media queries: answer as a wide screen does. */
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: true,
    media: query,
    onchange: null,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    addListener: () => undefined,
    removeListener: () => undefined,
    dispatchEvent: () => false,
  }),
});
