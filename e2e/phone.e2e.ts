import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { encodePack } from '../src/shared/pack.ts';
import { useSession, type Session } from './session.ts';

/** On a phone (375 px): every control big enough to tap, and the forces table readable sideways. */

let server: Session['server'];
let page: Page;

useSession(
  (s) => {
    ({ server, page } = s);
  },
  { viewport: { width: 375, height: 800 }, clipboard: true },
);

const PACK = encodePack({
  items: [
    { path: '/', search: 'version=1&force=lancashire', title: 'Lancashire' },
    { path: '/forces', search: 'dataset=demo&version=1', title: 'Forces' },
  ],
});

/**
 * Every control on the page smaller than 24 by 24 px (WCAG 2.2, 2.5.8): buttons, tabs, selects,
 * checkboxes, radios, disclosures, fields, and links that stand alone. A link inside a sentence is
 * exempt, as the criterion exempts it: one whose block has other words than its own.
 */
const SMALL_TARGETS = `(() => {
  const controls = 'button, [role="button"], [role="tab"], select, textarea, summary, ' +
    'input:not([type="hidden"]), a[href]';
  const words = (text) => text.replace(/\\s+/g, ' ').trim();
  const inSentence = (a) => {
    let block = a.parentElement;
    while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
    return /[A-Za-z0-9]/.test(words(block?.textContent ?? '').replace(words(a.textContent), ''));
  };
  return [...document.querySelectorAll(controls)].flatMap((el) => {
    const r = el.getBoundingClientRect();
    // not drawn: closed, hidden, or (the skip link) off screen until focused
    if (r.width < 2 || r.height < 2 || getComputedStyle(el).visibility === 'hidden') return [];
    if (el.tagName === 'A' && inSentence(el)) return [];
    if (r.width >= 24 - 0.01 && r.height >= 24 - 0.01) return [];
    const name = words(el.getAttribute('aria-label') ?? el.textContent ?? '') || el.outerHTML.slice(0, 60);
    return [el.tagName.toLowerCase() + ' "' + name.slice(0, 50) + '" ' + r.width.toFixed(1) + 'x' + r.height.toFixed(1)];
  });
})()`;

async function open(path: string): Promise<void> {
  await page.goto(`${server.url}${path}`);
  await page.waitForLoadState('networkidle');
  // the filters are behind a button on a phone: open them, so their controls are measured too
  const filters = page.getByRole('button', { name: /^Filters/ });
  if ((await filters.count()) > 0) await filters.click();
}

describe('on a phone', () => {
  it('makes every control at least 24 by 24 px on every view', { timeout: 240_000 }, async () => {
    const views = [
      '/',
      '/?dataset=demo&by=platform&tab=table',
      '/offences',
      '/offences?dataset=demo&force=kent',
      '/outcomes',
      '/outcomes?dataset=demo',
      '/forces',
      '/forces?dataset=demo&tab=map',
      '/forces?dataset=demo&tab=table',
      '/forces/lancashire',
      '/forces/cleveland?dataset=demo',
      '/about',
      `/briefing?pack=${PACK}`,
      '/?force=lancashire&present=1',
      '/forces?dataset=demo&tab=map&embed=1',
      '/no-such-page',
    ];
    const small: string[] = [];
    for (const path of views) {
      await open(path);
      small.push(...(await page.evaluate<string[]>(SMALL_TARGETS)).map((s) => `${path}: ${s}`));
    }
    // and what opens: a filter's list, a figure's tools, a force ticked to compare
    await open('/forces?dataset=demo&tab=table');
    const filters = page.locator('#filters-body');
    await filters.getByRole('button', { name: /^Force/ }).click();
    await page.getByRole('checkbox', { name: 'Kent Police', exact: true }).waitFor();
    await filters.getByRole('button', { name: /^Force/ }).click();
    await page.getByRole('checkbox', { name: 'Compare Kent Police' }).check();
    await page.getByRole('button', { name: 'Embed' }).first().click();
    await page.getByRole('textbox', { name: 'Code to embed this chart' }).waitFor();
    small.push(...(await page.evaluate<string[]>(SMALL_TARGETS)).map((s) => `opened: ${s}`));
    await filters.getByRole('button', { name: /^Platform/ }).click();
    await page.getByRole('checkbox', { name: 'TikTok' }).waitFor();
    small.push(...(await page.evaluate<string[]>(SMALL_TARGETS)).map((s) => `a list: ${s}`));
    expect(small).toEqual([]);
  });

  for (const width of [375, 800])
    it(`keeps each force's name in view while the table's figures scroll sideways at ${width}px`, async () => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${server.url}/forces?dataset=demo&tab=table`);
      const table = page.getByRole('table', { name: /return status$/ });
      await table.getByRole('rowheader').first().waitFor();
      await table.scrollIntoViewIfNeeded();
      // scrolled as far as it goes: the last column in view
      const seen = await page.evaluate<{
        scrolled: number;
        names: { text: string; left: number; right: number; onTop: boolean }[];
        lastColumn: { left: number; right: number };
        frame: { left: number; right: number };
      }>(`(() => {
        const table = [...document.querySelectorAll('table')].find((t) =>
          t.querySelector('caption').textContent.endsWith('return status'));
        const scroller = table.parentElement;
        scroller.scrollLeft = scroller.scrollWidth;
        const frame = scroller.getBoundingClientRect();
        const heads = [...table.querySelectorAll('thead th, tbody th[scope="row"], tfoot th')]
          .filter((th) => /Force|Police|Constabulary|England/.test(th.textContent)).slice(0, 6);
        return {
          scrolled: scroller.scrollLeft,
          names: heads.map((th) => {
            // brought into view down the page, not across: the figures stay scrolled
            th.scrollIntoView({ block: 'center', inline: 'nearest' });
            const r = th.getBoundingClientRect();
            const at = document.elementFromPoint(r.left + 8, r.top + r.height / 2);
            return { text: th.textContent.trim(), left: r.left, right: r.right,
              onTop: th.contains(at) && scroller.scrollLeft > 0 };
          }),
          lastColumn: (() => { const r = table.querySelector('tbody tr td:last-child').getBoundingClientRect(); return { left: r.left, right: r.right }; })(),
          frame: { left: frame.left, right: frame.right },
        };
      })()`);
      expect(seen.scrolled).toBeGreaterThan(0);
      // the figures have moved along; each force's name, its header and the total's stay at the left
      expect(seen.lastColumn.right).toBeLessThanOrEqual(seen.frame.right + 1);
      expect(seen.names.length).toBeGreaterThanOrEqual(5);
      for (const name of seen.names) {
        expect(name.left, name.text).toBeCloseTo(seen.frame.left, 0);
        expect(name.right, name.text).toBeGreaterThan(seen.frame.left + 100);
        expect(name.onTop, name.text).toBe(true);
      }
      await page.screenshot({ path: `screenshots/forces-table-scrolled-${width}.png` });
    });
});
