import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './browser.ts';
import { useSession, type Session } from './session.ts';

/**
 * Finding your way: a force by a council's name, the guide for readers (whose every example is
 * followed to the view it describes) and the accessibility statement.
 */

let server: Session['server'];
let page: Page;

useSession(
  (s) => {
    ({ server, page } = s);
  },
  { clipboard: true },
);

/** The sentence under a force in the open force list, saying which council found it. */
async function reasonFor(force: string): Promise<string> {
  const box = page.getByRole('checkbox', { name: force, exact: true });
  const id = await box.getAttribute('aria-describedby');
  if (id === null) return '';
  return (await page.locator(`[id="${id}"]`).textContent()) ?? '';
}

describe('the force search finds a force by a council in its area', () => {
  it.each([
    ['/', 'blackpool', 'Lancashire Constabulary', 'Blackpool', 'lancashire'],
    [
      '/forces',
      'Caerdydd',
      'South Wales Police',
      'Cardiff council area (Caerdydd in Welsh)',
      'south-wales',
    ],
    [
      '/forces/lancashire',
      'Cumberland',
      'Cumbria Constabulary',
      'Cumberland council area (formed in 2023 from Allerdale, Carlisle and Copeland)',
      'cumbria',
    ],
    ['/offences', 'Kings Lynn', 'Norfolk Constabulary', "King's Lynn and West Norfolk", 'norfolk'],
  ])('on %s, "%s" offers %s, naming the council', async (path, typed, force, council, id) => {
    await page.goto(`${server.url}${path}`);
    // the view drawn, not only the frame (axe checks the whole page below)
    await expectHeading(/\S/);
    await page.getByRole('button', { name: /^Force/ }).click();
    const search = page.getByRole('searchbox', { name: 'Search forces' });
    await search.fill(typed);
    await expect.poll(() => reasonFor(force), { timeout: 15_000 }).toContain(council);
    // the force, under its region, and nothing else
    const options = page.getByRole('group', { name: 'Force options' });
    expect(await options.getByRole('checkbox').count()).toBe(2);
    await expectAccessible(page, `force search for ${typed}`);
    await page.getByRole('checkbox', { name: force, exact: true }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('force')).toBe(id);
  });
});

/** What each of the guide's examples must show once followed: the view the guide describes. */
const EXAMPLES: Record<string, () => Promise<void>> = {
  about: async () => {
    await expectHeading('About the data');
  },
  lancashire: async () => {
    await expectHeading(/Lancashire Constabulary/);
    // a chart, with the Table tab the guide describes, once its figures have come
    await expect
      .poll(() => page.getByRole('figure').getByRole('tab', { name: 'Table' }).count(), {
        timeout: 15_000,
      })
      .toBeGreaterThan(0);
  },
  'force-page': async () => {
    await expectHeading('Lancashire Constabulary');
  },
  'marks-forces': async () => {
    const table = page.getByRole('figure').getByRole('table').first();
    await expect.poll(() => table.textContent(), { timeout: 15_000 }).toContain('[x]');
    expect(await table.textContent()).toContain('[z]');
  },
  'marks-outcomes': async () => {
    // the table of outcomes over time marks its recent periods provisional
    const tables = page.getByRole('figure').getByRole('table');
    await expect
      .poll(async () => (await tables.allTextContents()).join(' '), { timeout: 15_000 })
      .toContain('[p]');
  },
  'part-period': async () => {
    // the months it holds, under its tick, once the chart has measured its width
    const figure = page.getByRole('figure').first();
    await expect
      .poll(() => figure.getByText('(Apr–Jun only)').count(), { timeout: 15_000 })
      .toBe(1);
    // and the key says how a part period is drawn
    await expect.poll(() => figure.getByText(/part period/).count()).toBeGreaterThan(0);
  },
  'not-broken-down': async () => {
    await expect
      .poll(() => page.getByRole('figure').getByText('Not broken down').count(), {
        timeout: 15_000,
      })
      .toBeGreaterThan(0);
  },
  rates: async () => {
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Measure' }).inputValue(), { timeout: 15_000 })
      .toBe('rate');
    await expect
      .poll(() => page.getByRole('figure').first().getByRole('heading').first().textContent(), {
        timeout: 15_000,
      })
      .toContain('per 100,000 residents');
  },
  share: async () => {
    await expect
      .poll(() => page.getByRole('button', { name: /^Force/ }).textContent())
      .toContain('Kent Police');
    await expect
      .poll(() => page.getByRole('button', { name: /^Platform/ }).textContent())
      .toContain('Snapchat');
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Interval' }).inputValue())
      .toBe('quarter');
    const tab = page.getByRole('figure').getByRole('tab', { name: 'Table' });
    await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true');
  },
  pin: async () => {
    expect(new URL(page.url()).searchParams.get('version')).toBe('1');
    await expect
      .poll(() => page.getByRole('figure').first().textContent(), { timeout: 15_000 })
      .toContain('version 1');
    expect(await page.getByText('Part of this link could not be used').count()).toBe(0);
  },
  briefing: async () => {
    const figure = page.getByRole('figure').first();
    await figure.getByRole('button', { name: 'Add to briefing' }).click();
    await expect
      .poll(() => figure.getByRole('status').last().textContent(), { timeout: 15_000 })
      .toContain('Added to the briefing pack (1 chart)');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Briefing pack' })
      .click();
    await expectHeading('Briefing pack');
    await expect.poll(() => page.getByRole('figure').count(), { timeout: 15_000 }).toBe(1);
    expect(await page.getByText('The pack is empty').count()).toBe(0);
  },
  present: async () => {
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: /^Presentation/ }).count())
      .toBe(1);
    await expect.poll(() => page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
    await expect.poll(() => page.getByRole('figure').count(), { timeout: 15_000 }).toBe(1);
  },
  print: async () => {
    await expectHeading(/Lancashire Constabulary/);
    await page.emulateMedia({ media: 'print' });
    const printed = page.getByText(/These exact figures:/);
    await expect.poll(() => printed.isVisible()).toBe(true);
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
  },
  embed: async () => {
    await expectHeading('Chart from the Social media crime dashboard');
    await expect.poll(() => page.getByRole('figure').count(), { timeout: 15_000 }).toBe(1);
    expect(
      await page
        .getByRole('link', { name: /See this chart in the Social media crime dashboard/ })
        .getAttribute('href'),
    ).toBe(`${server.url}/?force=lancashire`);
  },
  cite: async () => {
    const figure = page.getByRole('figure').first();
    await figure.getByRole('button', { name: 'Cite this' }).click();
    const said = figure.getByRole('status').last();
    await expect.poll(() => said.textContent(), { timeout: 15_000 }).toContain('Available at:');
    expect(await said.textContent()).toContain('version 1');
  },
};

async function expectHeading(name: string | RegExp): Promise<void> {
  await expect
    .poll(() => page.getByRole('heading', { level: 1, name }).count(), { timeout: 15_000 })
    .toBe(1);
}

describe('the guide for readers', () => {
  it('follows every example to the view it describes', async () => {
    await page.goto(`${server.url}/guide`);
    await expectHeading('How to use this dashboard');
    const examples = await page.evaluate<[string, string][]>(
      `[...document.querySelectorAll('main a[data-example]')].map((a) => [a.dataset.example, a.getAttribute('href')])`,
    );
    // an example added to the guide needs a check here, and a check needs its example
    expect(examples.map(([id]) => id).sort()).toEqual(Object.keys(EXAMPLES).sort());
    for (const [id, href] of examples) {
      await page.goto(`${server.url}/guide`);
      await page.locator(`main a[data-example="${id}"]`).click();
      await expect.poll(() => page.url()).toBe(`${server.url}${href}`);
      const check = EXAMPLES[id];
      if (!check) throw new Error(`no check for the example '${id}'`);
      await check();
    }
  }, 240_000);

  it('jumps to a part from its contents', async () => {
    await page.goto(`${server.url}/guide`);
    const contents = page.getByRole('navigation', { name: 'Contents' });
    await contents.getByRole('link', { name: 'Cite a chart' }).click();
    await expect.poll(() => page.url()).toBe(`${server.url}/guide#cite`);
    await expect
      .poll(() => page.getByRole('heading', { name: 'Cite a chart' }).isVisible())
      .toBe(true);
  });
});

describe('the guide and the accessibility statement', () => {
  it('pass axe at desktop and phone widths, as does the API reference', async () => {
    for (const width of [1440, 320]) {
      await page.setViewportSize({ width, height: 900 });
      for (const path of ['/guide', '/accessibility']) {
        await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
        await expectAccessible(page, `${path} at ${width}px`);
      }
      await page.goto(`${server.url}/api/docs`, { waitUntil: 'networkidle' });
      await page.getByRole('button', { name: 'Send request' }).first().click();
      await expect
        .poll(() => page.getByRole('status').first().textContent())
        .toContain('Response: 200');
      await expectAccessible(page, `/api/docs at ${width}px`);
    }
  });

  it('are there when the data service is not', async () => {
    await page.route('**/api/v1/**', (route) => route.abort());
    for (const path of ['/guide', '/accessibility']) {
      await page.goto(`${server.url}${path}`);
      await expect
        .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 })
        .toMatch(/^(How to use this dashboard|Accessibility statement)/);
      expect(await page.getByRole('alert').count()).toBe(0);
    }
  });
});
