import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { encodePack, type PackItem } from '../src/shared/pack.ts';
import { useSession, type Session } from './session.ts';

/**
 * The API answers the questions the pages ask: no view needs more than a few answers from
 * /api/v1/counts. Each view is opened once, as a reader opens a link, and the distinct /counts
 * URLs the browser fetches until the network is quiet are counted; the table is printed.
 */

const MOST = 6;

let server: Session['server'];
let page: Page;

useSession((s) => {
  ({ server, page } = s);
});

/** three charts as "Add to briefing" pins them today: each names the panel of its view that draws it */
const PACK: PackItem[] = [
  {
    path: '/',
    search: 'force=lancashire',
    title: 'TikTok-linked crimes in Lancashire',
    panel: 'trend',
  },
  { path: '/offences', search: 'force=kent', title: 'Offences in Kent', panel: 'ranking' },
  { path: '/forces/merseyside', search: '', title: 'Merseyside Police', panel: 'trend' },
];

/** a pack's charts keep their own filters: the demonstration pack's charts name the dataset */
const briefing = (dataset: string) =>
  `/briefing?pack=${encodePack({
    items: PACK.map((i) => ({ ...i, search: `dataset=${dataset}&${i.search}`.replace(/&$/, '') })),
  })}`;

/**
 * [name, address, most]. A pack's slide draws only the panel of its view that holds its chart, so a
 * pack of three asks no more than one view does.
 */
const OPENED: [string, string, number][] = [
  ['/', '/', MOST],
  ['/offences', '/offences', MOST],
  ['/outcomes', '/outcomes', MOST],
  ['/forces (chart)', '/forces', MOST],
  ['/forces (table)', '/forces?tab=table', MOST],
  ['/forces (map)', '/forces?tab=map', MOST],
  ['/forces/lancashire', '/forces/lancashire', MOST],
];
const VIEWS = [
  ...OPENED.flatMap(([name, path, most]) => [
    { name, path, most },
    { name: `${name} demo`, path: `${path}${path.includes('?') ? '&' : '?'}dataset=demo`, most },
  ]),
  { name: `/briefing (${PACK.length} charts)`, path: briefing('reported'), most: MOST },
  { name: `/briefing (${PACK.length} charts) demo`, path: briefing('demo'), most: MOST },
];

const counted: [string, number, number][] = [];

/** Distinct /counts URLs fetched while the view opens, waiting until the network is quiet. */
async function countsRequests(path: string): Promise<string[]> {
  const urls = new Set<string>();
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.pathname === '/api/v1/counts') urls.add(url.search);
  });
  await page.goto(`${server.url}${path}`);
  await page.getByRole('main').waitFor();
  // a pack's charts are drawn in roots of their own once the pack is read: wait for each to be drawn
  if (path.startsWith('/briefing'))
    await expect.poll(() => page.locator('[data-stage]').count()).toBe(PACK.length);
  const drawing = page.locator('[data-stage]:not([data-stage-ready]):not([data-stage-settled])');
  await expect.poll(() => drawing.count(), { timeout: 15_000 }).toBe(0);
  // answers can ask further questions (a figure for each force it names): wait for every wave
  let seen = -1;
  while (seen !== urls.size) {
    seen = urls.size;
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(750);
  }
  return [...urls];
}

afterAll(() => {
  const width = Math.max(...counted.map(([v]) => v.length), 4);
  const lines = counted.map(
    ([v, n, most]) => `${v.padEnd(width)}  ${String(n).padStart(8)}  ${String(most).padStart(4)}`,
  );
  console.log([`${'view'.padEnd(width)}  /counts  most`, ...lines].join('\n'));
});

describe('requests to /api/v1/counts per view', () => {
  it.each(VIEWS)('$name asks at most $most', async ({ name, path, most }) => {
    const urls = await countsRequests(path);
    counted.push([name, urls.length, most]);
    expect(urls.length, urls.join('\n')).toBeLessThanOrEqual(most);
  });
});

describe('the first view asks its questions as the script starts', () => {
  // the description of the dataset is held back a second: the overview's figures are asked for
  // meanwhile, with the keys the page asks them with, so its chart is drawn from those answers
  it.each(['/', '/?dataset=demo'])('%s', async (path) => {
    const sent: { url: string; at: number }[] = [];
    let described = Number.POSITIVE_INFINITY;
    const onRequest = (r: { url: () => string }) => {
      const url = new URL(r.url());
      if (url.pathname === '/api/v1/counts') sent.push({ url: url.search, at: performance.now() });
    };
    page.on('request', onRequest);
    await page.route(/\/api\/v1\/meta/, async (route) => {
      await new Promise((r) => setTimeout(r, 1000));
      described = Math.min(described, performance.now());
      await route.continue();
    });
    try {
      await page.goto(`${server.url}${path}`);
      await page.locator('figure[data-chart-figure] svg.recharts-surface').first().waitFor();
      const early = new Set(sent.filter((s) => s.at < described).map((s) => s.url));
      expect(early.size, sent.map((s) => s.url).join('\n')).toBeGreaterThanOrEqual(3);
      // asked early with the page's own keys: the page asks nothing more than when it waits
      await page.waitForLoadState('networkidle');
      expect(new Set(sent.map((s) => s.url)).size).toBeLessThanOrEqual(MOST);
    } finally {
      page.off('request', onRequest);
      await page.unroute(/\/api\/v1\/meta/);
    }
  });
});

describe('the first view is drawn once, with its figures', () => {
  // its description, its code and its first answers are all asked for as the script starts (a
  // dataset named in the link as soon as the default's description lists it), and the page is drawn
  // when they are there: no loading line is ever drawn, and no first question is asked twice (an
  // early answer filed under another key than the page's would be asked for again)
  it.each(['/', '/?dataset=demo'])('%s', async (path) => {
    const asked = new Map<string, number>();
    const onRequest = (r: { url: () => string }) => {
      const url = new URL(r.url());
      if (url.pathname.startsWith('/api/v1/'))
        asked.set(url.pathname + url.search, (asked.get(url.pathname + url.search) ?? 0) + 1);
    };
    page.on('request', onRequest);
    try {
      // a fresh page, so that nothing is already known: the script that records every loading line
      // drawn before the chart runs before the app's own
      const fresh = await page.context().newPage();
      try {
        // page-side code as text: these tests are compiled without the DOM's types
        await fresh.addInitScript(`
          const seen = (window.loadingSeen = []);
          new MutationObserver((_records, observer) => {
            for (const status of document.querySelectorAll('[role="status"]'))
              if (status.textContent.startsWith('Loading')) seen.push(status.textContent);
            if (document.querySelector('.recharts-surface .recharts-curve')) observer.disconnect();
          }).observe(document, { childList: true, subtree: true, characterData: true });`);
        fresh.on('request', onRequest);
        await fresh.goto(`${server.url}${path}`);
        await fresh.locator('.recharts-surface .recharts-curve').first().waitFor();
        await fresh.waitForLoadState('networkidle');
        const seen = await fresh.evaluate(
          () => (globalThis as { loadingSeen?: string[] }).loadingSeen ?? [],
        );
        expect(seen).toEqual([]);
        // every question the page asks, those that follow from its first answers included, was
        // asked before it was drawn: none waits for the drawing to be asked
        const late = await fresh.evaluate(() => {
          const p = (
            globalThis as unknown as {
              performance: {
                getEntriesByName: (n: string) => { startTime: number }[];
                getEntriesByType: (t: string) => { name: string; startTime: number }[];
              };
            }
          ).performance;
          const drawing = p.getEntriesByName('dashboard:first-drawing')[0]?.startTime ?? 0;
          return p
            .getEntriesByType('resource')
            .filter((e) => e.name.includes('/api/v1/') && e.startTime > drawing)
            .map((e) => e.name);
        });
        expect(late).toEqual([]);
        const twice = [...asked].filter(([, n]) => n > 1).map(([url]) => url);
        expect(twice).toEqual([]);
        if (path.includes('demo')) expect(asked.get('/api/v1/meta?dataset=demo')).toBe(1);
      } finally {
        await fresh.close();
      }
    } finally {
      page.off('request', onRequest);
    }
  });
});

/** every width a chart's drawing was given, in order, and its column's width at the end */
const WIDTHS_SEEN = `
  window.widthsSeen = [];
  new MutationObserver(() => {
    const svg = document.querySelector('svg.recharts-surface');
    const w = svg && svg.getAttribute('width');
    if (w !== null && window.widthsSeen.at(-1) !== w) window.widthsSeen.push(w);
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['width'] });`;

async function widthsOf(p: Page): Promise<{ seen: string[]; column: number }> {
  await p.locator('.recharts-surface .recharts-curve').first().waitFor({ state: 'attached' });
  await p.waitForLoadState('networkidle');
  return p.evaluate(() => {
    const w = globalThis as unknown as {
      widthsSeen: string[];
      document: { querySelector: (s: string) => { clientWidth: number } | null };
    };
    return {
      seen: w.widthsSeen,
      column: w.document.querySelector('[data-chart-kind]')?.clientWidth ?? 0,
    };
  });
}

describe('a chart is drawn at its column width from the first drawing', () => {
  // the layout says how wide its column is before anything is laid out (expected-width.ts), so the
  // first chart is drawn in the page's first drawing without the browser laying the page out to
  // measure it; if the layout's classes change and that sum does not, this fails
  it.each([1600, 1024, 640, 639, 375])('at %i px', async (width) => {
    const fresh = await page.context().newPage();
    try {
      await fresh.setViewportSize({ width, height: 900 });
      await fresh.addInitScript(WIDTHS_SEEN);
      await fresh.goto(`${server.url}/?dataset=demo`);
      const { seen, column } = await widthsOf(fresh);
      expect(column).toBeGreaterThan(0);
      expect(seen).toEqual([String(column)]);
    } finally {
      await fresh.close();
    }
  });

  it('is redrawn at its column width when the column is not as the layout expects', async () => {
    const fresh = await page.context().newPage();
    try {
      // a column narrower than the layout's classes say, as a reader's own style sheet could make it
      await fresh.addInitScript(`${WIDTHS_SEEN}
        document.addEventListener('DOMContentLoaded', () => {
          const style = document.createElement('style');
          style.textContent = 'main#main { padding-left: 137px !important; }';
          document.head.append(style);
        });`);
      await fresh.goto(`${server.url}/`);
      const { seen, column } = await widthsOf(fresh);
      expect(seen.at(-1)).toBe(String(column));
      expect(seen.length).toBeLessThanOrEqual(2);
    } finally {
      await fresh.close();
    }
  });
});

describe('the first chart is drawn before the page is first laid out', () => {
  // nothing measures the page while it is first drawn (a chart's width, its labels, its scale): each
  // measurement would make the browser lay out the whole page there and then, before the chart's
  // line is in. The browser's own trace says where each layout fell.
  it.each(['/', '/?dataset=demo'])('%s', async (path) => {
    const browser = page.context().browser();
    if (!browser) throw new Error('no browser');
    const fresh = await page.context().newPage();
    try {
      await fresh.addInitScript(`
        new MutationObserver((_records, observer) => {
          if (document.querySelector('.recharts-surface .recharts-curve')) {
            observer.disconnect();
            performance.mark('test:first-chart');
          }
        }).observe(document, { childList: true, subtree: true });`);
      await browser.startTracing(fresh, { categories: ['devtools.timeline', 'blink.user_timing'] });
      await fresh.goto(`${server.url}${path}`);
      await fresh
        .locator('.recharts-surface .recharts-curve')
        .first()
        .waitFor({ state: 'attached' });
      const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as {
        traceEvents: {
          name: string;
          ts: number;
          pid: number;
          args?: { beginData?: { totalObjects?: number } };
        }[];
      };
      const mark = traceEvents.find((e) => e.name === 'test:first-chart');
      if (!mark) throw new Error('the trace has no mark of the first chart');
      // the shell before the script is a handful of boxes; the page drawn is several hundred
      const before = traceEvents.filter(
        (e) =>
          e.name === 'Layout' &&
          e.pid === mark.pid &&
          e.ts < mark.ts &&
          (e.args?.beginData?.totalObjects ?? 0) > 100,
      );
      expect(before.map((e) => e.args?.beginData)).toEqual([]);
    } finally {
      await fresh.close();
    }
  });
});
