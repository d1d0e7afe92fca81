import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSession, type Session } from './session.ts';

/**
 * The browser's own Print (Ctrl+P), which, unlike the Print buttons, sets nothing up and gives the
 * charts no moment to redraw: every view must still print with its charts whole on A4.
 */

let server: Session['server'];
let page: Page;

useSession((s) => {
  ({ server, page } = s);
});

/** A4 portrait less its 15 mm margins: 180 mm, 680 px at 96 px to the inch. */
const PAPER_WIDTH = 680;
/** the tallest a chart prints (index.css): a chart drawn taller is scaled down, narrower than the page */
const PAPER_CHART_HEIGHT = (210 / 25.4) * 96;
/** every chart a view draws: recharts' surfaces and the force profile's own SVG */
const CHARTS = `figure svg.recharts-surface, figure svg[role='img']`;

const VIEWS = ['/', '/offences', '/outcomes', '/forces', '/forces/lancashire'].flatMap((path) => [
  path,
  `${path}?dataset=demo`,
]);

interface Box {
  left: number;
  right: number;
  width: number;
  height: number;
}

async function open(path: string): Promise<void> {
  await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
  await expect
    .poll(() => page.locator('svg.recharts-surface').count(), { timeout: 20_000 })
    .toBeGreaterThan(0);
}

/** Where each chart is, relative to the main column, in CSS px. */
const CHART_BOXES = `[...document.querySelectorAll("${CHARTS}")].map((svg) => {
  const main = document.querySelector('#main').getBoundingClientRect();
  const r = svg.getBoundingClientRect();
  return { left: r.left - main.left, right: r.right - main.left, width: r.width, height: r.height };
})`;

describe("the browser's own Print", () => {
  it.each(VIEWS)('redraws the charts of %s for A4 as it prints', async (path) => {
    await open(path);
    const charts = await page.locator(CHARTS).count();
    const drawn = await page.locator('svg.recharts-surface').first().getAttribute('width');
    // a listener added after the app's sees the page as the browser is about to lay it out for paper
    await page.evaluate(
      `window.addEventListener('beforeprint', () => { window.printedCharts = ${CHART_BOXES}; })`,
    );
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    // A4 portrait: 595 by 842 points
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[\s*0 0 59[45]\.\d+ 841\.9\d*\s*\]/);
    const printed = await page.evaluate<Box[]>('window.printedCharts');
    expect(printed).toHaveLength(charts);
    for (const box of printed) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(PAPER_WIDTH + 0.5);
      expect(box.height).toBeGreaterThan(0);
      // drawn for paper, so printed at its full width: a chart of every force too
      expect(box.height).toBeLessThanOrEqual(PAPER_CHART_HEIGHT);
    }
    // and once printed, the page is the screen's again
    expect(await page.evaluate('document.documentElement.dataset.printing ?? null')).toBeNull();
    await expect
      .poll(() => page.locator('svg.recharts-surface').first().getAttribute('width'))
      .toBe(drawn);
  });

  // one view for each kind of chart: lines, ranked bars, stacked bars, and 43 forces' ranked bars
  const SCALED = ['/', '/offences', '/outcomes?dataset=demo', '/forces?dataset=demo'];

  it.each(SCALED)('scales a chart still drawn for the screen to fit A4: %s', async (path) => {
    // while printing no frame is drawn, so the charts' ResizeObservers never report: hold them back
    await page.addInitScript(`{
      const Native = window.ResizeObserver;
      window.ResizeObserver = class extends Native {
        constructor(report) {
          super((entries, observer) => { if (!window.holdResize) report(entries, observer); });
        }
      };
    }`);
    await open(path);
    const drawn = Number(await page.locator('svg.recharts-surface').first().getAttribute('width'));
    expect(drawn).toBeGreaterThan(PAPER_WIDTH);
    await page.evaluate('window.holdResize = true');
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: PAPER_WIDTH, height: 1009 });
    // nothing redrew the chart: it is scaled
    expect(await page.locator('svg.recharts-surface').first().getAttribute('width')).toBe(
      String(drawn),
    );
    // recharts sizes its wrapper in px too; the force profile's own SVG has no viewBox to scale by,
    // and relies on the redraw (above)
    const boxes = await page.evaluate<Box[]>(
      CHART_BOXES.replace(CHARTS, 'figure .recharts-wrapper, figure svg.recharts-surface'),
    );
    expect(boxes.length).toBeGreaterThan(0);
    for (const box of boxes) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(PAPER_WIDTH + 0.5);
      expect(box.height).toBeGreaterThan(0);
    }
  });
});
