import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest';
import { launch } from './browser.ts';

export interface Session {
  server: { url: string };
  browser: Browser;
  context: BrowserContext;
  page: Page;
}

/**
 * The hooks every browser test file needs: the shared server's address, one browser for the file, and
 * a fresh context and page for each test (a desktop window unless told otherwise). `use` receives the
 * session each time it changes.
 */
export function useSession(
  use: (session: Session) => void,
  options: BrowserContextOptions & { clipboard?: boolean } = {},
): void {
  const { clipboard = false, ...contextOptions } = options;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  const server = { url: '' };
  beforeAll(async () => {
    server.url = inject('serverUrl');
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    if (!browser) throw new Error('The browser did not start');
    context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      ...contextOptions,
    });
    if (clipboard) {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    }
    use({ server, browser, context, page: await context.newPage() });
  });
  afterEach(async () => {
    await context?.close();
  });
}
