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
  periods: { label: string }[];
  series: { label: string; kind: string; values: (number | null)[] }[];
  totals: { values: (number | null)[] };
}

async function api(query: string): Promise<Counts> {
  const res = await fetch(`${server.url}/api/v1/counts?${query}`);
  return (await res.json()) as Counts;
}

const count = (v: number | null) => (v === null ? '[x]' : v.toLocaleString('en-GB'));

/** The rows of a figure's table, as [row header, ...cells]. */
async function tableRows(figure: ReturnType<Page['getByRole']>): Promise<string[][]> {
  const table = figure.getByRole('table');
  await expect.poll(() => table.count(), { timeout: 15_000 }).toBe(1);
  const rows = await table.locator('tbody tr, tfoot tr').all();
  return Promise.all(
    rows.map(async (row) => (await row.locator('th, td').allTextContents()).map((t) => t.trim())),
  );
}

/** Press Tab (only Tab) until the focused element's text matches, as a keyboard user would. */
async function tabTo(text: string | RegExp): Promise<void> {
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
    // the page's own DOM, read as a string expression: this file has no DOM types
    const focused = String(await page.evaluate('document.activeElement?.textContent ?? ""')).trim();
    if (typeof text === 'string' ? focused === text : text.test(focused)) return;
  }
  throw new Error(`Tab never reached ${String(text)}`);
}

describe('the offences view', () => {
  it("opens a link to Cleveland's breakdown and shows the API's figures in its table", async () => {
    await page.goto(`${server.url}/offences?force=cleveland&by=offence&tab=table`);
    const figure = page.getByRole('figure', {
      name: 'TikTok-linked crimes recorded by Cleveland Police, by offence, 2023/24',
    });
    // the row headings carry the notes to the table (the reply's own words and its caveat)
    const rows = (await tableRows(figure)).map(([label = '', ...rest]) => [
      label.replace(/ \[note \d+\]$/, ''),
      ...rest,
    ]);
    expect(
      await figure
        .getByText(/Only the first rows of the reply were readable/)
        .first()
        .isVisible(),
    ).toBe(true);
    const answer = await api(
      'platform=tiktok&force=cleveland&by=offence&interval=total&from=2023-04&to=2024-03',
    );
    const expected = new Map(answer.series.map((s) => [s.label, count(s.values[0] ?? null)]));
    expected.set('Total', count(answer.totals.values[0] ?? null));
    expect(new Map(rows.map(([label = '', value = '']) => [label, value]))).toEqual(expected);
    // largest first, Not broken down after the ranked offences
    expect(rows.map((r) => r[0])).toEqual([
      'Harassment',
      'Malicious communications',
      'Stalking',
      'Not broken down',
      'Total',
    ]);
    expect(await page.getByText('What these figures can and cannot show').count()).toBe(1);
    await expectAccessible(page, 'Cleveland by offence, tables');
  });

  it("draws the demo trend with the API's numbers, period by period", async () => {
    await page.goto(
      `${server.url}/offences?dataset=demo&offence=sexual-offences&by=offence&tab=table`,
    );
    const figure = page.getByRole('figure', { name: /by offence and financial year/ });
    const rows = await tableRows(figure);
    const answer = await api('dataset=demo&platform=tiktok&offence=sexual-offences&by=offence');
    expect(rows).toEqual([
      ...answer.series.map((s) => [s.label, ...s.values.map(count)]),
      ['Total', ...answer.totals.values.map(count)],
    ]);
  });

  it('drills down, changes the level and the measure, and goes back up, by keyboard alone', async () => {
    await page.goto(`${server.url}/offences?dataset=demo`);
    await expect
      .poll(
        () =>
          page.getByRole('link', { name: 'By offence subgroup within sexual offences' }).count(),
        {
          timeout: 15_000,
        },
      )
      .toBe(1);
    await tabTo('By offence subgroup within sexual offences');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.url())
      .toBe(`${server.url}/offences?dataset=demo&offence=sexual-offences&by=offenceSubgroup`);

    await page.locator('body').focus();
    await tabTo('Offence');
    await page.keyboard.press('Space');
    await expect
      .poll(() => page.url())
      .toBe(`${server.url}/offences?dataset=demo&offence=sexual-offences&by=offence`);
    await expect
      .poll(() =>
        page.getByRole('button', { name: 'Offence', exact: true }).getAttribute('aria-pressed'),
      )
      .toBe('true');

    await tabTo('Share of the total (%)');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain('by=offence&measure=share');
    const ranked = page.getByRole('figure', { name: /sexual offences .* by offence, Apr 2021/ });
    await expect
      .poll(() => ranked.getByText(/^Per cent of all the crimes in the period/).count())
      .toBe(1);

    await page.locator('body').focus();
    await tabTo('All offences');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toBe(`${server.url}/offences?dataset=demo&measure=share`);
    await page.goBack();
    await expect
      .poll(() => page.url())
      .toContain('offence=sexual-offences&by=offence&measure=share');
  });

  it('links an offence to its outcomes with every filter', async () => {
    await page.goto(`${server.url}/offences?dataset=demo&platform=snapchat&force=kent&by=offence`);
    const link = page.getByRole('link', { name: 'Sexual grooming' });
    await expect.poll(() => link.count(), { timeout: 15_000 }).toBe(1);
    await link.click();
    await expect
      .poll(() => page.url())
      // by=offence is this view's level of detail: the outcomes view has its own
      .toBe(`${server.url}/outcomes?dataset=demo&platform=snapchat&force=kent&offence=88A`);
  });

  it.each([1440, 375])(
    'has no accessibility violations at %i px',
    async (width) => {
      const paths = [
        '/offences',
        '/offences?force=lancashire',
        '/offences?force=cleveland&by=offence',
        '/offences?dataset=demo',
        '/offences?dataset=demo&offence=sexual-offences&by=offence&measure=share',
        '/offences?dataset=demo&by=offence&measure=rate&tab=table',
      ];
      await page.setViewportSize({ width, height: 900 });
      for (const path of paths) {
        await page.goto(`${server.url}${path}`);
        await page.waitForLoadState('networkidle');
        await expect
          .poll(() => page.getByRole('figure').count(), { timeout: 15_000 })
          .toBeGreaterThan(0);
        await expectAccessible(page, `${path} at ${width}px`);
      }
    },
    120_000,
  );
});
