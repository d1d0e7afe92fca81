import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launch } from '../e2e/browser.ts';
import { startServer } from '../e2e/server.ts';
import { encodePack, type PackItem } from '../src/shared/pack.ts';
import { lighthouseRuns, median } from './lighthouse.ts';

/**
 * `npm run size`: what the first page costs, measured in a real browser against the production server.
 *  - all JavaScript the first page loads, gzipped (budget 220 KB), and what was actually transferred;
 *  - that assets are served compressed with long-lived immutable caching;
 *  - Lighthouse, desktop preset, median of several runs (budget: performance ≥ 95, accessibility 100);
 *  - how long a six-chart briefing pack takes to become slides in the browser (budget 3 s): from the
 *    click on Download slides, with the pack on screen, to the file (pptxgenjs loaded on that click).
 * Prints figures; asserts nothing.
 */

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
const PAGES = (process.env.SIZE_PAGES ?? '/,/?dataset=demo').split(',');
const KB = (n: number) => `${(n / 1024).toFixed(1)} KB`;

const SIX: PackItem[] = [
  ['/', 'version=1&force=lancashire'],
  ['/', 'dataset=demo&version=1&platform=snapchat&force=kent'],
  ['/', 'dataset=demo&version=1&platform=tiktok&force=merseyside&by=platform'],
  ['/forces', 'dataset=demo&version=1'],
  ['/offences', 'dataset=demo&version=1'],
  ['/outcomes', 'dataset=demo&version=1'],
].map(([path = '/', search = '']) => ({ path, search, title: 'first chart' }));

/** Seconds from Download slides to the file, for a six-chart pack: each of `runs` clicks. */
async function slidesSeconds(browser: Browser, url: string, runs = 3): Promise<number[]> {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${url}/briefing?pack=${encodePack({ items: SIX })}`);
  const shown = page.locator('.pack-page figure[data-stage-focus]');
  for (const until = Date.now() + 60_000; (await shown.count()) < SIX.length;) {
    if (Date.now() > until) throw new Error('the six-chart pack did not load');
    await page.waitForTimeout(200);
  }
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: 'Download slides', exact: true }).click(),
    ]);
    out.push((performance.now() - start) / 1000);
  }
  await context.close();
  return out;
}

const server = await startServer();
try {
  const browser = await launch();
  for (const path of PAGES) {
    const page = await browser.newPage();
    const scripts = new Map<string, { encoded: number; encoding: string; cache: string }>();
    page.on('response', (res) => {
      if (res.request().resourceType() !== 'script') return;
      const headers = res.headers();
      void res
        .request()
        .sizes()
        .then((s) =>
          scripts.set(res.url(), {
            encoded: s.responseBodySize,
            encoding: headers['content-encoding'] ?? 'none',
            cache: headers['cache-control'] ?? '',
          }),
        );
    });
    await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(500);
    let gzip = 0;
    let transferred = 0;
    console.log(`\nJavaScript loaded by ${path}`);
    for (const [url, info] of scripts) {
      const raw = Buffer.from(
        await (await fetch(url, { headers: { 'Accept-Encoding': 'identity' } })).arrayBuffer(),
      );
      const gz = gzipSync(raw, { level: 9 }).length;
      gzip += gz;
      transferred += info.encoded;
      console.log(
        `  ${new URL(url).pathname}: ${KB(raw.length)} raw, ${KB(gz)} gzipped, sent ${KB(info.encoded)} as ${info.encoding}; Cache-Control: ${info.cache}`,
      );
    }
    console.log(`  total: ${KB(gzip)} gzipped (budget 220 KB), ${KB(transferred)} transferred`);
    await page.close();
  }
  const slides = await slidesSeconds(browser, server.url);
  console.log(
    `\nSix-chart briefing pack to slides: ${slides.map((t) => `${t.toFixed(2)} s`).join(', ')} (first includes loading pptxgenjs; budget 3 s)`,
  );
  await browser.close();

  for (const path of PAGES) {
    const runs = await lighthouseRuns(`${server.url}${path}`, RUNS);
    runs.forEach((r, i) => console.log(`  run ${i + 1}: ${r.metrics}`));
    const performance = runs.map((r) => r.performance);
    const accessibility = runs.map((r) => r.accessibility);
    console.log(
      `\nLighthouse (desktop) ${path}: performance ${median(performance)} (runs: ${performance.join(', ')}), accessibility ${median(accessibility)} (runs: ${accessibility.join(', ')})`,
    );
  }
} finally {
  await server.stop();
}
