import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { encodePack } from '../src/shared/pack.ts';
import { readPrinted } from './paper.ts';
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

describe('on paper', () => {
  it('prints the forces table with its header row on every page, within the page', async () => {
    await page.goto(`${server.url}/forces?dataset=demo&tab=table`);
    const table = page.getByRole('table', { name: /return status$/ });
    await table.getByRole('rowheader').first().waitFor({ timeout: 20_000 });
    const printed = readPrinted(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    // every page the table runs on to starts it with its header row: its columns' names
    const withRows = printed.filter((p) => /(Police|Constabulary)\s+[\d,]+\s+[\d.]+/.test(p.text));
    expect(withRows.length).toBeGreaterThan(1);
    for (const [i, p] of withRows.entries()) {
      const header = /Force\s.*\n?/.exec(p.text)?.index ?? -1;
      expect(header, `page ${i + 1} of the table`).toBeGreaterThanOrEqual(0);
      for (const words of [
        'Crimes,',
        'Per 100,000',
        'Rank on',
        'Change on',
        'Charged or',
        'Return',
      ])
        expect(p.text, `page ${i + 1}: ${words}`).toContain(words);
      // the header comes before the rows on the page
      expect(header).toBeLessThan(p.text.search(/(Police|Constabulary)\s+[\d,]+/));
    }
    // the England and Wales total once, at the end, not as if each page's subtotal
    expect(printed.filter((p) => /England and Wales\s+[\d,]+\s/.test(p.text)).length).toBe(1);
    // and the whole table inside the page's width: every column, nothing to scroll
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: PAPER_WIDTH, height: 1009 });
    const fit = await page.evaluate<{
      right: number;
      overflow: number;
      checkboxes: number;
    }>(`(() => {
      const table = [...document.querySelectorAll('table')].find((t) =>
        t.querySelector('caption').textContent.endsWith('return status'));
      const main = document.querySelector('#main').getBoundingClientRect();
      const shown = (el) => el.getBoundingClientRect().width > 0;
      return {
        right: table.getBoundingClientRect().right - main.left,
        overflow: table.parentElement.scrollWidth - table.parentElement.clientWidth,
        checkboxes: [...table.querySelectorAll('input')].filter(shown).length,
      };
    })()`);
    expect(fit.right).toBeLessThanOrEqual(PAPER_WIDTH + 0.5);
    expect(fit.overflow).toBeLessThanOrEqual(0);
    expect(fit.checkboxes).toBe(0);
  });

  it('prints each of /platforms’ charts on the page of its title', async () => {
    await open('/platforms');
    const pages = readPrinted(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const on = (text: RegExp) => pages.findIndex((p) => text.test(p.text.replace(/\s+/g, ' ')));
    // each title's last words, and something only its chart draws: its key or its axis
    const shares = on(/UK, 2023\/24 and 2024\/25/);
    expect(shares).toBeGreaterThanOrEqual(0);
    expect(on(/0%\s+10%\s+20%\s+30%/)).toBe(shares);
    const national = on(/police: England and Wales to 2020\/21, United Kingdom from 2021\/22/);
    expect(national).toBeGreaterThanOrEqual(0);
    expect(on(/UK from here/)).toBe(national);
  });

  it.each(['/', '/?dataset=demo', '/?force=lancashire', '/?dataset=demo&by=platform'])(
    'prints the overview %s with its chart on the first page, not half of it empty',
    async (path) => {
      await open(path);
      const [first] = readPrinted(
        await page.pdf({ preferCSSPageSize: true, printBackground: true }),
      );
      // the headline figures, then the chart: its axis, and its key under it
      expect(first?.text).toContain('Headline figures');
      expect(first?.text).toMatch(/2021\/22\s+2022\/23\s+2023\/24/);
      expect(first?.text).toMatch(/All recorded crimes in the selection|TikTok\s+Hollow point/);
      expect(first?.inkBottom).toBeGreaterThan(0.8);
    },
  );

  it('prints a briefing pack with every chart’s words legible and clear of each other', async () => {
    const items = [
      { path: '/', search: 'version=1&force=lancashire', title: 'Lancashire' },
      // labels long enough to take two lines
      { path: '/offences', search: 'dataset=demo&version=1', title: 'Offences' },
      { path: '/outcomes', search: 'dataset=demo&version=1', title: 'Outcomes' },
      { path: '/', search: 'dataset=demo&version=1&by=platform', title: 'Platforms' },
    ];
    await page.goto(`${server.url}/briefing?pack=${encodePack({ items })}`);
    await expect
      .poll(
        () => page.locator('.pack-page figure[data-stage-focus] svg.recharts-surface').count(),
        {
          timeout: 20_000,
        },
      )
      .toBe(items.length);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(`window.dispatchEvent(new Event('beforeprint'))`);
    await page.waitForTimeout(300);
    const charts = await page.evaluate<{ smallest: number; clashes: string[]; texts: number }[]>(
      `[...document.querySelectorAll('.pack-page figure[data-stage-focus] svg.recharts-surface')].map((svg) => {
        const texts = [...svg.querySelectorAll('text')].filter((t) => t.textContent.trim() !== '' &&
          t.getBoundingClientRect().width > 0);
        // as printed: the type's size times the scale the chart is drawn at on the page
        const scale = svg.getBoundingClientRect().width / Number(svg.getAttribute('width'));
        const size = (t) => parseFloat(getComputedStyle(t).fontSize) * scale;
        const boxes = texts.map((t) => ({ t: t.textContent, r: t.getBoundingClientRect() }));
        const clashes = [];
        boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => {
          const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
          const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
          if (x > 1 && y > 1) clashes.push(a.t + ' / ' + b.t);
        }));
        return { smallest: Math.min(...texts.map(size)), clashes, texts: texts.length };
      })`,
    );
    await page.evaluate(`window.dispatchEvent(new Event('afterprint'))`);
    expect(charts).toHaveLength(items.length);
    for (const chart of charts) {
      expect(chart.texts).toBeGreaterThan(5);
      // 10 px is 7.5 pt: the smallest type a printed chart should use
      expect(chart.smallest).toBeGreaterThanOrEqual(10);
      expect(chart.clashes).toEqual([]);
    }
    const printed = readPrinted(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    expect(printed).toHaveLength(items.length);
    for (const p of printed) expect(p.width).toBeGreaterThan(p.height); // landscape
  });

  it('prints a pack with a chart of every force on portrait pages, each row legible', async () => {
    const items = [
      { path: '/forces', search: 'dataset=demo&version=1', title: 'Forces' },
      { path: '/', search: 'version=1&force=lancashire', title: 'Lancashire' },
    ];
    await page.goto(`${server.url}/briefing?pack=${encodePack({ items })}`);
    await expect
      .poll(
        () => page.locator('.pack-page figure[data-stage-focus] svg.recharts-surface').count(),
        {
          timeout: 20_000,
        },
      )
      .toBe(items.length);
    const printed = readPrinted(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    for (const p of printed) expect(p.height).toBeGreaterThan(p.width); // portrait
    // every force's name and figure on the chart's page, in the order of the bars
    expect(printed[0]?.text).toMatch(/City of London[\s\S]*Cambridgeshire[\s\S]*Dorset/);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(`window.dispatchEvent(new Event('beforeprint'))`);
    const smallest = await page.evaluate<number>(`(() => {
      const svg = document.querySelector('.pack-page figure[data-stage-focus] svg.recharts-surface');
      const scale = svg.getBoundingClientRect().width / Number(svg.getAttribute('width'));
      return Math.min(...[...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale));
    })()`);
    await page.evaluate(`window.dispatchEvent(new Event('afterprint'))`);
    expect(smallest).toBeGreaterThanOrEqual(10);
  });
});
