import type { Locator, Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  formatSeriesValue,
  type PlatformSeriesResponse,
  type SeriesFigure,
} from '../src/shared/platform-series.ts';
import { expectAccessible } from './browser.ts';
import { useSession, type Session } from './session.ts';

let server: Session['server'];
let page: Page;

useSession((s) => {
  ({ server, page } = s);
});

async function series(query: string): Promise<PlatformSeriesResponse> {
  const res = await fetch(`${server.url}/api/v1/platform-series?${query}`);
  return (await res.json()) as PlatformSeriesResponse;
}

/** a row's cells (after its header), each value without the words kept for screen readers */
async function cells(table: Locator, header: string): Promise<string[]> {
  const row = table
    .locator('tr')
    .filter({ has: page.getByRole('rowheader', { name: header, exact: true }) });
  const texts = await row.locator('td').allTextContents();
  // the source of each value is named for screen readers: '48% (source: ITV News, 2024-10-31)'
  return texts.map((t) =>
    t
      .replace(/ \(source: [^)]*\)/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

const values = (figures: SeriesFigure[]) =>
  figures.map((f) =>
    f.value === null || f.unit === null ? '' : formatSeriesValue(f.value, f.unit),
  );

describe('the platforms view', () => {
  it('draws the shares and the national series, and its tables hold the API figures', async () => {
    await page.goto(`${server.url}/platforms`);
    const facts = page.getByRole('region', { name: 'Key facts' });
    await expect
      .poll(() => facts.textContent(), { timeout: 15_000 })
      .toContain(
        'Snapchat was named in 48% of the 1,824 grooming offences where the platform was recorded in 2023/24 (UK), and in 40% of 2,111 in 2024/25.',
      );
    // two charts drawn, with their bars and the line of each area
    const shares = page.getByRole('figure', { name: /^Platforms named in grooming offences/ });
    await expect.poll(() => shares.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(8);
    const national = page.getByRole('figure', {
      name: /^Offences of sexual communication with a child recorded by police/,
    });
    await expect.poll(() => national.locator('.recharts-line').count()).toBe(2);
    // the UK/E&W break is marked on the chart itself
    await expect
      .poll(() => national.locator('.recharts-label').allTextContents())
      .toContain('UK from here');

    await shares.getByRole('tab', { name: 'Table' }).click();
    await national.getByRole('tab', { name: 'Table' }).click();
    const ukShares = await series('area=united-kingdom&table=platform-share&offence=71/17');
    const known = await series('area=united-kingdom&table=platform-known&offence=71/17');
    const table = shares.getByRole('table');
    const pick = (b: PlatformSeriesResponse, platform: string, period: string) =>
      values(b.figures.filter((f) => f.platform === platform && f.period?.id === period)).join(
        ' or ',
      );
    expect(await cells(table, 'Snapchat')).toEqual([
      pick(ukShares, 'snapchat', '2023/24'),
      pick(ukShares, 'snapchat', '2024/25'),
    ]);
    // a share's base, published beside it
    expect(await cells(table, 'Base: offences where the platform was recorded')).toEqual([
      pick(known, '*', '2023/24'),
      pick(known, '*', '2024/25'),
    ]);
    expect(await cells(table, 'Facebook and Messenger (one figure for them together)')).toEqual([
      '10% or 12%',
      'not published',
    ]);
    // England and Wales and the UK in columns of their own
    const years = national.getByRole('table').first();
    expect(await cells(years, '2017/18')).toEqual(['3,171 or 3,217', '3,728']);
    expect(await cells(years, '2021/22')).toEqual(['not published', '6,156']);
  });

  it('opens a source from a figure in one click', async () => {
    await page.goto(`${server.url}/platforms`);
    const figure = page.getByRole('figure', { name: /^Platforms named in grooming offences/ });
    await figure.getByRole('tab', { name: 'Table' }).click({ timeout: 15_000 });
    const link = figure.getByRole('link', { name: /^48% \(source: ITV News/ });
    await expect.poll(() => link.count(), { timeout: 15_000 }).toBe(1);
    expect(await link.getAttribute('href')).toMatch(/^https:\/\/www\.itv\.com\//);
  });

  it("downloads a figure's published figures and its image, and presents the figures one at a time", async () => {
    await page.goto(`${server.url}/platforms`);
    const figure = page.getByRole('figure', { name: /^Platforms named in grooming offences/ });
    await figure.locator('.recharts-bar-rectangle').first().waitFor({ timeout: 15_000 });
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      figure.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe('platforms-shares.csv');
    const text = (await readFile(await csv.path())).toString('utf8');
    const lines = text
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^line,area_kind,area,platform,table,/);
    // Snapchat 2023/24: its line of the figures file, its value and its source
    expect(
      lines.some((l) =>
        /,united-kingdom,snapchat,platform-share,71\/17,2023\/24,.*,48,percent,published,1824,itv-2024,/.test(
          l,
        ),
      ),
    ).toBe(true);
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      figure.getByRole('button', { name: 'Download PNG' }).click(),
    ]);
    expect(png.suggestedFilename()).toBe('platforms-shares.png');
    expect((await readFile(await png.path())).subarray(1, 4).toString()).toBe('PNG');

    await page.getByRole('button', { name: 'Present' }).click();
    await expect.poll(() => page.getByText('1 of 3').count()).toBeGreaterThan(0);
    expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toMatch(
      /^Platforms named in grooming offences/,
    );
  });

  it('has no accessibility violations, at desktop and phone widths', async () => {
    await page.goto(`${server.url}/platforms`);
    await page.getByRole('region', { name: 'Key facts' }).waitFor({ timeout: 15_000 });
    await page.locator('.recharts-line').first().waitFor();
    await expectAccessible(page, 'platforms at 1440 px');
    await page.setViewportSize({ width: 375, height: 800 });
    await page.waitForTimeout(300);
    await expectAccessible(page, 'platforms at 375 px');
  });
});
