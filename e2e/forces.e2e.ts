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
  series: { key: string; label: string; values: (number | null)[] }[];
  totals: { values: (number | null)[] };
}

async function api(query: string): Promise<Counts> {
  return (await (await fetch(`${server.url}/api/v1/counts?${query}`)).json()) as Counts;
}

const oneDp = new Intl.NumberFormat('en-GB', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const table = () =>
  page.getByRole('table', { name: /crimes, rate, change, charge rate and return status$/ });

/** Each row's header and cells, as the reader sees them (read in the page: e2e has no DOM types). */
const READ_ROWS = `[...document.querySelectorAll('table tr')].flatMap((tr) => {
  const th = tr.querySelector('th[scope="row"]');
  if (!th || !tr.closest('table').querySelector('caption').textContent.endsWith('return status')) return [];
  const cells = [...tr.querySelectorAll('td')].map((c) => c.textContent.trim()).filter((t) => t !== '');
  return [[th.textContent, cells]];
})`;

async function rows(): Promise<Map<string, string[]>> {
  await table().getByRole('rowheader').first().waitFor();
  return new Map(await page.evaluate<[string, string[]][]>(READ_ROWS));
}

describe('the forces view', () => {
  it("opens a link and shows the API's figures in the Table tab", async () => {
    await page.goto(`${server.url}/forces?tab=table`);
    const shown = await rows();
    const counts = await api('platform=tiktok&by=force');
    const rates = await api('platform=tiktok&by=force&measure=rate');
    expect(shown.size).toBe(counts.series.length + 1);
    for (const s of counts.series) {
      const cells = shown.get(s.label);
      const count = s.values.at(-1) ?? null;
      const rate = rates.series.find((r) => r.key === s.key)?.values.at(-1) ?? null;
      if (count === null) expect(cells?.[0]).toMatch(/^\[x\] /);
      else {
        expect(cells?.[0]).toBe(count.toLocaleString('en-GB'));
        expect(cells?.[1]).toBe(rate === null ? '[z] no resident population' : oneDp.format(rate));
      }
    }
    expect(shown.get('Lancashire Constabulary')?.slice(0, 4)).toEqual([
      '98',
      '6.4',
      '4 of 5',
      '+48% on 66',
    ]);
    const national = await api('platform=tiktok');
    expect(
      shown.get(
        'Forces with figures, together5 of 44 forces with figures: not England and Wales as a whole',
      )?.[0],
    ).toBe(String(national.totals.values.at(-1)));
  });

  it('sorts by keyboard, with the order in the link and on the header', async () => {
    await page.goto(`${server.url}/forces?tab=table`);
    await rows();
    const button = table().getByRole('button', { name: 'Change on 2022/23' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toBe(`${server.url}/forces?tab=table&sort=-change`);
    const header = table().getByRole('columnheader', { name: /Change on 2022\/23/ });
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
    await expect
      .poll(async () => (await table().getByRole('rowheader').allTextContents()).slice(0, 2))
      .toEqual(['Lancashire Constabulary', 'Hertfordshire Constabulary']);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toBe(`${server.url}/forces?tab=table&sort=change`);
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    // Back restores the order before
    await page.goBack();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
  });

  it('reads the map by keyboard, each tile named with its figure, and opens a profile', async () => {
    await page.goto(`${server.url}/forces?dataset=demo&tab=map`);
    const map = page.getByRole('list', { name: /^Map of the territorial forces/ });
    await map.getByRole('link').first().waitFor();
    expect(await map.getByRole('link').count()).toBe(43);
    const rates = await api('dataset=demo&platform=tiktok&by=force&measure=rate');
    const cumbria = rates.series.find((s) => s.key === 'cumbria')?.values[2] ?? null;
    const northumbria = rates.series.find((s) => s.key === 'northumbria')?.values[2] ?? null;
    await page.getByRole('tab', { name: 'Map' }).focus();
    await page.keyboard.press('Tab'); // the tab panel
    await page.keyboard.press('Tab'); // the first tile, top left: Cumbria
    const focused = async () => ({
      name: /^- link "(.*)":?$/m.exec(await page.locator(':focus').ariaSnapshot())?.[1] ?? '',
      outline: await page.evaluate<string>(
        '(() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle + " " + s.outlineWidth; })()',
      ),
    });
    expect((await focused()).name).toBe(
      `Cumbria ${oneDp.format(cumbria ?? 0)} crimes per 100,000 residents, 2023/24 (Cumbria Constabulary)`,
    );
    expect((await focused()).outline).toBe('solid 3px');
    await page.keyboard.press('Tab');
    expect((await focused()).name).toBe(
      `Northumbria ${oneDp.format(northumbria ?? 0)} crimes per 100,000 residents, 2023/24 (Northumbria Police)`,
    );
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toBe(`${server.url}/forces/northumbria?dataset=demo`);
  });

  it('shows a refusal on the map and in the table as [x] refused', async () => {
    await page.goto(`${server.url}/forces?dataset=demo&to=2022-03&tab=map`);
    const tile = page.getByRole('link', { name: /^Wilts / });
    await expect.poll(() => tile.textContent()).toContain('[x]');
    expect(await tile.getAttribute('href')).toBe('/forces/wiltshire?dataset=demo&to=2022-03');
    await page.getByRole('tab', { name: 'Table' }).click();
    await expect.poll(async () => (await rows()).get('Wiltshire Police')?.[0]).toBe('[x] refused');
  });

  for (const width of [1440, 375])
    it(`cuts the City of London's bar and keeps every figure clear of the line at ${width}px`, async () => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${server.url}/forces?dataset=demo`);
      const note = page.getByText(/^City of London's bar is cut: /);
      await note.waitFor();
      const rates = await api('dataset=demo&platform=tiktok&by=force&measure=rate');
      const city = rates.series.find((s) => s.key === 'city-of-london')?.values[2] ?? 0;
      expect(await note.textContent()).toContain(
        `its figure, ${oneDp.format(city)} crimes per 100,000 residents`,
      );
      // measured in the page: each figure's box, the line's x, the line's name and the chart's edges
      const drawn = await page.evaluate<{
        labels: { text: string; left: number; right: number; top: number; bottom: number }[];
        line: number;
        name: { left: number; right: number; bottom: number };
        svg: { left: number; right: number };
        firstBar: number;
        broken: number;
      }>(`(() => {
        const figure = document.querySelector('figure');
        const box = (el) => el.getBoundingClientRect();
        const labels = [...figure.querySelectorAll('[data-value-label] text')].map((t) => {
          const b = box(t);
          return { text: t.textContent, left: b.left, right: b.right, top: b.top, bottom: b.bottom };
        });
        const line = box(figure.querySelector('.recharts-reference-line-line'));
        const name = box(figure.querySelector('[data-reference-label]'));
        const svg = box(figure.querySelector('svg.recharts-surface'));
        const bars = [...figure.querySelectorAll('.recharts-bar-rectangle')].map((b) => box(b).top);
        return {
          labels,
          line: line.left + line.width / 2,
          name: { left: name.left, right: name.right, bottom: name.bottom },
          svg: { left: svg.left, right: svg.right },
          firstBar: Math.min(...bars),
          broken: figure.querySelectorAll('[data-broken-bar]').length,
        };
      })()`);
      expect(drawn.broken).toBe(1);
      expect(drawn.labels[0]?.text).toBe(`${oneDp.format(city)} (note)`);
      // every figure inside the chart
      for (const l of drawn.labels) expect(l.right).toBeLessThanOrEqual(drawn.svg.right + 1);
      // where the dashed line crosses a figure, the figure is on top: the line is not what is seen
      const crossed = drawn.labels.filter((l) => l.left < drawn.line && drawn.line < l.right);
      expect(crossed.length).toBeGreaterThan(0);
      // in view, the topmost thing drawn there (skipping the pointer layer, which has no ink)
      const onTop = await page.evaluate<string[]>(`(() => {
        const figure = document.querySelector('figure');
        return [...figure.querySelectorAll('[data-value-label] text')].flatMap((t) => {
          t.scrollIntoView({ block: 'center' });
          const line = figure.querySelector('.recharts-reference-line-line').getBoundingClientRect();
          const x = line.left + line.width / 2;
          const b = t.getBoundingClientRect();
          if (!(b.left < x && x < b.right)) return [];
          const seen = document.elementsFromPoint(x, (b.top + b.bottom) / 2)
            .find((e) => e.closest('svg.recharts-surface') && e.tagName !== 'svg');
          // on top, and on white: its own white ground and a halo painted under the letters
          const ground = t.parentElement.querySelector('rect');
          const clear =
            seen?.closest('[data-value-label]') &&
            getComputedStyle(ground).fill === 'rgb(255, 255, 255)' &&
            getComputedStyle(t).paintOrder.startsWith('stroke');
          return [t.textContent + ': ' + (clear ? 'figure' : 'line')];
        });
      })()`);
      expect(onTop).toEqual(crossed.map((l) => `${l.text}: figure`));
      // the line's name sits above the bars and inside the chart
      expect(drawn.name.bottom).toBeLessThanOrEqual(drawn.firstBar);
      expect(drawn.name.left).toBeGreaterThanOrEqual(drawn.svg.left);
      expect(drawn.name.right).toBeLessThanOrEqual(drawn.svg.right);
    });

  for (const width of [1440, 375])
    it(`writes each force's name on its tile, inside the tile, at ${width}px`, async () => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${server.url}/forces?dataset=demo&tab=map`);
      const map = page.getByRole('list', { name: /^Map of the territorial forces/ });
      await map.getByRole('link').first().waitFor();
      // each tile's words as drawn (hidden words aside), and whether they stay inside the tile
      const tiles = await page.evaluate<{ seen: string; inside: boolean; size: number }[]>(`(() => {
        const links = [...document.querySelectorAll('ul[aria-label^="Map of"] a, a[href^="/forces/btp"]')];
        return links.map((a) => {
          const box = a.getBoundingClientRect();
          const shown = [...a.children].filter((c) => !c.classList.contains('sr-only'));
          const inside = shown.every((c) => {
            const r = c.getBoundingClientRect();
            return r.left >= box.left - 0.5 && r.right <= box.right + 0.5 &&
              r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5 && c.scrollWidth <= c.clientWidth + 1;
          });
          const seen = shown.map((c) => c.textContent).join(' ').replace(/\u00ad/g, '');
          return { seen, inside, size: parseFloat(getComputedStyle(shown[0]).fontSize) };
        });
      })()`);
      expect(tiles).toHaveLength(44);
      const named = new Map(tiles.map((t) => [t.seen.split(' ').slice(0, -1).join(' '), t]));
      for (const name of ['Cumbria', 'Northumbria', 'Notts', 'Northants', 'Thames Valley'])
        expect(named.has(name), name).toBe(true);
      expect(tiles.filter((t) => !t.inside).map((t) => t.seen)).toEqual([]);
      // big enough to read on a phone
      for (const t of tiles) expect(t.size).toBeGreaterThanOrEqual(10);
      await page.screenshot({ path: `screenshots/forces-map-${width}.png`, fullPage: true });
    });

  it('says why each force has no monthly figure, in the table and on the map', async () => {
    await page.goto(`${server.url}/forces?interval=month&tab=table`);
    const shown = await rows();
    const annual = '[x] published only for longer periods, not by month';
    expect(shown.get('Lancashire Constabulary')?.[0]).toBe(annual);
    expect(shown.get('Kent Police')?.[0]).toBe('[x] no published reply');
    await page.getByRole('tab', { name: 'Map' }).click();
    const tile = page.getByRole('link', {
      name: `Lancs ${annual}, Mar 2024 (Lancashire Constabulary)`,
      exact: true,
    });
    await expect.poll(() => tile.count()).toBe(1);
    await expect
      .poll(() => page.getByText('No figure, and why:').locator('xpath=..').textContent())
      .toContain(`${annual}: Lancs, Cleveland, Derbyshire, Cambs, Northants, Herts, Dorset`);
  });

  const EVERY = [
    '/forces',
    '/forces?tab=map',
    '/forces?tab=table',
    '/forces?dataset=demo&tab=map',
    '/forces?dataset=demo&tab=table&measure=count',
    '/forces?dataset=demo&force=kent,lancashire',
    '/forces?dataset=demo',
    '/forces?interval=month&tab=map',
  ];
  // on a phone the same parts reflow: each tab once (with the monthly reasons and a count table),
  // not every variant again (axe takes some seconds over each page of 44 forces)
  const PHONE = [
    '/forces',
    '/forces?interval=month&tab=map',
    '/forces?dataset=demo&tab=table&measure=count',
    '/forces?dataset=demo&force=kent,lancashire',
  ];
  for (const [width, paths] of [
    [1440, EVERY],
    [375, PHONE],
  ] as const)
    it(`has no accessibility violations at ${width}px`, { timeout: 240_000 }, async () => {
      await page.setViewportSize({ width, height: 900 });
      for (const path of paths) {
        await page.goto(`${server.url}${path}`);
        await page.waitForLoadState('networkidle');
        await page.getByRole('figure').first().waitFor();
        await expectAccessible(page, `${path} at ${width}px`);
      }
    });
});
