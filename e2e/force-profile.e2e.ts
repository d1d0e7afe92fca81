import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './browser.ts';
import { useSession, type Session } from './session.ts';

let server: Session['server'];
let page: Page;

useSession((s) => {
  ({ server, page } = s);
});

interface Counts {
  series: { key: string; values: (number | null)[] }[];
  totals: { values: (number | null)[] };
}

async function api(query: string): Promise<Counts> {
  return (await (await fetch(`${server.url}/api/v1/counts?${query}`)).json()) as Counts;
}

const shown = (v: number | null, digits = 0) =>
  v === null
    ? '[x]'
    : v.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });

describe('the force profile', () => {
  it("opens a profile link and shows the API's figures in its tables", async () => {
    await page.goto(`${server.url}/forces/lancashire`);
    await expect
      .poll(
        () =>
          page
            .getByText(
              'Lancashire Constabulary recorded 98 TikTok-linked crimes in 2023/24, up 48% on 2022/23 (66).',
            )
            .count(),
        { timeout: 15_000 },
      )
      .toBe(1);
    const trend = page.getByRole('figure', {
      name: 'TikTok-linked crimes recorded by Lancashire Constabulary, 2021/22 to 2023/24',
    });
    await trend.getByRole('tab', { name: 'Table' }).click();
    await expect.poll(() => page.url()).toContain('tab=table');
    const byPlatform = await api('platform=tiktok&force=lancashire&by=platform');
    await expect
      .poll(() => trend.getByRole('table').getByRole('cell').allTextContents())
      .toEqual(byPlatform.series[0]?.values.map((v) => shown(v)));

    // every figure switched to its table: the rank gives each force's rate as the API does
    const rank = page.getByRole('figure', { name: /per 100,000 residents, 2023\/24/ });
    const rates = await api('platform=tiktok&by=force&measure=rate');
    const lancashire = rank.getByRole('row', { name: /Lancashire Constabulary \(this force\)/ });
    await expect.poll(() => lancashire.count(), { timeout: 15_000 }).toBe(1);
    const rate = rates.series.find((s) => s.key === 'lancashire')?.values[2] ?? null;
    expect((await lancashire.getByRole('cell').allTextContents()).at(-1)).toBe(shown(rate, 1));
    expect((await lancashire.getByRole('cell').allTextContents())[0]).toBe('4');
    await expectAccessible(page, 'Lancashire profile with tables');
  });

  it('follows a key-fact link by keyboard to the view that shows its figures', async () => {
    await page.goto(`${server.url}/forces/wiltshire?dataset=demo`);
    const target = page.getByRole('link', { name: 'Offences for Wiltshire' });
    await expect.poll(() => target.count(), { timeout: 15_000 }).toBe(1);
    // from the link above the heading, Tab through the page to the key fact's link
    await page.getByRole('main').getByRole('link', { name: 'All forces', exact: true }).focus();
    const focused = () => page.evaluate('document.activeElement?.textContent');
    for (let i = 0; i < 20 && (await focused()) !== 'Offences for Wiltshire'; i++)
      await page.keyboard.press('Tab');
    expect(await focused()).toBe('Offences for Wiltshire');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toBe(`${server.url}/offences?dataset=demo&force=wiltshire`);
  });

  it('says when a force is not found, with a title and a way back to the list', async () => {
    await page.goto(`${server.url}/forces/unknown-id`);
    await expect.poll(() => page.getByRole('heading', { name: 'Force not found' }).count()).toBe(1);
    expect(await page.title()).toBe('Force not found – Social media crime dashboard');
    await page.getByRole('link', { name: 'Go to the list of forces' }).click();
    await expect.poll(() => page.url()).toBe(`${server.url}/forces`);
  });

  // eight pages through axe, each with five figures: over a minute on a busy two-core machine
  it(
    'has no accessibility violations, at desktop and phone widths',
    { timeout: 150_000 },
    async () => {
      for (const width of [1440, 375]) {
        await page.setViewportSize({ width, height: 900 });
        for (const path of [
          '/forces/lancashire',
          '/forces/merseyside?tab=table',
          '/forces/wiltshire?dataset=demo&platform=all',
          '/forces/unknown-id',
        ]) {
          await page.goto(`${server.url}${path}`);
          await page.waitForLoadState('networkidle');
          await expectAccessible(page, `${path} at ${width}px`);
        }
      }
    },
  );
});
