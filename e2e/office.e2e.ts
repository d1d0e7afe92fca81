import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CountsResponseSchema, type CountsResponse } from '../src/shared/contract.ts';
import { decodePack, encodePack, type Pack } from '../src/shared/pack.ts';
import { sheetsAsCsv, slidesAsText } from './office.ts';
import { startServer, type RunningServer } from './server.ts';
import { useSession, type Session } from './session.ts';

/**
 * A briefing pack in the formats briefings are made of: its slides and spreadsheets downloaded in the
 * browser and opened by LibreOffice (once each), its commentary carried by its link.
 */

let server: Session['server'];
let page: Page;
let browser: Session['browser'];

useSession(
  (s) => {
    ({ server, page, browser } = s);
  },
  { acceptDownloads: true },
);

const NOTE = 'Lancashire’s figures rose in 2023/24: say that 36 forces published nothing.';
const REPORTED: Pack = {
  title: 'TikTok and crime: briefing for the minister',
  items: [
    {
      path: '/',
      search: 'version=1&force=lancashire',
      title: 'TikTok-linked crimes recorded by Lancashire Constabulary, 2021/22 to 2023/24',
      note: NOTE,
    },
    {
      path: '/',
      search: 'version=1&force=dorset',
      title: 'TikTok-linked crimes recorded by Dorset Police, 2021/22 to 2023/24',
    },
    {
      path: '/',
      search: 'version=1&force=hertfordshire',
      title: 'TikTok-linked crimes recorded by Hertfordshire Constabulary, 2021/22 to 2023/24',
    },
  ],
};
const DEMO: Pack = {
  items: [
    {
      path: '/',
      search: 'dataset=demo&version=1&platform=snapchat&force=kent',
      title: 'Snapchat-linked crimes recorded by Kent Police, Apr 2021 to Jun 2024',
    },
    {
      path: '/',
      search: 'dataset=demo&version=1&platform=tiktok&force=merseyside&by=platform',
      title: 'TikTok-linked crimes recorded by Merseyside Police, Apr 2021 to Jun 2024',
    },
    { path: '/forces', search: 'dataset=demo&version=1', title: 'Forces' },
    { path: '/forces', search: 'dataset=demo&version=1&tab=map', title: 'Forces on a map' },
  ],
};

async function counts(search: string, base = server.url): Promise<CountsResponse> {
  const res = await fetch(`${base}/api/v1/counts?${search}`);
  return CountsResponseSchema.parse(await res.json());
}

async function openPack(pack: Pack, on: Page = page, base = server.url): Promise<string[]> {
  await on.goto(`${base}/briefing?pack=${encodePack(pack)}`);
  const figures = on.locator('.pack-page figure[data-stage-focus]');
  await expect.poll(() => figures.count(), { timeout: 20_000 }).toBe(pack.items.length);
  await expect
    .poll(() => on.locator('.pack-page figure[aria-busy="true"]').count(), { timeout: 20_000 })
    .toBe(0);
  return figures.locator('h2').allTextContents();
}

async function download(
  on: Page | Locator,
  label: string,
): Promise<{ name: string; body: Buffer }> {
  const tab = 'goto' in on ? on : on.page();
  const [file] = await Promise.all([
    tab.waitForEvent('download', { timeout: 30_000 }),
    on.getByRole('button', { name: label, exact: true }).click(),
  ]);
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  return { name: file.suggestedFilename(), body: Buffer.concat(chunks) };
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The figures a chart's table shows on its slide, from the API's answer, as the slide writes them. */
function figuresOf(r: CountsResponse): string[] {
  return r.series.flatMap((s) =>
    s.values.map((v, i) =>
      v === null ? (s.suppressed[i] ? '[c]' : '[x]') : v.toLocaleString('en-GB'),
    ),
  );
}

describe('a briefing pack as slides', () => {
  it('downloads a deck LibreOffice opens: a title slide, then each chart with its figures, source and note', async () => {
    const titles = await openPack(REPORTED);
    const sources = await page
      .locator('.pack-page figure[data-stage-focus] figcaption')
      .allTextContents();
    const deck = await download(page, 'Download slides');
    expect(deck.name).toBe(
      'briefing-pack-tiktok-and-crime-briefing-for-the-minister-3-charts.pptx',
    );

    const parts = unzipSync(new Uint8Array(deck.body));
    const xml = (name: string) => strFromU8(parts[name] ?? new Uint8Array());
    for (const n of [2, 3, 4]) {
      const slide = xml(`ppt/slides/slide${n}.xml`);
      // a native chart, described for a screen reader
      expect(slide).toMatch(
        /<p:graphicFrame>\s*<p:nvGraphicFramePr>\s*<p:cNvPr [^>]*descr="Line chart: [^"]+"/,
      );
    }
    const charts = Object.keys(parts).filter((k) => /^ppt\/charts\/chart\d+\.xml$/.test(k));
    expect(charts.map((k) => xml(k).includes('<c:lineChart>'))).toEqual([true, true, true]);

    const pages = slidesAsText(deck.body);
    expect(pages).toHaveLength(4);
    expect(pages[0]).toContain(REPORTED.title);
    for (const [i, item] of REPORTED.items.entries()) {
      const text = pages[i + 1] ?? '';
      expect(text).toContain(titles[i]);
      expect(text).toContain(squash(sources[i] ?? '').slice(0, 60));
      expect(text).toContain('version 1');
      for (const figure of figuresOf(await counts(item.search))) expect(text).toContain(figure);
      expect(text).not.toContain('Illustrative');
    }
    expect(pages[1]).toContain(NOTE);

    // typed at speed, a note reaches the link whole (the box does not follow the address key by key)
    const typed = 'Dorset published every year: no caveat needed.';
    await page.getByRole('textbox', { name: /^Note under chart 2/ }).pressSequentially(typed);
    await expect
      .poll(
        () => decodePack(new URL(page.url()).searchParams.get('pack') ?? '').pack.items[1]?.note,
      )
      .toBe(typed);
  });

  it('labels every slide of a demo pack as illustrative, names every force on a ranked chart, and puts every figure on a slide', async () => {
    const titles = await openPack(DEMO);
    const deck = await download(page, 'Download slides');
    expect(deck.name).toMatch(/-illustrative\.pptx$/);
    const pages = slidesAsText(deck.body);
    for (const text of pages) expect(text).toContain('Illustrative data: not real figures');
    // a slide a chart, in the pack's order; a chart with no room for its figures beside it is
    // followed by slides of them, under its title, with its source, version and link
    const continued = pages.map((text) => text.includes(': figures (continued'));
    const charts = pages.flatMap((_, i) => (i > 0 && !continued[i] ? [i] : []));
    expect(charts).toHaveLength(DEMO.items.length);
    for (const [i, title] of titles.entries()) expect(pages[charts[i] ?? -1]).toContain(title);
    for (const i of [0, 1]) {
      const item = DEMO.items[i];
      if (!item) continue;
      for (const figure of figuresOf(await counts(item.search)))
        expect(pages[charts[i] ?? -1]).toContain(figure);
    }

    // the forces' rates in the latest full year, as the forces view draws them (bars and map): its
    // platform is TikTok where the link names none
    const rates = await counts('dataset=demo&version=1&platform=tiktok&by=force&measure=rate');
    const latest = rates.periods.findLastIndex((p) => !p.partial);
    expect(rates.series).toHaveLength(44);
    const rows = rates.series.map((s) => {
      const v = s.values[latest] ?? null;
      const figure =
        v === null
          ? s.suppressed[latest]
            ? '[c]'
            : '[x]'
          : v.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
      return { name: s.label, figure };
    });
    // the ranked chart names every force on its axis, not every other one
    const ranked = pages[charts[2] ?? -1] ?? '';
    for (const { name } of rows) expect(ranked, name).toContain(name);
    // drawn to full scale, so the page's words about its cut bar do not belong on it
    expect(ranked).not.toMatch(/bar is cut/);
    // the bars' and the map's figures, each on a slide after its chart, every force with its figure
    for (const [n, item] of [
      [2, DEMO.items[2]],
      [3, DEMO.items[3]],
    ] as const) {
      const start = (charts[n] ?? 0) + 1;
      const end = charts[n + 1] ?? pages.length;
      const after = pages.slice(start, end);
      expect(after.length, item?.title).toBeGreaterThan(0);
      const text = after.join(' ');
      for (const { name, figure } of rows) expect(text, name).toContain(`${name} ${figure}`);
      for (const slide of after) {
        expect(slide).toContain(`${titles[n] ?? ''}: figures (continued`);
        expect(slide).toContain('version 1');
        expect(slide).toContain(`forces?dataset=demo&version=1`);
      }
    }
  });
});

describe('one chart', () => {
  it('downloads as a slide with a native chart and as a spreadsheet, named from its filters', async () => {
    await page.goto(`${server.url}/?force=lancashire&version=1`);
    const figure = page.getByRole('figure').first();
    await figure.locator('[data-chart-kind]').waitFor({ timeout: 20_000 });
    const slide = await download(figure, 'Download slides');
    expect(slide.name).toBe('tiktok-lancashire-2021-22-to-2023-24.pptx');
    const parts = unzipSync(new Uint8Array(slide.body));
    expect(Object.keys(parts).filter((k) => /^ppt\/slides\/slide\d+\.xml$/.test(k))).toHaveLength(
      1,
    );
    expect(strFromU8(parts['ppt/slides/slide1.xml'] ?? new Uint8Array())).toMatch(
      /descr="Line chart: TikTok-linked crimes recorded by Lancashire Constabulary/,
    );
    const book = await download(figure, 'Download spreadsheet (.xlsx)');
    expect(book.name).toBe('tiktok-lancashire-2021-22-to-2023-24.xlsx');
    const workbook = strFromU8(
      unzipSync(new Uint8Array(book.body))['xl/workbook.xml'] ?? new Uint8Array(),
    );
    const sheets = [...workbook.matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(sheets.slice(0, 3)).toEqual(['Cover_sheet', 'Contents', 'Notes']);
    // a name that says what the sheet holds, within Excel's 31 characters
    expect(sheets[3]).toMatch(/^Table_1_tiktok_linked_crimes/);
    expect(sheets[3]?.length).toBeLessThanOrEqual(31);
  });
});

describe('a briefing pack as a spreadsheet, and its commentary', () => {
  it('keeps its commentary in a fresh browser, in Present and print, and in both spreadsheets', async () => {
    // a fresh browser: nothing kept from the page that made the link
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    try {
      const fresh = await context.newPage();
      const titles = await openPack(REPORTED, fresh);
      expect(await fresh.getByRole('textbox', { name: /^Title of the pack/ }).inputValue()).toBe(
        REPORTED.title,
      );
      expect(await fresh.getByRole('textbox', { name: /^Note under chart 1/ }).inputValue()).toBe(
        NOTE,
      );
      await fresh.emulateMedia({ media: 'print' });
      expect(await fresh.locator('.pack-page').first().getByText(NOTE).isVisible()).toBe(true);
      await fresh.emulateMedia({ media: 'screen' });

      const books = [await download(fresh, 'Download spreadsheet (.xlsx)')];
      books.push(await download(fresh, 'Download spreadsheet (.ods)'));
      expect(books.map((b) => b.name)).toEqual([
        'briefing-pack-tiktok-and-crime-briefing-for-the-minister-3-charts.xlsx',
        'briefing-pack-tiktok-and-crime-briefing-for-the-minister-3-charts.ods',
      ]);
      const answers = await Promise.all(REPORTED.items.map((item) => counts(item.search)));
      for (const [book, extension] of [
        [books[0], 'xlsx'],
        [books[1], 'ods'],
      ] as const) {
        const sheets = sheetsAsCsv(book?.body ?? Buffer.alloc(0), extension);
        const names = [...sheets.keys()];
        expect(names).toEqual(expect.arrayContaining(['Cover_sheet', 'Contents', 'Notes']));
        expect(sheets.get('Cover_sheet')?.flat().join('\n')).toContain(REPORTED.title);
        expect(sheets.get('Notes')?.flat().join('\n')).toContain(NOTE);
        const tables = names.filter((n) => n.startsWith('Table_'));
        expect(tables).toHaveLength(3);
        for (const [i, name] of tables.entries()) {
          const rows = sheets.get(name) ?? [];
          expect(rows[0]?.[0]).toBe(titles[i]);
          const r = answers[i];
          if (!r) throw new Error('no answer');
          const header = rows.findIndex((row) => row[1]?.startsWith(`${r.periods[0]?.label} (`));
          expect(header, name).toBeGreaterThan(0);
          const table = rows.slice(header + 1).filter((row) => row.some((c) => c !== ''));
          // no blank rows or cells inside the table
          expect(rows.slice(header + 1).every((row) => row.every((c) => c !== ''))).toBe(true);
          for (const s of r.series) {
            const row = table.find((t) => t[0] === s.label);
            expect(row?.slice(1), `${name}: ${s.label}`).toEqual(
              s.values.map((v, j) => (v === null ? (s.suppressed[j] ? '[c]' : '[x]') : String(v))),
            );
          }
        }
      }

      await fresh.getByRole('button', { name: 'Present the pack' }).click();
      await expect.poll(() => fresh.getByText(NOTE).isVisible(), { timeout: 15_000 }).toBe(true);
    } finally {
      await context.close();
    }
  });
});

describe('figures a force suppressed, in both spreadsheets', () => {
  // a server of its own, holding a force's FOI return with a figure it suppressed (".."), loaded as
  // a data manager loads one, in a dataset of its own
  let returns: RunningServer | undefined;
  beforeAll(async () => {
    const root = resolve(import.meta.dirname, '..');
    returns = await startServer({
      prepare: (db) => {
        execFileSync(
          process.execPath,
          [
            '--import',
            'tsx',
            'scripts/import.ts',
            'src/server/import/fixtures/lancashire-1252.csv',
            '--dataset',
            'returns',
            '--new-dataset',
            '--source',
            'Lancashire Constabulary FOI return',
            '--date',
            '2024-07-01',
          ],
          { cwd: root, env: { ...process.env, DB_PATH: db }, stdio: 'pipe', timeout: 60_000 },
        );
      },
    });
  });
  afterAll(async () => {
    await returns?.stop();
  });

  it('writes [c] for a withheld figure, and keeps a figure that includes one a number, marked [c] beside it', async () => {
    const base = returns?.url ?? '';
    const pack: Pack = {
      items: [
        {
          path: '/outcomes',
          search: 'dataset=returns&version=1&interval=month',
          title: 'Outcomes recorded by Lancashire Constabulary',
        },
      ],
    };
    await openPack(pack, page, base);
    const xlsx = await download(page, 'Download spreadsheet (.xlsx)');
    const ods = await download(page, 'Download spreadsheet (.ods)');
    // the outcomes view's platform is TikTok where the link names none
    const r = await counts(
      'dataset=returns&version=1&platform=tiktok&interval=month&by=outcomeGroup',
      base,
    );
    const rows = [
      ...r.series.map((s) => ({ label: s.label, values: s.values, suppressed: s.suppressed })),
      { label: 'Total', values: r.totals.values, suppressed: r.totals.suppressed },
    ];
    // the return has both: a figure withheld, and a total that includes it
    expect(rows.some((row) => row.values.some((v, i) => v === null && row.suppressed[i]))).toBe(
      true,
    );
    expect(rows.some((row) => row.values.some((v, i) => v !== null && row.suppressed[i]))).toBe(
      true,
    );

    // numbers are stored as numbers in the .xlsx, suppressed parts or not
    const sheet = strFromU8(
      unzipSync(new Uint8Array(xlsx.body))['xl/worksheets/sheet4.xml'] ?? new Uint8Array(),
    );
    const xmlRow = (label: string) =>
      [...sheet.matchAll(/<row r="\d+">(.*?)<\/row>/g)].find((m) =>
        m[1]?.includes(`>${label.replace(/&/g, '&amp;')}<`),
      )?.[1] ?? '';

    for (const [book, extension] of [
      [xlsx, 'xlsx'],
      [ods, 'ods'],
    ] as const) {
      const sheets = sheetsAsCsv(book.body, extension);
      const name = [...sheets.keys()].find((n) => n.startsWith('Table_1')) ?? '';
      const table = sheets.get(name) ?? [];
      const headerAt = table.findIndex((row) => row[0] === 'Outcome group');
      expect(headerAt, name).toBeGreaterThan(0);
      const header = table[headerAt] ?? [];
      let checked = 0;
      for (const row of rows) {
        const cells = table.slice(headerAt + 1).find((t) => t[0] === row.label) ?? [];
        r.periods.forEach((p, i) => {
          const at = header.indexOf(`${p.label} (${r.unit})`);
          if (at < 0) return; // a period the view does not draw
          const v = row.values[i] ?? null;
          const suppressed = row.suppressed[i] ?? false;
          if (v === null)
            expect(cells[at], `${row.label}, ${p.label}`).toBe(suppressed ? '[c]' : '[x]');
          else expect(cells[at], `${row.label}, ${p.label}`).toBe(String(v));
          if (v === null || !suppressed) return;
          // the marker in the column after the figure, which says what it marks
          expect(header[at + 1]).toContain('suppressed figures included');
          expect(cells[at + 1]).toContain('[c]');
          if (extension === 'xlsx') expect(xmlRow(row.label)).toContain(`<v>${v}</v>`);
          checked++;
        });
      }
      expect(checked, extension).toBeGreaterThan(0);
      // and where a figure has no suppressed parts, its marker says so without [c]
      const markers = header.flatMap((h, j) =>
        h.includes('suppressed figures included') ? [j] : [],
      );
      expect(markers.length).toBeGreaterThan(0);
      for (const row of table.slice(headerAt + 1).filter((t) => t.some((c) => c !== '')))
        for (const j of markers) expect(row[j], row[0]).not.toBe('');
      // the key explains [c], withheld and beside a number
      const key = (sheets.get('Notes') ?? [])
        .map((row) => row[2] ?? '')
        .find((t) => t.startsWith('[c] means'));
      expect(key).toMatch(/withheld/);
      expect(key).toMatch(/lower bound/);
    }
  });
});

describe('the published platform series in a pack', () => {
  const TITLES = [
    'Platforms named in grooming offences where the platform was recorded, UK, 2023/24 and 2024/25',
    'Offences of sexual communication with a child recorded by police: England and Wales to 2020/21, United Kingdom from 2021/22',
    'Regions and forces with published figures: offences of sexual communication with a child',
  ];

  it('adds its figures from /platforms, and gives them as slides and a spreadsheet as published', async () => {
    await page.goto(`${server.url}/platforms`);
    await page.evaluate('window.localStorage.clear()');
    for (const [i, title] of TITLES.entries()) {
      const figure = page.getByRole('figure', { name: title, exact: true });
      await figure.getByRole('button', { name: 'Add to briefing' }).click();
      await expect
        .poll(() => figure.getByRole('status').textContent())
        .toContain(`Added to the briefing pack (${i + 1} ${i === 0 ? 'chart' : 'charts'})`);
    }
    await page.goto(`${server.url}/briefing`);
    const figures = page.locator('.pack-page figure[data-stage-focus]');
    await expect.poll(() => figures.count(), { timeout: 20_000 }).toBe(3);
    expect(await figures.locator('h2').allTextContents()).toEqual(TITLES);
    // each chart says where its figures come from: the release as published, not a dataset version
    await expect
      .poll(() => page.locator('.pack-page').first().textContent())
      .toContain(
        'Figures as published in Platforms in police records of online grooming: NSPCC FOI series, 2017/18 to 2024/25, version 1',
      );

    const slides = await download(page, 'Download slides');
    const parts = unzipSync(new Uint8Array(slides.body));
    const text = Object.entries(parts)
      .filter(([k]) => /^ppt\/slides\/slide\d+\.xml$/.test(k))
      .map(([, v]) => squash(strFromU8(v).replace(/<[^>]+>/g, ' ')))
      .join(' ');
    // the shares and the national series as native charts; the regions and forces as a table
    expect(Object.keys(parts).filter((k) => /^ppt\/charts\/chart\d+\.xml$/.test(k))).toHaveLength(
      2,
    );
    for (const title of TITLES) expect(text).toContain(title);
    // both figures where sources disagree; "not provided" as [x], never 0
    for (const figure of ['10 or 12', '3,171 or 3,217', '175 or 64', 'Hampshire Constabulary'])
      expect(text).toContain(figure);
    // the version of the release the pack was made from, and its link pinned to it
    expect(text).toContain(
      'Figures from Platforms in police records of online grooming: NSPCC FOI series, 2017/18 to 2024/25, version 1.',
    );
    expect(text).toContain('/platforms?version=1');

    const book = await download(page, 'Download spreadsheet (.xlsx)');
    const sheets = sheetsOf(book.body);
    const shares = sheets.find((s) => s.some((r) => r[0] === 'Platform'));
    const header = shares?.find((r) => r[0] === 'Platform') ?? [];
    expect(header).toContain("2023/24: another source's figure");
    const fm = shares?.find(
      (r) => r[0] === 'Facebook and Messenger (one figure for them together)',
    );
    expect(fm?.slice(1, 3)).toEqual(['10', '12']);
    const snapchat = shares?.find((r) => r[0] === 'Snapchat');
    expect(snapchat?.[1]).toBe('48');
  });
});

/** Each worksheet of an .xlsx as rows of cell texts (numbers as written), from its XML. */
function sheetsOf(xlsx: Buffer): string[][][] {
  const parts = unzipSync(new Uint8Array(xlsx));
  return Object.entries(parts)
    .filter(([k]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(k))
    .map(([, v]) =>
      [...strFromU8(v).matchAll(/<row r="\d+">(.*?)<\/row>/g)].map(([, row = '']) =>
        [...row.matchAll(/<c r="[A-Z]+\d+"[^>]*?>(.*?)<\/c>/g)].map(([, c = '']) =>
          (/^<v>(.*)<\/v>$/.exec(c)?.[1] ?? /<t[^>]*>(.*)<\/t>/.exec(c)?.[1] ?? '')
            .replace(/&quot;/g, '"')
            .replace(/&apos;/g, "'")
            .replace(/&amp;/g, '&'),
        ),
      ),
    );
}
