import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { CountsResponse } from '../src/shared/contract.ts';
import { outcomeHeadline, outcomePeriod } from '../src/shared/outcome-figures.ts';
import { expectAccessible } from './browser.ts';
import { useSession, type Session } from './session.ts';

let server: Session['server'];
let page: Page;

useSession((s) => {
  ({ server, page } = s);
});

async function api(query: string): Promise<CountsResponse> {
  const res = await fetch(`${server.url}/api/v1/counts?${query}`);
  return (await res.json()) as CountsResponse;
}

const count = (n: number | null | undefined) =>
  n === null || n === undefined ? '[x]' : n.toLocaleString('en-GB');
const percent = (n: number | null) =>
  n === null
    ? '[x]'
    : `${n.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;

/** Each body row of a table as [row header, ...cells], whitespace tidied. */
async function rows(table: Locator): Promise<string[][]> {
  // the table appears after the tab change re-renders: wait for it rather than read an empty one
  await table.locator('tbody tr').first().waitFor();
  const out: string[][] = [];
  for (const row of await table.locator('tbody tr').all()) {
    const cells = await row.locator('th, td').allTextContents();
    out.push(cells.map((c) => c.replace(/\s+/g, ' ').trim()));
  }
  return out;
}

describe('the outcomes view', () => {
  it("opens a link to Lancashire's outcomes and shows the API's figures in its tables", async () => {
    await page.goto(`${server.url}/outcomes?force=lancashire&tab=table`);
    const figure = page.getByRole('figure', {
      name: /^How TikTok-linked crimes recorded by Lancashire Constabulary in 2023\/24 ended/,
    });
    const table = figure.getByRole('table');
    await expect
      .poll(() => table.locator('tbody tr').count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    const r = await api('platform=tiktok&force=lancashire&by=outcomeGroup');
    const i = r.periods.findIndex((p) => p.label === '2023/24');
    // the table keeps the Home Office's order; the API's may differ
    const byLabel = (a: string[], b: string[]) => (a[0] ?? '').localeCompare(b[0] ?? '');
    expect((await rows(table)).map((row) => [row[0] ?? '', row[1] ?? '']).sort(byLabel)).toEqual(
      r.series.map((s) => [s.label, count(s.values[i])]).sort(byLabel),
    );
    expect(await figure.locator('tfoot td').first().textContent()).toBe(count(r.totals.values[i]));
    // no rates from a partial list, and the disagreement said in words
    const rates = page.getByRole('region', { name: 'Outcome rates, 2023/24' });
    expect(await rates.textContent()).toContain(
      'Rates are not given for 2023/24: outcomes were published for only part of these crimes',
    );
    expect(await rates.textContent()).toContain('sums to 137, more than the published total of 98');

    // the chart over time: the same shares as the API's
    const overTime = page.getByRole('figure', { name: /^Outcomes of TikTok-linked crimes/ });
    const shares = await api('platform=tiktok&force=lancashire&by=outcomeGroup&measure=share');
    // each row heading carries its notes to the table: the figures' published words
    expect(
      (await rows(overTime.getByRole('table'))).map(([label = '', ...rest]) => [
        label.replace(/ \[note \d+\]$/, ''),
        ...rest,
      ]),
    ).toEqual(shares.series.map((s) => [s.label, ...s.values.map(percent)]));
    await expectAccessible(page, 'Lancashire outcomes, tables');
  });

  it('gives the demo rates as the shared derivation works them out from the API', async () => {
    await page.goto(`${server.url}/outcomes?dataset=demo`);
    const r = await api('dataset=demo&platform=tiktok&by=outcomeGroup');
    const lead = outcomePeriod(r);
    if (!lead) throw new Error('the demo has outcomes');
    const h = outcomeHeadline(r, lead.index);
    if (!h.available) throw new Error('the demo has rates');
    const section = page.getByRole('region', { name: `Outcome rates, ${lead.period.label}` });
    const value = (label: string) =>
      section
        .locator('dl > div', { has: page.locator('dt', { hasText: label }) })
        .locator('dd')
        .first();
    await expect
      .poll(() => value('Charged or summonsed').textContent(), { timeout: 15_000 })
      .toBe(percent(h.chargedRate));
    expect(await value('Evidential difficulties').textContent()).toBe(percent(h.evidentialRate));
    expect(await value('No suspect identified').textContent()).toBe(percent(h.noSuspectRate));
    expect(await value('Not yet assigned an outcome').textContent()).toBe(
      percent(h.notYetAssignedShare),
    );
  });

  it('is used by keyboard: outcome codes on demand, the table tab, reading the chart', async () => {
    await page.goto(`${server.url}/outcomes?dataset=demo`);
    const select = page.getByRole('combobox', { name: 'Show outcomes by' });
    await select.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.url()).toBe(`${server.url}/outcomes?dataset=demo&by=outcome`);
    const figure = page.getByRole('figure', { name: /ended, by outcome code$/ });
    // the chart read by keyboard, each code with its value
    const slider = figure.getByRole('slider', { name: /read the values/ });
    await slider.focus();
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(() => slider.getAttribute('aria-valuetext'))
      .toMatch(/^\d+A? .+: [\d,]+ crimes, ranked 1 of \d+\. .+/);
    // then to the table by keyboard: the tab list, arrow to Table
    await figure.getByRole('tab', { name: 'Chart' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.url()).toContain('tab=table');
    const r = await api('dataset=demo&platform=tiktok&by=outcome');
    const lead = outcomePeriod(r);
    const row18 = (await rows(figure.getByRole('table'))).find((row) => row[0]?.startsWith('18:'));
    expect(row18?.at(-1)).toContain('case closed pending further investigative opportunities');
    expect(row18?.[1]).toBe(count(r.series.find((s) => s.key === '18')?.values[lead?.index ?? -1]));
    // the reference list opens by keyboard
    const reference = page.locator('details', { hasText: 'What the outcome codes mean' });
    await reference.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => reference.getByText('Community resolution', { exact: true }).isVisible())
      .toBe(true);
  });

  it('has no accessibility violations, at desktop and phone widths', async () => {
    for (const width of [1440, 375]) {
      await page.setViewportSize({ width, height: 900 });
      for (const path of [
        '/outcomes',
        '/outcomes?dataset=demo',
        '/outcomes?dataset=demo&by=outcome&interval=quarter&tab=table',
      ]) {
        await page.goto(`${server.url}${path}`);
        await page.waitForLoadState('networkidle');
        await page.locator('summary', { hasText: 'What the outcome codes mean' }).click();
        await expectAccessible(page, `${path} at ${width}px`);
      }
    }
  });
});
