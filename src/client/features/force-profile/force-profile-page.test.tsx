import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '@server/app.ts';
import { ROOT } from '@server/config.ts';
import { demoPlan } from '@server/load/demo.ts';
import { reportedPlan } from '@server/load/reported.ts';
import type { CountsResponse } from '@shared/contract.ts';
import { PlatformSeriesResponseSchema } from '@shared/platform-series.ts';
import { fact, table, testDb, testPlan } from '@testing/db.ts';
import { renderRoute } from '@testing/render.tsx';
import { AppRoutes } from '../../app/router.tsx';

const db = testDb(reportedPlan(join(ROOT, 'data', 'reported')), demoPlan());
const { app } = createApp({ db });

async function api(query: string): Promise<CountsResponse> {
  return (await (await app.request(`/api/v1/counts?${query}`)).json()) as CountsResponse;
}

async function keyFacts() {
  return screen.findByRole('region', { name: 'Key facts' }, { timeout: 5000 });
}

const cellsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('cell')
    .map((c) => c.textContent);

describe('a force that published one figure for the whole range', { timeout: 20_000 }, () => {
  it('states that figure, asked for only because no year has one', async () => {
    const only = testDb(
      testPlan([table('kent', 'total-3y', [fact('2021/22-2023/24', '*', '*', 235)])]),
    );
    renderRoute(<AppRoutes />, '/forces/kent', only);
    const facts = await keyFacts();
    expect(
      await within(facts).findByText(
        /^Kent Police recorded 235 TikTok-linked crimes over .*; its published figures are not split by financial year\.$/,
      ),
    ).toBeInTheDocument();
  });
});

describe("a force's figures in the NSPCC grooming series", { timeout: 20_000 }, () => {
  const published = async (force: string) => {
    const r = await app.request('/api/v1/platform-series?kind=force&offence=71/17');
    const body = PlatformSeriesResponseSchema.parse(await r.json());
    return body.figures.filter((f) => f.area === force && f.table === 'totals');
  };

  it('shows each as published, with its source, apart from the TikTok figures', async () => {
    renderRoute(<AppRoutes />, '/forces/lancashire', db);
    const section = await screen.findByRole(
      'region',
      { name: /^Sexual communication with a child recorded by Lancashire/ },
      { timeout: 10_000 },
    );
    expect(section).toHaveTextContent('not part of its figures: never added to them');
    const table = within(section).getByRole('table');
    const text = table.textContent;
    const figures = await published('lancashire');
    expect(figures.length).toBeGreaterThan(1);
    // every figure the API has for the force, and no other number
    for (const f of figures)
      expect(text, String(f.row)).toContain(
        f.value === null ? 'not provided' : f.value.toLocaleString('en-GB'),
      );
    const row = within(table).getByRole('rowheader', { name: '2017/18' }).closest('tr');
    expect(row).toHaveTextContent(/175 \(.+\)or 64 \(.+\)/);
    expect(
      within(section).getByRole('link', { name: /^Every figure of the series/ }),
    ).toHaveAttribute('href', '/platforms?version=1');
  });

  it('says Hampshire gave no figure for 2021/22, never zero, and shows nothing for a force the series has none for', async () => {
    renderRoute(<AppRoutes />, '/forces/hampshire', db);
    const section = await screen.findByRole(
      'region',
      { name: /^Sexual communication with a child recorded by Hampshire/ },
      { timeout: 10_000 },
    );
    const row = within(section).getByRole('rowheader', { name: '2021/22' }).closest('tr');
    expect(row).toHaveTextContent('not provided by the force (not zero)');
    expect(await published('dorset')).toEqual([]);
    renderRoute(<AppRoutes />, '/forces/dorset', db);
    await keyFacts();
    await new Promise((r) => setTimeout(r, 500));
    expect(
      screen.queryByRole('region', {
        name: /^Sexual communication with a child recorded by Dorset/,
      }),
    ).toBeNull();
  });
});

// the profile asks eight questions of the API and draws five figures: slower than one chart
describe('the force profile', { timeout: 20_000 }, () => {
  it('counts platform mentions, not crimes, over several platforms, in its sentences and tables', async () => {
    renderRoute(<AppRoutes />, '/forces/kent?dataset=demo&platform=tiktok,snapchat&tab=table', db);
    const facts = await keyFacts();
    await within(facts).findByText(
      /^The largest offence group in .* of its [\d,]+ platform mentions/,
    );
    // every "crimes" in the sentences is what the mentions are in, never a count of them
    expect(facts.textContent).not.toMatch(/of its [\d,]+ crimes/);
    const mix = await screen.findByRole(
      'table',
      { name: /by offence group: Kent Police/ },
      { timeout: 5000 },
    );
    const headers = within(mix)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toContain('Kent: platform mentions');
    expect(headers.some((h) => h.endsWith(': crimes'))).toBe(false);
  });

  it("states Lancashire's published figures in a sentence, with its link and source", async () => {
    renderRoute(<AppRoutes />, '/forces/lancashire', db);
    const facts = await keyFacts();
    const sentence = await within(facts).findByText(
      'Lancashire Constabulary recorded 98 TikTok-linked crimes in 2023/24, up 48% on 2022/23 (66).',
    );
    const item = sentence.closest('li');
    if (!item) throw new Error('the sentence is not in a list item');
    expect(
      within(item).getByRole('link', { name: 'Trend for Lancashire in the overview' }),
    ).toHaveAttribute('href', '/?force=lancashire');
    expect(
      within(item).getByRole('link', { name: /^Huge rise in TikTok crimes in Lancashire/ }),
    ).toHaveAttribute('href', expect.stringContaining('blackpoolgazette.co.uk'));
    expect(item).toHaveTextContent('Blackpool Gazette');
    expect(
      within(facts).getByText(
        'Its published offence breakdown for 2023/24 sums to 185, more than its total of 98.',
      ),
    ).toBeInTheDocument();
    expect(within(facts).getByRole('link', { name: 'Offences for Lancashire' })).toHaveAttribute(
      'href',
      '/offences?force=lancashire',
    );
    expect(within(facts).getByText(/ranked 4th of 5 forces with figures/)).toBeInTheDocument();
    // rates are the forces view's default: the link need not say so
    expect(
      within(facts).getByRole('link', { name: 'All forces compared on rate' }),
    ).toHaveAttribute('href', '/forces');
    expect(document.title).toBe(
      'Lancashire Constabulary: TikTok-linked crimes – Social media crime dashboard',
    );
  });

  it('never shows 0 for a force with no published figures (Merseyside)', async () => {
    renderRoute(<AppRoutes />, '/forces/merseyside', db);
    const facts = await keyFacts();
    expect(
      await within(facts).findByText(
        'No published reply from Merseyside Police has been found for 2021/22 to 2023/24, so the number of its TikTok-linked crimes is unknown.',
      ),
    ).toBeInTheDocument();
    await screen.findByRole('table', { name: /Return status of Merseyside Police/ });
    expect(screen.getAllByText('No published reply found')).toHaveLength(3);
    const main = screen.getByRole('main');
    expect(main.textContent).not.toMatch(/\b0 crimes\b/);
    // an axis starts at 0; no figure anywhere else is 0
    const zeros = within(main)
      .queryAllByText(/^0(\.0)?%?$/)
      .filter((el) => !el.closest('svg'));
    expect(zeros).toEqual([]);
  });

  it('says which forces the England and Wales figures cover, and flags partial breakdowns', async () => {
    renderRoute(<AppRoutes />, '/forces/cleveland', db);
    const facts = await keyFacts();
    expect(
      await within(facts).findByText(
        'Its published offence breakdown for 2023/24 covers 55 of its 107 crimes; the largest group in it is violence against the person (55).',
      ),
    ).toBeInTheDocument();
    // Cleveland would be 31% of an "England and Wales" of four forces: it is drawn alone
    const mix = await screen.findByRole('figure', {
      name: 'TikTok-linked crimes by offence group: Cleveland Police, 2023/24',
    });
    expect(
      within(mix).getByText(
        /No fair England and Wales comparison can be made: for 2023\/24 only 3 other forces \(Dorset Police, Dyfed-Powys Police and Lancashire Constabulary\) published an offence breakdown, and Cleveland Police's own figures would be 31% of the total\./,
      ),
    ).toBeInTheDocument();
    expect(within(mix).getByRole('tab', { name: 'Chart' })).toBeInTheDocument();
  });

  it('sets no force beside an "England and Wales" that is mostly its own figures', async () => {
    renderRoute(<AppRoutes />, '/forces/lancashire', db);
    const outcomes = await screen.findByRole('figure', {
      name: 'TikTok-linked crimes by outcome group: Lancashire Constabulary, 2023/24',
    });
    expect(
      within(outcomes).getByText(
        /No fair England and Wales comparison can be made: for 2023\/24 only one other force \(Dyfed-Powys Police\) published outcomes, and Lancashire Constabulary's own figures would be 77% of the total\. The Outcomes view shows what each force published\./,
      ),
    ).toBeInTheDocument();
    // the force's own outcomes are drawn alone, their sum beside the crimes it recorded
    await userEvent.setup().click(within(outcomes).getByRole('tab', { name: 'Table' }));
    const table = within(outcomes).getByRole('table');
    expect(within(table).queryByText(/England and Wales/)).toBeNull();
    expect(
      within(table).getByRole('row', { name: /^Sum of the breakdown 137/ }),
    ).toBeInTheDocument();
    expect(
      within(table).getByRole('row', { name: /^Crimes recorded \(published total\) 98/ }),
    ).toBeInTheDocument();
  });

  it("shows a force's published selection as one (Derbyshire, 2023/24)", async () => {
    renderRoute(<AppRoutes />, '/forces/derbyshire', db);
    const facts = await keyFacts();
    expect(
      await within(facts).findByText(
        'For 2023/24 it published only a selection of offences, with no total: violence against the person (57), sexual offences (7).',
      ),
    ).toBeInTheDocument();
    const outcomes = await screen.findByRole('figure', {
      name: /^TikTok-linked crimes by outcome group: Derbyshire Constabulary/,
    });
    expect(within(outcomes).getByText('As published: a selection, with no total')).toBeVisible();
  });

  it('gives British Transport Police no rate and no rank', async () => {
    renderRoute(<AppRoutes />, '/forces/btp?dataset=demo', db);
    const facts = await keyFacts();
    expect(
      await within(facts).findByText(
        'British Transport Police has no resident population, so it has no rate per 100,000 residents and is not ranked among forces on rate.',
      ),
    ).toBeInTheDocument();
  });

  it('shows a not-found page with a way back for an unknown force', async () => {
    renderRoute(<AppRoutes />, '/forces/lancs?dataset=demo', db);
    expect(await screen.findByRole('heading', { name: 'Force not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the list of forces' })).toHaveAttribute(
      'href',
      '/forces?dataset=demo',
    );
    expect(screen.getByRole('link', { name: 'Lancashire Constabulary' })).toHaveAttribute(
      'href',
      '/forces/lancashire?dataset=demo',
    );
    expect(document.title).toBe('Force not found – Social media crime dashboard');
  });

  it("shows the demo profile's figures exactly as the API answers the same query", async () => {
    const user = userEvent.setup();
    renderRoute(<AppRoutes />, '/forces/kent?dataset=demo', db);
    const trend = await screen.findByRole(
      'figure',
      { name: 'TikTok-linked crimes recorded by Kent Police, Apr 2021 to Jun 2024' },
      { timeout: 5000 },
    );
    await user.click(within(trend).getByRole('tab', { name: 'Table' }));
    const byPlatform = await api('dataset=demo&platform=tiktok&force=kent&by=platform');
    const table = await within(trend).findByRole('table');
    expect(cellsOf(table)).toEqual(
      byPlatform.series[0]?.values.map((v) => (v === null ? '[x]' : v.toLocaleString('en-GB'))),
    );

    const rank = await screen.findByRole('figure', { name: /per 100,000 residents, 2023\/24/ });
    const rates = await api('dataset=demo&platform=tiktok&by=force&measure=rate');
    const kent = rates.series.find((s) => s.key === 'kent')?.values[2] ?? null;
    const row = within(await within(rank).findByRole('table')).getByRole('rowheader', {
      name: 'Kent Police (this force)',
    }).parentElement;
    if (!row || kent === null) throw new Error('no rate row for Kent');
    expect(within(row).getAllByRole('cell').at(-1)?.textContent).toBe(kent.toFixed(1));

    const offences = await api('dataset=demo&platform=tiktok&force=kent&by=offenceGroup');
    const mix = await screen.findByRole('figure', { name: /by offence group: Kent Police/ });
    const violence = within(await within(mix).findByRole('table')).getByRole('rowheader', {
      name: 'Violence against the person',
    }).parentElement;
    if (!violence) throw new Error('no violence row');
    expect(within(violence).getAllByRole('cell')[0]?.textContent).toBe(
      String(offences.series.find((s) => s.key === 'violence-against-the-person')?.values[2]),
    );
    const facts = await keyFacts();
    expect(
      within(facts).getByText(
        new RegExp(`^Kent Police recorded ${String(byPlatform.totals.values[2])} TikTok-linked`),
      ),
    ).toBeInTheDocument();
    expect(
      within(facts).getByText(/^Figures for 2024\/25 cover only Apr to Jun 2024/),
    ).toBeInTheDocument();
  });
  it('calls the forces it is set beside England and Wales only when every force is among them', async () => {
    renderRoute(<AppRoutes />, '/forces/derbyshire?tab=table', db);
    const mix = await screen.findByRole(
      'figure',
      {
        name: /^TikTok-linked crimes by offence group: Derbyshire Constabulary beside the \d forces with figures, 2023\/24$/,
      },
      { timeout: 10_000 },
    );
    const n = /beside the (\d) forces/.exec(mix.getAttribute('data-chart-figure') ?? '')?.[1];
    expect(
      within(mix).getByRole('columnheader', { name: `The ${n} forces with figures: crimes` }),
    ).toBeInTheDocument();
    // (the sources' own words may speak of England and Wales; the figure's own labels do not)
    expect(
      within(mix)
        .getAllByRole('columnheader')
        .filter((h) => h.textContent.includes('England and Wales')),
    ).toEqual([]);
  });

  it('sets a force beside England and Wales when every force has figures', async () => {
    renderRoute(<AppRoutes />, '/forces/kent?dataset=demo', db);
    expect(
      await screen.findByRole(
        'figure',
        {
          name: 'TikTok-linked crimes by offence group: Kent Police beside England and Wales, 2023/24',
        },
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
  });
});
