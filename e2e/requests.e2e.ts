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
