import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSession, type Session } from './session.ts';

/**
 * Reflow (WCAG 1.4.10): at 320 CSS px wide, which is a 1,280 px window zoomed to 400%, no page
 * scrolls sideways. Data tables may: they scroll inside their own box, which the guidelines allow.
 * Every page with the dashboard's frame also links to the guide and the accessibility statement.
 */

let server: Session['server'];
let page: Page;

useSession(
  (s) => {
    ({ server, page } = s);
  },
  { viewport: { width: 320, height: 640 } },
);

const VIEWS = [
  '/',
  '/?dataset=demo&by=offenceGroup&tab=table',
  '/offences',
  '/offences?dataset=demo',
  '/outcomes',
  '/outcomes?dataset=demo&tab=table',
  '/forces',
  '/forces?tab=map',
  '/forces?tab=table',
  '/forces?dataset=demo&tab=table',
  '/forces/lancashire',
  '/forces/kent?dataset=demo',
  '/platforms',
  '/briefing',
  '/about',
  '/guide',
  '/accessibility',
  '/no-such-page',
];

/** How far the page reaches past the window, and what reaches past it outside a scrolling box. */
const OVERFLOW = `(() => {
  const width = document.documentElement.clientWidth;
  const inScroller = (el) => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement)
      if (getComputedStyle(p).overflowX !== 'visible') return true;
    return false;
  };
  const beyond = [...document.querySelectorAll('body *')]
    .filter((el) => el.getBoundingClientRect().right > width + 0.5 && !inScroller(el))
    .slice(0, 5)
    .map((el) => el.tagName.toLowerCase() + ': ' + (el.textContent || '').trim().slice(0, 40));
  return { scrollWidth: document.documentElement.scrollWidth, width, beyond };
})()`;

async function settle(path: string): Promise<void> {
  await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).count(), { timeout: 15_000 })
    .toBeGreaterThan(0);
}

async function expectNoSidewaysScroll(what: string): Promise<void> {
  const r = await page.evaluate<{ scrollWidth: number; width: number; beyond: string[] }>(OVERFLOW);
  expect(r.beyond, `${what}: content past the right edge`).toEqual([]);
  expect(r.scrollWidth, `${what}: document scrollWidth`).toBeLessThanOrEqual(r.width);
}

describe('every view at 320 px wide (400% zoom)', () => {
  it.each(VIEWS)(
    '%s does not scroll sideways, and links to the guide and statement',
    async (path) => {
      await settle(path);
      await expectNoSidewaysScroll(path);
      const footer = page.getByRole('contentinfo');
      expect(
        await footer.getByRole('link', { name: 'How to use this dashboard' }).getAttribute('href'),
      ).toBe('/guide');
      expect(
        await footer.getByRole('link', { name: 'Accessibility statement' }).getAttribute('href'),
      ).toBe('/accessibility');
    },
  );

  it('does not scroll sideways with the filters and the force list open', async () => {
    await settle('/forces');
    await page.getByRole('button', { name: 'Filters' }).click();
    await page.getByRole('button', { name: /^Force/ }).click();
    await page.getByRole('searchbox', { name: 'Search forces' }).fill('Westmorland and Furness');
    await expect
      .poll(() => page.getByRole('checkbox', { name: 'Cumbria Constabulary' }).count(), {
        timeout: 15_000,
      })
      .toBe(1);
    await expectNoSidewaysScroll('/forces with the force list open');
  });

  it('does not scroll sideways when presenting or embedded', async () => {
    for (const path of ['/forces?present=1', '/?force=lancashire&embed=1']) {
      await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
      await expect.poll(() => page.getByRole('figure').count(), { timeout: 15_000 }).toBe(1);
      await expectNoSidewaysScroll(path);
    }
  });
});
