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

const PACK: PackItem[] = [
  { path: '/', search: 'force=lancashire', title: 'TikTok-linked crimes in Lancashire' },
  { path: '/offences', search: 'force=kent', title: 'Offences in Kent' },
  { path: '/forces/merseyside', search: '', title: 'Merseyside Police' },
];

const BRIEFING = `/briefing?pack=${encodePack({ items: PACK })}`;

/** [name, address, most]: a pack draws each of its charts by its own view, so each has the budget */
const OPENED: [string, string, number][] = [
  ['/', '/', MOST],
  ['/offences', '/offences', MOST],
  ['/outcomes', '/outcomes', MOST],
  ['/forces (chart)', '/forces', MOST],
  ['/forces (table)', '/forces?tab=table', MOST],
  ['/forces (map)', '/forces?tab=map', MOST],
  ['/forces/lancashire', '/forces/lancashire', MOST],
  [`/briefing (${PACK.length} charts)`, BRIEFING, MOST * PACK.length],
];
const VIEWS = OPENED.flatMap(([name, path, most]) => [
  { name, path, most },
  { name: `${name} demo`, path: `${path}${path.includes('?') ? '&' : '?'}dataset=demo`, most },
]);

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
