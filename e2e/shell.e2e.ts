import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './browser.ts';
import { useSession, type Session } from './session.ts';

let server: Session['server'];
let context: BrowserContext;
let page: Page;

useSession(
  (s) => {
    ({ server, context, page } = s);
  },
  { clipboard: true },
);

const headline = (label: string) =>
  page.locator('dl > div', { has: page.locator('dt', { hasText: label }) });

describe('the dashboard shell', () => {
  it('opens a shared link and shows its figures', async () => {
    await page.goto(`${server.url}/?force=lancashire,cleveland&from=2021-04&to=2024-03`);
    await expect
      .poll(() => headline('Recorded crimes').locator('dd').first().textContent())
      .toBe('205');
    const figure = page.getByRole('figure', {
      name: /TikTok-linked crimes recorded by Cleveland Police and Lancashire Constabulary/,
    });
    await figure.getByRole('tab', { name: 'Table' }).click();
    await expect.poll(() => page.url()).toContain('tab=table');
    const api = (await (
      await fetch(`${server.url}/api/v1/counts?platform=tiktok&force=lancashire,cleveland`)
    ).json()) as {
      totals: { values: number[] };
    };
    await expect
      .poll(() => figure.getByRole('table').getByRole('cell').allTextContents())
      .toEqual(api.totals.values.map((v) => v.toLocaleString('en-GB')));
    await expectAccessible(page, 'overview with a table');
  });

  it('restores each view exactly with Back and Forward', async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole('combobox', { name: 'Dataset' }).selectOption('demo');
    await expect.poll(() => page.url()).toBe(`${server.url}/?dataset=demo`);
    await page.getByRole('combobox', { name: 'Interval' }).selectOption('quarter');
    await expect.poll(() => page.url()).toBe(`${server.url}/?dataset=demo&interval=quarter`);
    await page.getByRole('combobox', { name: 'Split by' }).selectOption('platform');
    await expect
      .poll(() => page.url())
      .toBe(`${server.url}/?dataset=demo&interval=quarter&by=platform`);

    await page.goBack();
    await expect.poll(() => page.url()).toBe(`${server.url}/?dataset=demo&interval=quarter`);
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Split by' }).inputValue())
      .toBe('none');
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Interval' }).inputValue())
      .toBe('quarter');
    await page.goBack();
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Interval' }).inputValue())
      .toBe('fy');
    await expect
      .poll(() => page.getByText('Illustrative data.', { exact: false }).count())
      .toBeGreaterThan(0);
    await page.goBack();
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Dataset' }).inputValue())
      .toBe('reported');
    await page.goForward();
    await page.goForward();
    await expect.poll(() => page.url()).toBe(`${server.url}/?dataset=demo&interval=quarter`);
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Interval' }).inputValue())
      .toBe('quarter');
  });

  it('keeps both of two quick changes: From, then To, within 200 ms', async () => {
    await page.goto(`${server.url}/?force=lancashire`);
    const from = page.getByRole('combobox', { name: 'From' });
    await expect.poll(() => from.inputValue()).toBe('2021-04');
    // as a quick hand does it: the second choice lands before the page has drawn the first
    const elapsed = await page.evaluate<number>(`(() => {
      const started = performance.now();
      const choose = (label, value) => {
        const select = [...document.querySelectorAll('label')]
          .find((l) => l.textContent === label).control;
        select.value = value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      };
      choose('From', '2022-04');
      choose('To', '2023-03');
      return performance.now() - started;
    })()`);
    expect(elapsed).toBeLessThan(200);
    await expect
      .poll(() => page.url())
      .toBe(`${server.url}/?force=lancashire&from=2022-04&to=2023-03`);
    await expect.poll(() => from.inputValue()).toBe('2022-04');
    await expect
      .poll(() => page.getByRole('combobox', { name: 'To' }).inputValue())
      .toBe('2023-03');
    // and by the keyboard's own hand, one after the other
    await page.getByRole('combobox', { name: 'Interval' }).selectOption('year');
    await from.selectOption('2022-01');
    await expect
      .poll(() => page.url())
      .toBe(`${server.url}/?force=lancashire&from=2022-01&to=2023-03&interval=year`);
    // Back undoes one change at a time
    await page.goBack();
    await expect
      .poll(() => page.url())
      .toBe(`${server.url}/?force=lancashire&from=2022-04&to=2023-03&interval=year`);
  });

  it('copies a link that opens the same view in a fresh page', async () => {
    await page.goto(
      `${server.url}/?dataset=demo&platform=snapchat&force=kent&interval=quarter&tab=table`,
    );
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Link copied' }).count())
      .toBe(1);
    const link = String(await page.evaluate('navigator.clipboard.readText()'));
    expect(link).toBe(
      `${server.url}/?dataset=demo&platform=snapchat&force=kent&interval=quarter&tab=table`,
    );
    const fresh = await context.newPage();
    await fresh.goto(link);
    const table = fresh.getByRole('figure').getByRole('table');
    await expect.poll(() => table.getByRole('columnheader').count()).toBeGreaterThan(10);
    const original = await page.getByRole('figure').getByRole('table').textContent();
    expect(await table.textContent()).toBe(original);
  });

  it('opens an invalid link with a notice saying what was ignored', async () => {
    await page.goto(`${server.url}/?force=lancs,merseyside&from=2021-13&measure=mean`);
    const notice = page
      .getByRole('status')
      .filter({ hasText: 'Part of this link could not be used' });
    await expect
      .poll(() => notice.textContent())
      .toContain(
        'There is no police force called ‘lancs’ (did you mean Lancashire Constabulary?), so it was left out.',
      );
    expect(await notice.textContent()).toContain(
      '‘2021-13’ is not a month, so the page shows the figures from their start.',
    );
    expect(await notice.textContent()).toContain(
      '‘mean’ is not a measure this dashboard knows, so the page uses its usual one.',
    );
    await expect
      .poll(() => page.getByRole('button', { name: /^Force/ }).textContent())
      .toContain('Merseyside Police');
    await expectAccessible(page, 'overview with a notice');
  });

  it('shows an error panel with Retry when the API fails, and the rest keeps working', async () => {
    await page.route('**/api/v1/counts?*', (route) => route.abort());
    await page.goto(`${server.url}/?force=dorset`);
    const panel = page.getByRole('alert').filter({ hasText: 'The trend could not be loaded' });
    await expect.poll(() => panel.count(), { timeout: 15_000 }).toBe(1);
    expect(await panel.textContent()).toContain('could not reach its data service');
    // the rest of the page keeps working: filters open and change the link
    await page.getByRole('button', { name: /^Platform/ }).click();
    await page.getByRole('checkbox', { name: 'Snapchat' }).check();
    await expect.poll(() => page.url()).toContain('platform=tiktok,snapchat');
    // the panel is drawn again for the new selection once its own retries have failed: wait for
    // that one, not the one the change of platform replaced
    const retry = panel.getByRole('button', { name: 'Retry' });
    await expect.poll(() => retry.count(), { timeout: 15_000 }).toBe(1);
    await page.unroute('**/api/v1/counts?*');
    // a retry the data layer already had under way may now succeed before the click lands: either
    // way the chart must come back
    await retry.click({ timeout: 5_000 }).catch(() => undefined);
    await expect.poll(() => page.getByRole('figure').count(), { timeout: 15_000 }).toBe(1);
  });

  it('keeps the header and navigation when the API is down as the page opens', async () => {
    await page.route('**/api/v1/meta*', (route) => route.abort());
    await page.goto(`${server.url}/?dataset=demo`);
    const panel = page
      .getByRole('alert')
      .filter({ hasText: 'The dashboard could not load its data' });
    await expect.poll(() => panel.count(), { timeout: 15_000 }).toBe(1);
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link').count()).toBe(7);
    await expectAccessible(page, 'API down as the page opens');
    await page.unroute('**/api/v1/meta*');
    await panel.getByRole('button', { name: 'Retry' }).click();
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Dataset' }).inputValue(), { timeout: 15_000 })
      .toBe('demo');
  });

  it('marks the part period on the chart and says which forces are missing', async () => {
    await page.goto(`${server.url}/?dataset=demo`);
    // the chart's code and figures arrive after the page: on a busy machine, well after a second
    await expect
      .poll(() => page.getByText(/^Hollow point: part period, not joined/).count(), {
        timeout: 15_000,
      })
      .toBe(1);
    // under its tick, the months the part period holds: a short period, not a fall
    await expect
      .poll(() => page.getByRole('figure').getByText('(Apr–Jun only)').count(), {
        timeout: 15_000,
      })
      .toBe(1);
    const coverage = page.getByText(
      /Figures for 43 to 44 of 44 forces, depending on the period: which are missing, and why/,
    );
    await coverage.click();
    await expect
      .poll(() => page.getByText('Wiltshire Police: refused the request (2021/22).').count())
      .toBe(1);
    await expectAccessible(page, 'demo overview');
  });

  it('types into the force search straight after opening it by keyboard', async () => {
    await page.goto(`${server.url}/`);
    const button = page.getByRole('button', { name: /^Force/ });
    await button.focus();
    // focusing the button fetches the list's code; once it is here, opening draws the list at once
    await page.waitForLoadState('networkidle');
    await page.keyboard.press('Enter');
    await page.keyboard.type('lanc');
    await expect
      .poll(() => page.getByRole('searchbox', { name: 'Search forces' }).inputValue())
      .toBe('lanc');
    await page.keyboard.press('Escape');
  });

  it('reads chart values by keyboard', async () => {
    await page.goto(`${server.url}/?force=lancashire`);
    const slider = page.getByRole('slider', { name: /read the values/ });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => slider.getAttribute('aria-valuetext'))
      .toMatch(
        /^2021\/22: All recorded crimes in the selection: 71 crimes\. As published: “71 offences in 2021” \(Blackpool Gazette\)/,
      );
    await page.keyboard.press('End');
    await expect
      .poll(() => slider.getAttribute('aria-valuetext'))
      .toContain('2023/24: All recorded crimes in the selection: 98');
  });

  it(
    'has no accessibility violations on any page, at desktop and phone widths',
    {
      timeout: 240_000,
    },
    async () => {
      for (const width of [1440, 375]) {
        await page.setViewportSize({ width, height: 900 });
        for (const path of [
          '/',
          '/?dataset=demo&by=offenceGroup',
          '/about',
          '/no-such-page',
          '/briefing',
          // the map with forces left out of it, presented, and embedded
          '/forces?dataset=demo&force=kent,lancashire&tab=map',
          '/forces?dataset=demo&tab=map&present=1',
          '/forces?tab=map&embed=1',
        ]) {
          await page.goto(`${server.url}${path}`);
          await page.waitForLoadState('networkidle');
          await expectAccessible(page, `${path} at ${width}px`);
        }
      }
    },
  );
});
