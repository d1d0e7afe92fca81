import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { ROOT } from '@server/config.ts';
import { demoPlan } from '@server/load/demo.ts';
import { reportedPlan } from '@server/load/reported.ts';
import type { CountsResponse, MetaResponse } from '@shared/contract.ts';
import { apiClient } from '@testing/api.ts';
import { testDb } from '@testing/db.ts';
import { renderRoute } from '@testing/render.tsx';
import { AppRoutes } from '../../app/router.tsx';

const oneDp = new Intl.NumberFormat('en-GB', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
/** a string matched literally inside a RegExp */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const db = testDb(reportedPlan(join(ROOT, 'data', 'reported')), demoPlan());
const api = apiClient(db);

// the view is a lazy chunk, and the machine is shared: give the first answer time to arrive
const SLOW = { timeout: 10_000 };

async function comparisonTable() {
  const caption = await screen.findByText(
    /: crimes, rate, change, charge rate and return status$/,
    { selector: 'caption' },
    SLOW,
  );
  const table = caption.closest('table');
  if (!table) throw new Error('no table');
  return table;
}

/** Every row of the table by its header: the cells as the reader sees them (DOM walk: fast). */
async function rows(): Promise<Map<string, string[]>> {
  const table = await comparisonTable();
  return new Map(
    [...table.querySelectorAll('tr')].flatMap((tr) => {
      const th = tr.querySelector('th[scope="row"]');
      if (!th) return [];
      const cells = [...tr.querySelectorAll('td')]
        .map((c) => c.textContent.trim())
        .filter((t) => t !== '');
      return [[th.textContent, cells] as const];
    }),
  );
}

/** the table's foot: every force with a figure, together */
const isFoot = (name: string) => /^(England and Wales|Forces with figures, together)/.test(name);

async function row(name: string): Promise<string[]> {
  const found = (await rows()).get(name);
  if (!found) throw new Error(`no row for ${name}`);
  return found;
}

describe('the forces view', { timeout: 30_000 }, () => {
  it('compares on rate by default, says so, and keeps the link short; counts are one click away', async () => {
    const user = userEvent.setup();
    const { location } = renderRoute(<AppRoutes />, '/forces', db);
    const rate = await screen.findByRole('radio', { name: /Rate per 100,000 residents/ }, SLOW);
    expect(rate).toBeChecked();
    expect(rate).toHaveAccessibleName('Rate per 100,000 residents (default here)');
    expect(screen.getByRole('combobox', { name: 'Measure' })).toHaveValue('rate');
    expect(
      await screen.findByRole('figure', {
        name: 'TikTok-linked crimes per 100,000 residents by police force, 2023/24',
      }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Number of crimes' }));
    expect(location()?.search).toBe('?measure=count');
    expect(
      await screen.findByRole('figure', { name: 'TikTok-linked crimes by police force, 2023/24' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: /Rate per 100,000 residents/ }));
    expect(location()?.search).toBe('');
  });

  it('scrolls its table sideways on a phone in a named region the keyboard can reach, and says so', async () => {
    // jsdom lays nothing out: the table as wide as it is on a 390 px phone (358 px of content)
    const wide = vi.spyOn(Element.prototype, 'scrollWidth', 'get').mockReturnValue(962);
    const narrow = vi.spyOn(Element.prototype, 'clientWidth', 'get').mockReturnValue(358);
    onTestFinished(() => {
      wide.mockRestore();
      narrow.mockRestore();
    });
    renderRoute(<AppRoutes />, '/forces?tab=table', db);
    const table = await comparisonTable();
    const region = screen.getByRole('region', { name: table.caption?.textContent ?? '' });
    expect(region).toContainElement(table);
    expect(region).toHaveAttribute('tabindex', '0');
    expect(region).toHaveAccessibleDescription(/^Scroll sideways to see every column/);
  });

  it("shows the published figures in the table: Lancashire's 98 in 2023/24, up 48% on 66", async () => {
    renderRoute(<AppRoutes />, '/forces?tab=table', db);
    expect(await row('Lancashire Constabulary')).toEqual([
      '98',
      '6.4',
      '4 of 5',
      '+48% on 66',
      '[x] outcomes only partly published',
      'Provided',
    ]);
    // every force with a figure, as the API gives it, and the rest as [x] with a reason
    const counts = (await api.get<CountsResponse>('/api/v1/counts?platform=tiktok&by=force')).body;
    const rates = (
      await api.get<CountsResponse>('/api/v1/counts?platform=tiktok&by=force&measure=rate')
    ).body;
    const table = await rows();
    for (const s of counts.series) {
      const cells = table.get(s.label) ?? [];
      const count = s.values[2] ?? null;
      const rate = rates.series.find((r) => r.key === s.key)?.values[2] ?? null;
      if (count === null) {
        expect(cells[0]).toMatch(/^\[x\] /);
        expect(cells).toContain('not ranked');
      } else {
        expect(cells[0]).toBe(count.toLocaleString('en-GB'));
        expect(cells[1]).toBe(rate === null ? '[z] no resident population' : oneDp.format(rate));
      }
    }
    expect(table.size).toBe(45);
    // from fewer than 20 crimes a percentage says more than the count can bear: the counts instead
    expect(table.get('Dorset Police')?.slice(0, 4)).toEqual(['16', '2.1', '5 of 5', '16 to 16']);
    // the sum of the 5 forces with figures is theirs: its row never says England and Wales
    const footer = within(await comparisonTable()).getByRole('rowheader', {
      name: /^Forces with figures, together/,
    });
    expect(footer).toHaveTextContent(
      '5 of 44 forces with figures: not England and Wales as a whole',
    );
    expect(footer.closest('tr')).toHaveTextContent(/351.*7\.6.*\+23% on 285/);
  });

  it('sorts by any column, with the order in the link, and never ranks a missing force lowest', async () => {
    const user = userEvent.setup();
    const { location } = renderRoute(<AppRoutes />, '/forces?tab=table', db);
    const table = await comparisonTable();
    const rateHeader = within(table).getByRole('columnheader', { name: /Per 100,000 residents/ });
    expect(rateHeader).toHaveAttribute('aria-sort', 'descending');
    const countButton = within(table).getByRole('button', { name: 'Crimes, 2023/24' });
    countButton.focus();
    await user.keyboard('{Enter}');
    expect(location()?.search).toBe('?tab=table&sort=-count');
    const countHeader = within(table).getByRole('columnheader', { name: /Crimes, 2023\/24/ });
    expect(countHeader).toHaveAttribute('aria-sort', 'descending');
    expect(rateHeader).not.toHaveAttribute('aria-sort');
    const names = () =>
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent);
    expect(names().slice(0, 5)).toEqual([
      'Cleveland Police',
      'Lancashire Constabulary',
      'Hertfordshire Constabulary',
      'Dyfed-Powys Police',
      'Dorset Police',
    ]);
    await user.keyboard('{Enter}');
    expect(location()?.search).toBe('?tab=table&sort=count');
    expect(countHeader).toHaveAttribute('aria-sort', 'ascending');
    // ascending puts the smallest figure first; forces with none still come after every figure
    expect(names()[0]).toBe('Dorset Police');
    expect(names()[4]).toBe('Cleveland Police');
    expect(names().at(-1)).toBe(
      'Forces with figures, together5 of 44 forces with figures: not England and Wales as a whole',
    );
    await user.click(within(table).getByRole('button', { name: 'Per 100,000 residents' }));
    expect(location()?.search).toBe('?tab=table');
  });

  it('ranks forces on rates as written: equal rates share a rank, and the next rank skips', async () => {
    renderRoute(<AppRoutes />, '/forces?dataset=demo&tab=table', db);
    const table = await rows();
    const ranked = [...table]
      .filter(([name]) => !isFoot(name))
      .map(([, cells]) => ({ rate: cells[1] ?? '', rank: cells[2] ?? '' }))
      .filter((r) => /^\d/.test(r.rate) && r.rank !== 'not ranked');
    // the figure before any note: rates are written with one decimal place
    const value = (rate: string) => Number(/^[\d,]+\.\d/.exec(rate)?.[0].replace(/,/g, ''));
    for (const r of ranked) {
      const higher = ranked.filter((o) => value(o.rate) > value(r.rate)).length;
      const same = ranked.filter((o) => value(o.rate) === value(r.rate)).length;
      expect(r.rank).toBe(`${higher + 1} of ${ranked.length}${same > 1 ? ' (tied)' : ''}`);
    }
    expect(ranked.some((r) => r.rank.endsWith('(tied)'))).toBe(true);
  });

  it("flags the City of London's rate (8,600 residents) on the chart and in the table", async () => {
    const user = userEvent.setup();
    renderRoute(<AppRoutes />, '/forces?dataset=demo&interval=month&to=2024-05', db);
    expect(
      await screen.findByText(
        /^Note: City of London Police, [\d.]+ crimes per 100,000 residents, from 8,600 residents\.$/,
        {},
        SLOW,
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Table' }));
    const city = await row('City of London Police');
    expect(city[1]).toMatch(/^[\d.]+8,600 residents: not comparable$/);
  });

  it('opens a link sorted by force name', async () => {
    renderRoute(<AppRoutes />, '/forces?tab=table&sort=force', db);
    const table = await comparisonTable();
    expect(within(table).getByRole('columnheader', { name: /^Force/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(within(table).getAllByRole('rowheader')[0]).toHaveTextContent(
      'Avon and Somerset Constabulary',
    );
  });

  it('shows a refusal as [x] refused, never as zero or ranked (demo: Wiltshire, 2021/22)', async () => {
    renderRoute(<AppRoutes />, '/forces?dataset=demo&to=2022-03&tab=table', db);
    const cells = await row('Wiltshire Police');
    expect(cells[0]).toBe('[x] refused');
    expect(cells).toContain('not ranked');
    expect(cells.at(-1)).toBe('RefusedRefused under section 12 (cost of compliance)');
  });

  it('lists forces with no figure under the chart, with their reasons', async () => {
    renderRoute(<AppRoutes />, '/forces?dataset=demo&to=2022-03', db);
    const list = await screen.findByText(/^No figure for \d+ forces? in 2021\/22/, {}, SLOW);
    const box = list.parentElement;
    expect(box).toHaveTextContent('[x] refused: Wiltshire');
    expect(box).toHaveTextContent('[z] no resident population: British Transport Police');
  });
});

describe('the ranked chart', { timeout: 30_000 }, () => {
  const demoTitle = 'TikTok-linked crimes per 100,000 residents by police force, 2023/24';

  it('says platform mentions, not crimes, in its words over several platforms', async () => {
    renderRoute(<AppRoutes />, '/forces?dataset=demo&platform=tiktok,snapchat', db);
    await screen.findByText(/^Dashed line: /, {}, SLOW);
    const main = document.body.textContent;
    expect(main).toContain(
      'Platform mentions in the crimes each police force recorded (a crime naming two platforms counts twice), per 100,000 residents',
    );
    expect(main).toMatch(
      /Dashed line: England and Wales, [\d.]+ platform mentions per 100,000 residents \(a crime naming two platforms counts twice\)/,
    );
    expect(main).toMatch(
      /Note: City of London Police, [\d.]+ platform mentions per 100,000 residents/,
    );
    expect(main).not.toMatch(/[\d.]+ crimes per 100,000/);
    // the controls that choose the measure say what a count is of
    expect(screen.getByRole('radio', { name: 'Number of platform mentions' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('combobox', { name: 'Measure' })).getByRole('option', {
        name: 'Number of platform mentions',
      }),
    ).toBeInTheDocument();
  });

  it("cuts the City of London's bar short of the scale, draws it broken and says so, keeping its figure", async () => {
    const user = userEvent.setup();
    renderRoute(<AppRoutes />, '/forces?dataset=demo', db);
    const note = await screen.findByText(/^City of London's bar is cut: /, {}, SLOW);
    const rates = (
      await api.get<CountsResponse>(
        '/api/v1/counts?dataset=demo&platform=tiktok&by=force&measure=rate',
      )
    ).body;
    const at = (key: string) => rates.series.find((s) => s.key === key)?.values[2] ?? 0;
    const [city, cambs] = [at('city-of-london'), at('cambridgeshire')];
    // the rule: more than three times the next bar (Cambridgeshire) is cut
    expect(city).toBeGreaterThan(3 * cambs);
    expect(
      rates.series.every((s) => s.key === 'city-of-london' || (s.values[2] ?? 0) <= cambs),
    ).toBe(true);
    expect(note).toHaveTextContent(
      `City of London's bar is cut: its figure, ${oneDp.format(city)} crimes per 100,000 residents, is ${(city / cambs).toFixed(1)} times the next highest (Cambridgeshire, ${oneDp.format(cambs)}), so the scale stops at 30.0 to keep the other bars readable.`,
    );
    const figure = screen.getByRole('figure', { name: demoTitle });
    // one bar broken, at the end of an axis that stops at 30; its label is its true figure
    expect(figure.querySelectorAll('[data-broken-bar]')).toHaveLength(1);
    const ticks = [...figure.querySelectorAll('.recharts-xAxis-tick-labels text')].map(
      (t) => t.textContent,
    );
    expect(ticks).toEqual(['0.0', '10.0', '20.0', '30.0']);
    const labels = [...figure.querySelectorAll('[data-value-label] text')].map(
      (t) => t.textContent,
    );
    expect(labels[0]).toBe(`${oneDp.format(city)} (note)`);
    expect(within(figure).getByText('bar cut')).toBeInTheDocument();
    // read by keyboard, the bar's figure and its cut are said
    const slider = within(figure).getByRole('slider', { name: `${demoTitle}: read the values` });
    slider.focus();
    await user.keyboard('{Home}');
    expect(slider).toHaveAttribute(
      'aria-valuetext',
      `City of London: ${oneDp.format(city)} crimes per 100,000 residents, ranked 1 of 43; its bar is cut at 30.0, so is not drawn to scale`,
    );
    // the table has the true figure
    await user.click(screen.getByRole('tab', { name: 'Table' }));
    expect((await row('City of London Police'))[1]).toMatch(
      new RegExp(`^${oneDp.format(city).replace('.', '\\.')}8,600 residents`),
    );
  });

  it('draws every bar whole when none is more than three times the next (published, 2023/24)', async () => {
    renderRoute(<AppRoutes />, '/forces', db);
    const figure = await screen.findByRole(
      'figure',
      { name: 'TikTok-linked crimes per 100,000 residents by police force, 2023/24' },
      SLOW,
    );
    await waitFor(() => expect(figure.querySelector('[data-value-label]')).not.toBeNull());
    expect(figure.querySelector('[data-broken-bar]')).toBeNull();
    expect(within(figure).queryByText(/bar is cut/)).toBeNull();
    // the line is the rate across the forces with figures, not England and Wales as a whole
    expect(figure.querySelector('[data-reference-label]')).toHaveTextContent(
      '5 forces with figures: 7.6',
    );
    // and its key says so too: 7.6 must not be quoted as the England and Wales rate
    expect(
      within(figure).getByText(
        /^Dashed line: the 5 forces with figures \(.+\) together \(not England and Wales as a whole\), 7\.6 crimes per 100,000 residents\./,
      ),
    ).toBeInTheDocument();
  });

  it('writes each figure on white over the England and Wales line, and names the line above the bars', async () => {
    renderRoute(<AppRoutes />, '/forces?dataset=demo', db);
    const figure = await screen.findByRole('figure', { name: demoTitle }, SLOW);
    await waitFor(() => expect(figure.querySelector('[data-reference-label]')).not.toBeNull());
    const labels = [...figure.querySelectorAll('[data-value-label]')];
    expect(labels).toHaveLength(43);
    for (const label of labels) {
      // a white ground and a white halo: where the dashed line crosses a figure, the figure wins
      expect(label.querySelector('rect')).toHaveAttribute('fill', '#ffffff');
      const text = label.querySelector('text');
      expect(text).toHaveAttribute('paint-order', 'stroke');
      expect(text).toHaveAttribute('stroke', '#ffffff');
    }
    const national = (
      await api.get<CountsResponse>('/api/v1/counts?dataset=demo&platform=tiktok&measure=rate')
    ).body.totals.values[2];
    const name = figure.querySelector('[data-reference-label]');
    expect(name).toHaveTextContent(`England and Wales: ${oneDp.format(national ?? 0)}`);
    // above the first bar, in the room kept for it, so it sits on no bar and no figure
    const firstBar = figure.querySelector('[data-broken-bar] rect');
    expect(Number(name?.getAttribute('y'))).toBeLessThan(Number(firstBar?.getAttribute('y')));
  });
});

describe('the national figure on the forces view', { timeout: 30_000 }, () => {
  it("shows 14,000 as published beside the forces' figures, never as their sum", async () => {
    renderRoute(<AppRoutes />, '/forces?tab=table', db);
    const panel = await screen.findByRole(
      'region',
      { name: 'England and Wales, as published' },
      SLOW,
    );
    expect(panel).toHaveTextContent(
      'More than 14,000 TikTok-linked crimes in England and Wales, 2021/22 to 2023/24, up 70% since 2021, as the press release put it.',
    );
    expect(within(panel).getByRole('link', { name: 'Shropshire Star' })).toHaveAttribute(
      'href',
      expect.stringContaining('shropshirestar.com') as string,
    );
    // the forces' own sum over the same years, named by the forces it covers, beside it
    await waitFor(() =>
      expect(panel).toHaveTextContent(
        "Not the sum of the forces' figures: the 7 forces that published figures recorded 1,553 between them over 2021/22 to 2023/24.",
      ),
    );
    // the other reading, with the versions that print it and why it is not used
    const other = within(panel).getByText(
      'Four other versions of the release print “more than 140,000”: why we use 14,000',
    );
    expect(other.tagName).toBe('SUMMARY');
    for (const name of ['Blackpool Gazette', 'Hemel Today', 'Northampton Chronicle', 'Tenby Today'])
      expect(within(panel).getByRole('link', { name })).toBeInTheDocument();
    expect(panel).toHaveTextContent(/about 14,000/);
    // the table's foot adds up the 5 forces with figures for 2023/24: theirs, not the country's
    const footer = within(await comparisonTable()).getByRole('rowheader', {
      name: /^Forces with figures, together/,
    });
    expect(footer.closest('tr')).toHaveTextContent(/^Forces with figures, together.*351/);
    expect(footer.closest('tr')).not.toHaveTextContent('14,000');
    expect(screen.queryByRole('heading', { name: /in England and Wales/ })).toBeNull();
  });

  it('shows no national figure for the demo, nor for a page about some forces', async () => {
    // the panel is decided from the dataset's description, which the page's heading waits for too
    const first = renderRoute(<AppRoutes />, '/forces?dataset=demo', db);
    await screen.findByRole('heading', { level: 1, name: /^How forces compare/ }, SLOW);
    expect(screen.queryByRole('region', { name: /as published$/ })).toBeNull();
    first.unmount();
    renderRoute(<AppRoutes />, '/forces?force=lancashire,dorset', db);
    await screen.findByRole('heading', { level: 1, name: /^How forces compare/ }, SLOW);
    expect(screen.queryByRole('region', { name: /as published$/ })).toBeNull();
  });
});

describe('the forces map', { timeout: 30_000 }, () => {
  it('names each tile with its force and figure, links it to the profile, and has a table', async () => {
    const user = userEvent.setup();
    renderRoute(<AppRoutes />, '/forces?dataset=demo&to=2022-03&tab=map', db);
    const map = await screen.findByRole('list', { name: /^Map of the territorial forces/ }, SLOW);
    const tiles = within(map).getAllByRole('link');
    expect(tiles).toHaveLength(43);
    const rates = (
      await api.get<CountsResponse>(
        '/api/v1/counts?dataset=demo&platform=tiktok&to=2022-03&by=force&measure=rate',
      )
    ).body;
    const lancs = rates.series.find((s) => s.key === 'lancashire')?.values[0] ?? 0;
    const tile = within(map).getByRole('link', { name: /^Lancs / });
    expect(tile).toHaveAccessibleName(
      `Lancs ${oneDp.format(lancs)} crimes per 100,000 residents, 2021/22 (Lancashire Constabulary)`,
    );
    expect(tile).toHaveAttribute('href', '/forces/lancashire?dataset=demo&to=2022-03');
    expect(within(map).getByRole('link', { name: /^Wilts / })).toHaveAccessibleName(
      'Wilts [x] refused, 2021/22 (Wiltshire Police)',
    );
    expect(screen.getByRole('link', { name: /^British Transport Police / })).toHaveAccessibleName(
      'British Transport Police [z] no resident population, 2021/22',
    );

    await user.click(screen.getByText('The map as a table'));
    const table = screen.getByRole('table', { name: /the map's figures by region$/ });
    const lancsRow = within(table).getByRole('rowheader', { name: 'Lancashire Constabulary' });
    expect(lancsRow.closest('tr')).toHaveTextContent(
      new RegExp(`North West.*${oneDp.format(lancs)}`),
    );
    const wilts = within(table).getByRole('rowheader', { name: 'Wiltshire Police' }).closest('tr');
    expect(wilts).toHaveTextContent('[x] refused');
    expect(wilts).toHaveTextContent('No colour: no figure');
    expect(within(table).getAllByRole('row')).toHaveLength(45);
  });

  it("writes each force's name on its tile, and each tile's link name begins with what it shows", async () => {
    renderRoute(<AppRoutes />, '/forces?dataset=demo&tab=map', db);
    const map = await screen.findByRole('list', { name: /^Map of the territorial forces/ }, SLOW);
    const meta = (await api.get<MetaResponse>('/api/v1/meta?dataset=demo')).body;
    const tiles = [
      ...within(map).getAllByRole('link'),
      screen.getByRole('link', { name: /^British/ }),
    ];
    expect(tiles).toHaveLength(44);
    const drawn = new Map<string, string>();
    for (const tile of tiles) {
      const id = tile.getAttribute('href')?.split(/[/?]/)[2] ?? '';
      const force = meta.forces.find((f) => f.id === id);
      // what a sighted reader sees: the words not hidden from sight, soft hyphens aside
      const seen = [...tile.childNodes]
        .filter((n) => !(n instanceof HTMLElement && n.classList.contains('sr-only')))
        .map((n) => n.textContent)
        .join('')
        .replace(/\u00ad/g, '')
        .replace(/\s+/g, ' ')
        .trim();
      drawn.set(id, seen);
      // Label in Name: the link's name begins with what it shows, then names the force in full
      expect(tile).toHaveAccessibleName(expect.stringMatching(new RegExp(`^${escape(seen)} `)));
      if (force && force.name !== seen.split(' [')[0])
        expect(tile).toHaveAccessibleName(expect.stringContaining(`(${force.name})`));
    }
    // a name, not a code
    expect(drawn.get('cumbria')).toBe('Cumbria 11.2');
    expect(drawn.get('nottinghamshire')).toBe('Notts 7.5');
    expect(drawn.get('city-of-london')).toBe('City of London 81.4');
    expect(drawn.get('btp')).toBe('British Transport Police [z]');
    for (const seen of drawn.values()) expect(seen).not.toMatch(/^[A-Z]{3} /);
  });
});

describe('by month, on the published (annual) figures', { timeout: 30_000 }, () => {
  const annual = '[x] published only for longer periods, not by month';

  it('says in each row why the force has no figure for the month', async () => {
    renderRoute(<AppRoutes />, '/forces?interval=month&tab=table', db);
    const table = await rows();
    // forces that published annual figures: their figures exist, but not for a month
    for (const name of [
      'Lancashire Constabulary',
      'Cleveland Police',
      'Cambridgeshire Constabulary',
      'Hertfordshire Constabulary',
    ])
      expect(table.get(name)?.[0]).toBe(annual);
    expect(table.get('Kent Police')?.[0]).toBe('[x] no published reply');
    // never the bare "not available" where the answer says why
    for (const [name, cells] of table)
      if (!isFoot(name)) expect(cells[0]).not.toBe('[x] not available');
  });

  it('lists each force under its reason below the chart', async () => {
    renderRoute(<AppRoutes />, '/forces?interval=month', db);
    const list = await screen.findByText(/^No figure for 44 forces in Mar 2024/, {}, SLOW);
    const box = list.parentElement;
    expect(box).toHaveTextContent(
      `${annual}: Cambridgeshire, Cleveland, Derbyshire, Dorset, Hertfordshire, Lancashire, Northamptonshire`,
    );
    expect(box).toHaveTextContent(/\[x\] no published reply: Avon and Somerset, Bedfordshire/);
    expect(box).not.toHaveTextContent('[x] not available');
  });

  it('names the reason on each tile of the map, and lists the reasons beside it', async () => {
    renderRoute(<AppRoutes />, '/forces?interval=month&tab=map', db);
    const map = await screen.findByRole('list', { name: /^Map of the territorial forces/ }, SLOW);
    expect(within(map).getByRole('link', { name: /^Lancs / })).toHaveAccessibleName(
      `Lancs ${annual}, Mar 2024 (Lancashire Constabulary)`,
    );
    expect(within(map).getByRole('link', { name: /^Kent / })).toHaveAccessibleName(
      'Kent [x] no published reply, Mar 2024 (Kent Police)',
    );
    const why = screen.getByText('No figure, and why:').closest('li');
    expect(why).toHaveTextContent(
      `${annual}: Lancs, Cleveland, Derbyshire, Cambs, Northants, Herts, Dorset`,
    );
    expect(why).toHaveTextContent('[z] no resident population: British Transport Police');
  });
});

describe('choosing forces to compare', { timeout: 30_000 }, () => {
  it('ticks forces in the table, puts them in the Force filter and draws their trends together', async () => {
    const user = userEvent.setup();
    const { location } = renderRoute(<AppRoutes />, '/forces?dataset=demo&tab=table', db);
    await comparisonTable();
    await user.click(screen.getByRole('checkbox', { name: 'Compare Lancashire Constabulary' }));
    await user.click(screen.getByRole('checkbox', { name: 'Compare Kent Police' }));
    await user.click(screen.getByRole('button', { name: 'Compare these 2 forces' }));
    expect(location()?.search).toBe('?dataset=demo&force=kent,lancashire&tab=table');
    const trend = await screen.findByRole(
      'figure',
      {
        name: /^TikTok-linked crimes per 100,000 residents recorded by Kent Police and Lancashire Constabulary/,
      },
      SLOW,
    );
    const table = await within(trend).findByRole('table', {}, SLOW);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Kent Police',
      'Lancashire Constabulary',
      // the demonstration figures miss a force or two in some years: not England and Wales
      'All forces with figures, together',
    ]);
    const back = screen.getByRole('button', { name: 'Show all forces' });
    expect(back).toHaveFocus();
    await user.click(back);
    expect(location()?.search).toBe('?dataset=demo&tab=table');
    expect(screen.getByRole('checkbox', { name: 'Compare Kent Police' })).toBeChecked();
  });

  it('asks to narrow the choice beyond six forces', async () => {
    renderRoute(
      <AppRoutes />,
      '/forces?dataset=demo&force=kent,essex,surrey,sussex,hampshire,dorset,wiltshire',
      db,
    );
    expect(
      await screen.findByText('Trends for up to 6 forces at a time', {}, SLOW),
    ).toBeInTheDocument();
  });
  it('says when the table cannot be drawn, and Retry asks again for what failed', async () => {
    const user = userEvent.setup();
    // the table's one two-level answer (each force's outcome groups) cannot be reached
    const network = { down: /thenBy=outcomeGroup/ as RegExp | null };
    renderRoute(<AppRoutes />, '/forces?tab=table', db, network);
    const retry = await screen.findByRole('button', { name: /Retry/ }, SLOW);
    expect(screen.getByText('The table could not be loaded')).toBeInTheDocument();
    network.down = null;
    await user.click(retry);
    expect(await comparisonTable()).toBeInTheDocument();
  });
});
