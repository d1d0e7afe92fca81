import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { CountsResponse } from '../src/shared/contract.ts';
import { encodePack, type PackItem } from '../src/shared/pack.ts';
import { expectAccessible } from './browser.ts';
import { parseCsv } from './office.ts';
import { useSession, type Session } from './session.ts';

/** Briefing tools in the browser: downloads, clipboard, citation, packs, presentation, print, embed. */

let server: Session['server'];
let page: Page;

useSession(
  (s) => {
    ({ server, page } = s);
  },
  { acceptDownloads: true, clipboard: true },
);

const LANCASHIRE = 'TikTok-linked crimes recorded by Lancashire Constabulary, 2021/22 to 2023/24';

async function api<T>(path: string): Promise<T> {
  return (await (await fetch(`${server.url}${path}`)).json()) as T;
}

async function download(figure: Locator, label: string): Promise<{ name: string; body: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    figure.getByRole('button', { name: label }).click(),
  ]);
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { name: file.suggestedFilename(), body: Buffer.concat(chunks) };
}

/** A PNG's size, from its IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** A downloaded CSV's table as records, its `#` lines (what the file says of itself) apart. */
function csvFile(body: Buffer): { about: string[][]; records: Record<string, string>[] } {
  const rows = parseCsv(body.toString('utf8'));
  const about = rows.filter((r) => r[0]?.startsWith('#'));
  const [header = [], ...body_] = rows.filter((r) => !r[0]?.startsWith('#'));
  const records = body_.map((r) =>
    Object.fromEntries(r.map((v, i): [string, string] => [header[i] ?? '', v])),
  );
  return { about, records };
}

const statusText = (figure: Locator) => figure.locator('[data-figure-tools] [role="status"]');

const pack = (...items: PackItem[]) => encodePack({ items });
const THREE: PackItem[] = [
  { path: '/', search: 'version=1&force=lancashire', title: LANCASHIRE },
  {
    path: '/',
    search: 'dataset=demo&version=1&platform=snapchat&force=kent',
    title: 'Snapchat-linked crimes recorded by Kent Police, Apr 2021 to Jun 2024',
  },
  {
    path: '/',
    search: 'dataset=demo&version=1&force=merseyside&by=platform',
    title: 'TikTok-linked crimes recorded by Merseyside Police, Apr 2021 to Jun 2024',
  },
];

describe('downloads', () => {
  it('says in the image that a bar is cut short, as the page does', async () => {
    await page.goto(`${server.url}/forces?dataset=demo`);
    const figure = page.getByRole('figure').first();
    await figure.getByText(/^City of London's bar is cut: /).waitFor();
    const svg = await download(figure, 'Download SVG');
    const words = svg.body
      .toString('utf8')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');
    expect(words).toMatch(
      /City of London(&#39;|'|&apos;)s bar is cut: its figure, 81\.4 crimes per/,
    );
    expect(words).toContain('Its bar is not drawn to scale; its figure is.');
  });

  it('says in the image which figures are a published selection, as the page does above the chart', async () => {
    await page.goto(`${server.url}/offences`);
    const figure = page.getByRole('figure').first();
    await figure.getByText('As published: a selection, with no total').waitFor();
    const svg = await download(figure, 'Download SVG');
    const words = svg.body
      .toString('utf8')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');
    expect(words).toContain('As published: a selection, with no total.');
    expect(words).toMatch(
      /3 forces \(Cambridgeshire Constabulary, Derbyshire Constabulary, Northamptonshire Police\)/,
    );
    expect(words).toContain('these figures do not add up to the crimes recorded');
  });

  it('gives the map, not the ranked bars, from the Map tab, with its key and a link to the map', async () => {
    await page.goto(`${server.url}/forces?dataset=demo&tab=map`);
    const figure = page.getByRole('figure').first();
    await figure.getByRole('list', { name: /^Map of the territorial forces/ }).waitFor();
    const title = (await figure.getAttribute('data-chart-figure')) ?? '';
    const svg = await download(figure, 'Download SVG');
    expect(svg.name).toMatch(/^forces-.*-map\.svg$/);
    const text = svg.body.toString('utf8');
    const words = text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    // the figure's own words around it, as on every chart image
    expect(text).toContain(`>${title}<`);
    expect(words).toContain('Crimes per 100,000 residents in 2023/24');
    expect(words).toContain('Illustrative data: not real figures');
    expect(words).toContain('Source: Illustrative data generated for this dashboard');
    // the map: its tiles with their names and figures, and its key; not the bars
    for (const name of ['Cumbria', 'Notts', 'Northants', 'Kent', '81.4'])
      expect(words).toContain(name);
    expect(words).toContain('20.0 or more');
    expect(words).toContain('Dashed border: a rate from so few residents');
    expect(words).toContain('Not a territorial force');
    expect(text).not.toContain('recharts');
    expect(words).not.toContain("City of London's bar is cut");
    // the link in it, and the citation, open the map again
    expect(text).toContain(
      `Reproduce this map: ${server.url}/forces?dataset=demo&amp;version=1&amp;tab=map`,
    );
    expect(page.url()).toBe(`${server.url}/forces?dataset=demo&tab=map`);
    const width = Number(/<svg[^>]* width="(\d+)"/.exec(text)?.[1]);
    const png = await download(figure, 'Download PNG');
    expect(png.name).toMatch(/-map\.png$/);
    expect(pngSize(png.body).width).toBe(2 * width);
    await figure.getByRole('button', { name: 'Cite this' }).click();
    await expect
      .poll(() => statusText(figure).textContent())
      .toContain(`Available at: ${server.url}/forces?dataset=demo&version=1&tab=map`);
    // still on the map: nothing switched to the chart to draw it
    expect(await figure.getByRole('tab', { name: 'Map' }).getAttribute('aria-selected')).toBe(
      'true',
    );
  });

  it('gives the chart as PNG at 2x, SVG with its words, and CSV with the API numbers', async () => {
    await page.goto(`${server.url}/?force=lancashire`);
    const figure = page.getByRole('figure', { name: LANCASHIRE });
    await expect
      .poll(() => figure.locator('svg.recharts-surface').count(), { timeout: 15_000 })
      .toBe(1);

    const svg = await download(figure, 'Download SVG');
    expect(svg.name).toBe('tiktok-lancashire-2021-22-to-2023-24.svg');
    const text = svg.body.toString('utf8');
    expect(text).toContain(`>${LANCASHIRE}<`);
    expect(text).toContain('Crimes by financial year, Lancashire Constabulary.');
    expect(text).toContain('Source: Huge rise in TikTok crimes in Lancashire');
    expect(text).toContain('All recorded crimes in the selection'); // the legend
    expect(text).toContain('the published offence breakdown sums to 185'); // a caveat
    expect(text).toContain(`Reproduce this chart: ${server.url}/?version=1&amp;force=lancashire`);
    const width = Number(/<svg[^>]* width="(\d+)"/.exec(text)?.[1]);
    const height = Number(/<svg[^>]* height="(\d+)"/.exec(text)?.[1]);
    expect(width).toBeGreaterThan(1000);

    const png = await download(figure, 'Download PNG');
    expect(png.name).toBe('tiktok-lancashire-2021-22-to-2023-24.png');
    expect(pngSize(png.body)).toEqual({ width: 2 * width, height: 2 * height });

    const csv = await download(figure, 'Download CSV');
    expect(csv.name).toBe('tiktok-lancashire-2021-22-to-2023-24.csv');
    expect(csv.body.subarray(0, 3).toString('hex')).toBe('efbbbf');
    // the file says what it is, and holds the API's numbers with their published words
    const file = csvFile(csv.body);
    expect(file.about.find((r) => r[0] === '# Title')?.[1]).toBe(LANCASHIRE);
    expect(file.about.find((r) => r[0] === '# Link')?.[1]).toContain('version=1');
    const counts = await api<CountsResponse>('/api/v1/counts?platform=tiktok&force=lancashire');
    const expected = counts.series.flatMap((s) =>
      counts.periods.map((p, i) => [p.id, s.key, String(s.values[i] ?? '')]),
    );
    expect(file.records.map((r) => [r.period, r.series_key, r.value])).toEqual(expected);
    expect(expected.map((r) => r[2])).toEqual(['71', '66', '98']);
    expect(file.records[0]?.published_wording).toContain('71 offences in 2021');
    await expect.poll(() => statusText(figure).textContent()).toContain('Downloaded');
  });

  it('gives a one-period chart as a CSV of that period only, and a side-by-side chart as both sides', async () => {
    await page.goto(`${server.url}/forces/lancashire?dataset=demo`);
    const rank = page.getByRole('figure', { name: /per 100,000 residents, 2023\/24/ });
    await expect.poll(() => rank.count(), { timeout: 15_000 }).toBe(1);
    const ranked = csvFile((await download(rank, 'Download CSV')).body);
    expect(ranked.about.find((r) => r[0] === '# Illustrative')?.[1]).toMatch(
      /^ILLUSTRATIVE DATA: NOT REAL FIGURES/,
    );
    const rankRows = ranked.records.filter((r) => r.series_key !== 'total');
    const rates = await api<CountsResponse>(
      '/api/v1/counts?dataset=demo&platform=tiktok&by=force&measure=rate&interval=fy&from=2023-04&to=2024-03',
    );
    // the chart ranks 2023/24 alone: the file holds that year, one row per force, the API's rates
    expect(new Set(rankRows.map((r) => r.period))).toEqual(new Set(['2023/24']));
    const lancashire = rankRows.find((r) => r.series_key === 'lancashire');
    expect(lancashire?.value).toBe(
      String(rates.series.find((x) => x.key === 'lancashire')?.values[0]),
    );

    const mix = page.getByRole('figure', {
      name: /by offence group: Lancashire Constabulary beside/,
    });
    const sides = csvFile((await download(mix, 'Download CSV')).body);
    const keys = sides.records.map((r) => r.series_key);
    expect(keys).toContain('violence-against-the-person@lancashire');
    expect(keys).toContain('violence-against-the-person@england-and-wales');
    // and it is drawn, so it downloads as an image like every chart
    const image = await download(mix, 'Download PNG');
    expect(pngSize(image.body).width).toBeGreaterThan(1000);
  });

  it('draws the illustrative notice into the image of demonstration figures, from the Table tab', async () => {
    await page.goto(`${server.url}/?dataset=demo&by=platform&platform=all&tab=table`);
    const figure = page.getByRole('figure').first();
    await expect.poll(() => figure.getByRole('table').count(), { timeout: 15_000 }).toBe(1);
    const svg = await download(figure, 'Download SVG');
    expect(svg.name).toMatch(/^all-platforms-england-and-wales-by-platform-.*-illustrative\.svg$/);
    expect(svg.body.toString('utf8')).toContain('Illustrative data: not real figures.');
    // the chart was drawn for the image
    expect(page.url()).not.toContain('tab=table');
  });
});

describe('copy and cite', () => {
  it('copies a published series figure as a table: both figures where sources disagree, each source in its notes', async () => {
    await page.goto(`${server.url}/platforms`);
    const figure = page.getByRole('figure', { name: /^Platforms named in grooming offences/ });
    await figure.getByRole('button', { name: 'Copy data as a table' }).click();
    await expect.poll(() => statusText(figure).textContent()).toContain('Copied the data');
    const text = String(await page.evaluate('navigator.clipboard.readText()'));
    expect(text).toContain('Snapchat\t48\t40');
    expect(text).toContain('Facebook and Messenger (one figure for them together)\t10 or 12\t[x]');
    expect(text).toMatch(/2023\/24 \(% of 1,824 offences with the platform recorded\)/);
    expect(text).toMatch(/Facebook and Messenger.*2023\/24: 12%\. Source: ITV/);
  });

  it('copies the data as an HTML table and tab-separated text, and gives a pinned citation', async () => {
    await page.goto(`${server.url}/?force=lancashire`);
    const figure = page.getByRole('figure', { name: LANCASHIRE });
    await figure.getByRole('button', { name: 'Copy data as a table' }).click();
    await expect.poll(() => statusText(figure).textContent()).toContain('Copied the data');
    const clip = await page.evaluate<Record<string, string>>(`(async () => {
      const out = {};
      for (const item of await navigator.clipboard.read())
        for (const type of item.types) out[type] = await (await item.getType(type)).text();
      return out;
    })()`);
    expect(clip['text/html']).toContain('<table><caption>TikTok-linked crimes recorded by');
    expect(clip['text/html']).toContain('<td>71</td><td>66</td><td>98</td>');
    expect(clip['text/plain']).toContain(
      'Crimes\t2021/22\t2022/23\t2023/24\r\nAll recorded crimes in the selection\t71\t66\t98',
    );

    await figure.getByRole('button', { name: 'Cite this' }).click();
    await expect.poll(() => statusText(figure).textContent()).toContain('Citation copied');
    const citation = String(await page.evaluate('navigator.clipboard.readText()'));
    expect(citation).toMatch(
      new RegExp(
        `^Social media crime dashboard \\(\\d{4}\\) ‘${LANCASHIRE.replace(/[/()]/g, '\\$&')}’ \\[chart\\]\\. Dataset: Published figures: TikTok-linked crime, 2024 FOI request, version 1 \\(\\d+ \\w+ \\d{4}\\)\\. Available at: ${server.url.replace(/[.]/g, '\\.')}/\\?version=1&force=lancashire \\(accessed \\d+ \\w+ \\d{4}\\)\\.$`,
      ),
    );
    expect(await statusText(figure).textContent()).toContain(citation);
    await expectAccessible(page, 'overview with a citation');
  });

  it('copies a link to these exact figures, pinned to the version', async () => {
    await page.goto(`${server.url}/?force=lancashire&tab=table`);
    await page.getByRole('button', { name: 'Link to these exact figures' }).click();
    await expect
      .poll(() => page.evaluate('navigator.clipboard.readText()'))
      .toBe(`${server.url}/?version=1&force=lancashire&tab=table`);
  });
});

describe('briefing packs', () => {
  it('adds charts from views, reorders and removes them, and keeps the pack across a reload', async () => {
    await page.goto(`${server.url}/?force=lancashire`);
    const lancashire = page.getByRole('figure', { name: LANCASHIRE });
    await lancashire.getByRole('button', { name: 'Add to briefing' }).click();
    await expect
      .poll(() => statusText(lancashire).textContent())
      .toContain('Added to the briefing pack (1 chart), pinned to version 1');
    await page.goto(`${server.url}/?dataset=demo&force=kent&platform=snapchat`);
    const kent = page.getByRole('figure').first();
    await kent.getByRole('button', { name: 'Add to briefing' }).click();
    await expect.poll(() => statusText(kent).textContent()).toContain('(2 charts)');
    await statusText(kent).getByRole('link', { name: 'Open the briefing pack' }).click();

    await expect.poll(() => page.url()).toContain('/briefing?pack=p1.');
    const list = page
      .getByRole('list')
      .filter({ has: page.getByRole('button', { name: /^Move up/ }) });
    const titles = () => list.locator('li p.font-bold').allTextContents();
    await expect
      .poll(titles)
      .toEqual([
        `1. ${LANCASHIRE}`,
        '2. Snapchat-linked crimes recorded by Kent Police, Apr 2021 to Jun 2024',
      ]);
    expect(await list.getByText('figures pinned to version 1').count()).toBe(2);
    await expect.poll(() => page.getByRole('article').count()).toBe(2);
    await expect
      .poll(() => page.getByRole('article').first().getByRole('figure').count(), {
        timeout: 15_000,
      })
      .toBe(1);
    await expectAccessible(page, 'briefing pack');

    await page.getByRole('button', { name: `Move down: ${LANCASHIRE}` }).click();
    await expect
      .poll(titles)
      .toEqual([
        '1. Snapchat-linked crimes recorded by Kent Police, Apr 2021 to Jun 2024',
        `2. ${LANCASHIRE}`,
      ]);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Moved' }).textContent())
      .toContain('it is now chart 2 of 2');
    // focus follows the chart moved, so the keyboard can keep moving it
    expect(await page.evaluate('document.activeElement?.getAttribute("aria-label")')).toBe(
      `Move up: ${LANCASHIRE}`,
    );
    const link = page.url();
    await page.reload();
    await expect
      .poll(titles)
      .toEqual([
        '1. Snapchat-linked crimes recorded by Kent Police, Apr 2021 to Jun 2024',
        `2. ${LANCASHIRE}`,
      ]);
    expect(page.url()).toBe(link);

    await page.getByRole('button', { name: `Remove: ${LANCASHIRE}` }).click();
    await expect
      .poll(titles)
      .toEqual(['1. Snapchat-linked crimes recorded by Kent Police, Apr 2021 to Jun 2024']);
    // the pack being built is kept in the browser: /briefing alone opens it
    await page.goto(`${server.url}/briefing`);
    await expect.poll(titles).toHaveLength(1);
    expect(page.url()).toContain('pack=p1.');
  });

  it('presents a three-chart pack from its link, by keyboard', async () => {
    await page.goto(`${server.url}/briefing?pack=${pack(...THREE)}&present=1`);
    const position = page.getByRole('navigation', { name: 'Presentation' }).getByRole('status');
    const heading = (name: string) => page.getByRole('heading', { name, level: 2 });
    await expect.poll(() => position.textContent()).toBe(`1 of 3: ${LANCASHIRE}`);
    await expect.poll(() => heading(LANCASHIRE).isVisible(), { timeout: 15_000 }).toBe(true);
    // no navigation, filters or footer; the key figure large; the source kept
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Filters' }).count()).toBe(0);
    expect(await page.locator('footer').count()).toBe(0);
    await expect
      .poll(() => page.locator('[data-key-figure]:visible').textContent())
      .toContain('98');
    expect(await page.locator('figcaption:visible').textContent()).toContain('Source');
    await expectAccessible(page, 'pack presentation');

    await page.keyboard.press('ArrowRight');
    await expect.poll(() => position.textContent()).toContain('2 of 3');
    await expect.poll(() => page.url()).toContain('slide=2');
    await expect
      .poll(() => heading(THREE[1]?.title ?? '').isVisible(), { timeout: 15_000 })
      .toBe(true);
    expect(await heading(LANCASHIRE).isVisible()).toBe(false);
    await page.keyboard.press('PageDown');
    await expect.poll(() => position.textContent()).toContain('3 of 3');
    await expect
      .poll(() => heading(THREE[2]?.title ?? '').isVisible(), { timeout: 15_000 })
      .toBe(true);
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(200);
    expect(await position.textContent()).toContain('3 of 3');
    await page.keyboard.press('PageUp');
    await expect.poll(() => position.textContent()).toContain('2 of 3');
    await page.keyboard.press('Home');
    await expect.poll(() => position.textContent()).toContain('1 of 3');

    await page.keyboard.press('Escape');
    await expect.poll(() => page.url()).not.toContain('present=1');
    await expect
      .poll(() => page.getByRole('heading', { name: 'Briefing pack', level: 1 }).isVisible())
      .toBe(true);
  });

  it('prints a pack on landscape A4, one chart to a page, with no controls', async () => {
    await page.goto(`${server.url}/briefing?pack=${pack(...THREE)}`);
    await expect
      .poll(() => page.locator('.pack-page figure[data-stage-focus]').count(), { timeout: 20_000 })
      .toBe(3);
    await page.emulateMedia({ media: 'print' });
    for (const button of await page.getByRole('button').all())
      expect(await button.isVisible(), (await button.textContent()) ?? '').toBe(false);
    expect(await page.getByRole('tablist').first().isVisible()).toBe(false);
    const pages = page.locator('.pack-page');
    for (const [i, item] of THREE.entries()) {
      const one = pages.nth(i);
      expect(await one.getByRole('heading', { name: item.title }).isVisible()).toBe(true);
      expect(await one.locator('figcaption').textContent()).toContain('Source');
      expect(await one.textContent()).toContain(
        `This chart: ${server.url}${item.path}?${item.search}`,
      );
      expect(await one.textContent()).toMatch(/Drawn on \d+ \w+ \d{4}/);
    }
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const text = pdf.toString('latin1');
    expect(text.match(/\/Type\s*\/Page\b/g)).toHaveLength(3);
    // A4 landscape: 842 by 595 points
    expect(text).toMatch(/\/MediaBox\s*\[\s*0 0 841\.9\d* 59[45]\.\d+\s*\]/);
  });

  it('keeps a chart whose caveats are long to its one page', async () => {
    // the published figures for all forces: 39 forces missing, each with a reason
    const long: PackItem[] = [
      {
        path: '/',
        search: 'version=1',
        title:
          'TikTok-linked crimes recorded by the 5 forces that published figures, 2021/22 to 2023/24',
      },
      {
        path: '/forces',
        search: 'version=1',
        title: 'TikTok-linked crimes per 100,000 residents by police force, 2023/24',
      },
    ];
    await page.goto(`${server.url}/briefing?pack=${pack(...long)}`);
    await expect
      .poll(() => page.locator('.pack-page figure[data-stage-focus]').count(), { timeout: 20_000 })
      .toBe(2);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)).toHaveLength(2);
    await page.emulateMedia({ media: 'screen' });
  });

  it('says what in a pack link could not be read, and shows the rest', async () => {
    const good = pack(THREE[0]!);
    await page.goto(`${server.url}/briefing?pack=${good.slice(0, -6)}`);
    await expect
      .poll(() =>
        page.getByRole('status').filter({ hasText: 'Part of this pack could not be read' }).count(),
      )
      .toBe(1);
  });
});

describe('presenting a view', () => {
  it('presents the view full screen and Escape goes back to where the reader was', async () => {
    await page.goto(`${server.url}/?force=lancashire`);
    await expect
      .poll(() => page.locator('svg.recharts-surface').count(), { timeout: 15_000 })
      .toBe(1);
    // by keyboard, from the button
    await page.getByRole('button', { name: 'Present' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toBe(`${server.url}/?force=lancashire&present=1`);
    await expect.poll(() => page.getByRole('heading', { name: LANCASHIRE }).isVisible()).toBe(true);
    // the view's other content is not on the slide (the chart's heading is on both: wait for the slide)
    await expect
      .poll(() => page.getByRole('heading', { name: /Headline figures/ }).isVisible())
      .toBe(false);
    expect(await page.getByRole('button', { name: 'Download PNG' }).count()).toBe(0);
    await expect.poll(() => page.locator('[data-key-figure]').textContent()).toContain('98');
    await expectAccessible(page, 'a view presented');
    await page.screenshot({ path: 'screenshots/briefing-present-view.png' });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.url()).toBe(`${server.url}/?force=lancashire`);
    await expect.poll(() => page.evaluate('document.activeElement?.textContent')).toBe('Present');
  });

  it('prints a view with no controls, with where its figures came from', async () => {
    await page.goto(`${server.url}/?force=lancashire`);
    await expect
      .poll(() => page.locator('svg.recharts-surface').count(), { timeout: 15_000 })
      .toBe(1);
    // Print draws the charts at the paper's width (A4 portrait: 180 mm, 680 px) before printing
    await page.evaluate(
      `window.print = () => { window.printedAt = document.querySelector('svg.recharts-surface').getAttribute('width'); }`,
    );
    await page.getByRole('button', { name: 'Print', exact: true }).click();
    await expect.poll(() => page.evaluate('window.printedAt')).toBe('680');
    await page.emulateMedia({ media: 'print' });
    for (const button of await page.getByRole('button').all())
      expect(await button.isVisible(), (await button.textContent()) ?? '').toBe(false);
    expect(await page.getByRole('navigation').first().isVisible()).toBe(false);
    const printed = page.getByText(/^Figures from .*, version 1 \(loaded/);
    expect(await printed.isVisible()).toBe(true);
    expect(await printed.textContent()).toContain(
      `These exact figures: ${server.url}/?version=1&force=lancashire`,
    );
  });
});

describe('embedding', () => {
  it('gives the code for each figure, and the code frames that figure, pinned to its version', async () => {
    await page.goto(`${server.url}/forces?dataset=demo&force=kent,lancashire&tab=map`);
    const figures = page.getByRole('figure');
    await expect.poll(() => figures.count(), { timeout: 15_000 }).toBe(2);
    // the second figure: the chosen forces' trends
    const trend = figures.nth(1);
    const trendTitle = (await trend.getAttribute('data-chart-figure')) ?? '';
    await trend.getByRole('button', { name: 'Embed' }).click();
    const code = trend.getByRole('textbox', { name: 'Code to embed this chart' });
    const snippet = await code.inputValue();
    expect(snippet).toMatch(/^<iframe src="[^"]+" title="[^"]+" width="\d+" height="\d+"/);
    const src = (/src="([^"]+)"/.exec(snippet)?.[1] ?? '').replace(/&amp;/g, '&');
    expect(src).toBe(
      `${server.url}/forces?dataset=demo&version=1&force=kent,lancashire&embed=1&slide=2`,
    );
    expect(snippet).toContain(`title="${trendTitle}"`);
    await trend.getByRole('button', { name: 'Copy the code' }).click();
    await expect.poll(() => page.evaluate('navigator.clipboard.readText()')).toBe(snippet);
    // the first figure, on its Map tab: the map is what is framed
    await figures.first().getByRole('button', { name: 'Embed' }).click();
    const mapSnippet = await figures
      .first()
      .getByRole('textbox', { name: 'Code to embed this chart' })
      .inputValue();
    expect(mapSnippet).toContain(
      `src="${server.url}/forces?dataset=demo&amp;version=1&amp;force=kent,lancashire&amp;tab=map&amp;embed=1"`,
    );
    await expectAccessible(page, 'forces with the embed code open');

    // the code's address, framed: that figure alone
    await page.setViewportSize({ width: 720, height: 640 });
    await page.goto(src);
    await expect
      .poll(() => page.getByRole('heading', { name: trendTitle }).isVisible(), { timeout: 15_000 })
      .toBe(true);
    expect(await page.locator('figure:visible').count()).toBe(1);
  });

  it('opens every link inside an embedded view in a new tab, and says so', async () => {
    await page.goto(`${server.url}/forces?dataset=demo&tab=map&embed=1`);
    const tile = page.getByRole('link', { name: /^Kent 7\.4 / });
    await tile.waitFor({ timeout: 15_000 });
    // every link: a new tab, no opener, and words that say so to a screen reader
    const links = await page.evaluate<
      { href: string; target: string; rel: string; says: string }[]
    >(
      `[...document.querySelectorAll('main a[href]')].map((a) => ({
        href: a.getAttribute('href'),
        target: a.target,
        rel: a.rel,
        says: [...(a.getAttribute('aria-describedby') ?? '').split(' ')]
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' ') + (a.querySelector('.sr-only')?.textContent ?? ''),
      }))`,
    );
    expect(links.length).toBeGreaterThan(44);
    for (const link of links) {
      expect(link.target, link.href).toBe('_blank');
      expect(link.rel, link.href).toContain('noopener');
      expect(link.says.toLowerCase(), link.href).toContain('opens in a new tab');
    }
    // a tile opens the force's profile in a new tab; the frame stays on its chart
    const framed = page.url();
    const [opened] = await Promise.all([page.context().waitForEvent('page'), tile.click()]);
    await opened.waitForLoadState();
    expect(opened.url()).toBe(`${server.url}/forces/kent?dataset=demo`);
    expect(page.url()).toBe(framed);
    await opened.close();
    // a link drawn after the frame opened (the Table tab's) opens a new tab too
    await page.getByRole('tab', { name: 'Table' }).click();
    const row = page.getByRole('link', { name: 'Kent Police' });
    await row.waitFor({ timeout: 15_000 });
    expect(await row.getAttribute('target')).toBe('_blank');
    await expectAccessible(page, 'embedded map');
  });

  it('renders the view’s first chart alone, with a link back, and may be framed', async () => {
    const res = await fetch(`${server.url}/?dataset=demo&by=platform&embed=1`);
    expect(res.headers.get('Content-Security-Policy')).toContain('frame-ancestors *');
    await page.setViewportSize({ width: 640, height: 600 });
    await page.goto(`${server.url}/?dataset=demo&by=platform&embed=1`);
    const figure = page.getByRole('figure');
    await expect
      .poll(() => figure.locator('svg.recharts-surface').count(), { timeout: 15_000 })
      .toBe(1);
    expect(await page.locator('figure:visible').count()).toBe(1);
    expect(await page.locator('header').count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Filters' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: /Headline figures/ }).isVisible()).toBe(false);
    expect(await figure.getByText('Illustrative data: not real figures').isVisible()).toBe(true);
    expect(await figure.locator('figcaption').textContent()).toContain('Source');
    const back = page.getByRole('link', {
      name: /See this chart in the Social media crime dashboard/,
    });
    expect(await back.getAttribute('href')).toBe(`${server.url}/?dataset=demo&by=platform`);
    // sized to its frame
    const box = await figure.boundingBox();
    expect(box?.width).toBeLessThanOrEqual(640);
    expect(
      await page.evaluate('document.documentElement.scrollWidth').then(Number),
    ).toBeLessThanOrEqual(640);
    // and to its height: the whole figure and the link back show without scrolling the frame
    await expect
      .poll(() => page.evaluate('document.documentElement.scrollHeight').then(Number))
      .toBeLessThanOrEqual(600);
    const link = await back.boundingBox();
    expect((link?.y ?? Infinity) + (link?.height ?? 0)).toBeLessThanOrEqual(600);
    await expectAccessible(page, 'embedded chart');
  });
});
