import { defineConfig } from 'vitest/config';

/** Browser tests: Playwright driving Debian's Chromium against the production server. */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // a page is polled until it shows what is asked for: on a busy machine a chart's code and
    // figures can arrive well after a second (the default), and a wait that ends early is a flake
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 180_000,
    // two files at once, each with its own browser, against the one read-only server: the machine
    // has two cores, and a file spends much of its time waiting on the page
    fileParallelism: true,
    maxWorkers: 2,
  },
});
