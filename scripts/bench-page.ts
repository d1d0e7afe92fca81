import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { launch } from '../e2e/browser.ts';
import { ROOT } from '../src/server/config.ts';
import { lighthouseRuns, median } from './lighthouse.ts';
import { startTimed, stop } from './spawned.ts';

/**
 * The first chart beside its floor (`npm run bench` part 7, `BENCH_ONLY=page`): from navigation to
 * the first line or bar of a chart in the page, for the dashboard's `/` and `/?dataset=demo`, and
 * for a bare page built from the same libraries (bench/bare-page) that asks the same server one answer
 * and draws one line chart; each page opened cold (a new browser context) RUNS times, in turns, so
 * that both see the same load. Then Lighthouse, desktop, on the dashboard's pages.
 * Budgets (issue 17): first chart within 1.2× of the bare page; Lighthouse performance ≥ 98, median
 * of five.
 */

const RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 7);
const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
const PAGES = ['/', '/?dataset=demo'];
const PORTS = { app: 3721, bare: 3722 } as const;
/** a chart's first drawn series: a line, an area or a bar */
const CHART = '.recharts-surface .recharts-curve, .recharts-surface .recharts-rectangle';

/**
 * ms from navigation to the first series of a chart in the page, in a new (cold) context. The page
 * reports it through a binding, not by being polled: Playwright's polling evaluates its own script
 * in the page (about 70 ms of main thread on this machine), which then lands inside what is measured.
 */
async function firstChart(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1350, height: 940 } });
  try {
    const page = await context.newPage();
    let drawnAt: (at: number) => void = () => undefined;
    const drawn = new Promise<number>((resolve) => {
      drawnAt = resolve;
    });
    await page.exposeBinding('benchChartDrawn', (_source, at: number) => drawnAt(at));
    // page-side code as text: this script is compiled for Node, without the DOM's types
    await page.addInitScript(
      `new MutationObserver((_, observer) => {
        if (document.querySelector(${JSON.stringify(CHART)})) {
          observer.disconnect();
          window.benchChartDrawn(performance.now());
        }
      }).observe(document, { childList: true, subtree: true });`,
    );
    await page.goto(url);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`no chart in ${url} after 60 s`)), 60_000);
    });
    try {
      return await Promise.race([drawn, late]);
    } finally {
      clearTimeout(timer);
    }
  } finally {
    await context.close();
  }
}

export async function benchPage(dir: string): Promise<void> {
  console.log('First chart and Lighthouse (issue 17)');
  const bareDist = join(dir, 'bare-page');
  await build({
    configFile: false,
    root: join(ROOT, 'bench', 'bare-page'),
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir: bareDist, emptyOutDir: true },
  });
  const dbPath = join(dir, 'page.db');
  // scripts/start.js builds the app and the server first when either is stale, and makes the database
  const app = (
    await startTimed(process.execPath, ['scripts/start.js'], PORTS.app, { DB_PATH: dbPath })
  ).child;
  const bare = (
    await startTimed(process.execPath, ['build/server/index.js'], PORTS.bare, {
      DB_PATH: dbPath,
      READ_ONLY: '1',
      DIST_DIR: bareDist,
    })
  ).child;
  try {
    const browser = await launch();
    try {
      for (const path of PAGES) {
        const ours: number[] = [];
        const floor: number[] = [];
        // one page of each first, not timed: the servers' first answers and the browser's start
        await firstChart(browser, `http://127.0.0.1:${PORTS.app}${path}`);
        await firstChart(browser, `http://127.0.0.1:${PORTS.bare}${path}`);
        for (let i = 0; i < RUNS; i++) {
          ours.push(await firstChart(browser, `http://127.0.0.1:${PORTS.app}${path}`));
          floor.push(await firstChart(browser, `http://127.0.0.1:${PORTS.bare}${path}`));
        }
        const r = median(ours) / median(floor);
        console.log(
          `  ${path}: first chart ${median(ours).toFixed(0)} ms · bare page ${median(floor).toFixed(0)} ms · ${r.toFixed(2)}× (budget 1.2×: ${r <= 1.2 ? 'met' : 'NOT met'}; medians of ${RUNS}, runs ${ours.map((t) => t.toFixed(0)).join(', ')} against ${floor.map((t) => t.toFixed(0)).join(', ')})`,
        );
      }
    } finally {
      await browser.close();
    }
    for (const path of PAGES) {
      const runs = await lighthouseRuns(`http://127.0.0.1:${PORTS.app}${path}`, LIGHTHOUSE_RUNS);
      for (const [i, r] of runs.entries())
        if (r.error !== null)
          console.log(`  (Lighthouse run ${i + 1} on ${path} failed: ${r.error})`);
      const scores = runs.map((r) => r.performance);
      const m = median(scores);
      console.log(
        `  Lighthouse desktop ${path}: performance ${m} (budget ≥ 98: ${m >= 98 ? 'met' : 'NOT met'}; median of ${runs.length}: ${scores.join(', ')}); median run ${runs[scores.indexOf(m)]?.metrics ?? ''}`,
      );
    }
  } finally {
    await Promise.all([stop(app), stop(bare)]);
  }
  console.log('');
}
