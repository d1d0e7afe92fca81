import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { ROOT } from '@server/config.ts';
import { demoPlan } from '@server/load/demo.ts';
import { reportedPlan } from '@server/load/reported.ts';
import type { CountsResponse } from '@shared/contract.ts';
import { apiClient } from '@testing/api.ts';
import { testDb } from '@testing/db.ts';
import { renderRoute } from '@testing/render.tsx';
import { AppRoutes } from '../../app/router.tsx';
import { formatValue } from '../../lib/format.ts';

const db = testDb(reportedPlan(join(ROOT, 'data', 'reported')), demoPlan());
const api = apiClient(db);
// the demo answers are computed in-process from thousands of facts: give them time on a busy machine
const SLOW = { timeout: 15_000 };

async function figure(name: string | RegExp) {
  return screen.findByRole('figure', { name }, SLOW);
}

/** A table's rows (header row included) as [header, ...cells] text. */
function rows(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent.trim()));
}

describe('the offences view', { timeout: 40_000 }, () => {
  it('sets aside every broken part of a link in plain words, and titles the page with the months it shows', async () => {
    renderRoute(<AppRoutes />, '/offences?force=atlantis&from=2099-01', db);
    const title = await screen.findByText(
      'Part of this link could not be used, so the page shows the rest',
    );
    const notice = title.closest<HTMLElement>('[role="status"]');
    if (!notice) throw new Error('the notice is not announced');
    expect(
      within(notice)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'There is no police force called ‘atlantis’, so it was left out.',
      "The figures run from Apr 2021 to Mar 2024, so the link's start (Jan 2099) was set aside and the page shows them from their start.",
    ]);
    expect(notice).not.toHaveTextContent(/api|meta|YYYY/i);
    expect(screen.getByRole('combobox', { name: 'From' })).toHaveValue('2021-04');
    const figures = await screen.findAllByRole('figure', {}, SLOW);
    for (const fig of figures) expect(fig).not.toHaveAccessibleName(/2099/);
    expect(document.body).not.toHaveTextContent(/2099 to/);
  });

  it('keeps its table readable on a phone: a named region the keyboard can scroll, that says when it does', async () => {
    // jsdom lays nothing out: a table wider than a 390 px phone's 358 px of content
    const wide = vi.spyOn(Element.prototype, 'scrollWidth', 'get').mockReturnValue(1000);
    const narrow = vi.spyOn(Element.prototype, 'clientWidth', 'get').mockReturnValue(358);
    onTestFinished(() => {
      wide.mockRestore();
      narrow.mockRestore();
    });
    renderRoute(<AppRoutes />, '/offences?tab=table', db);
    const fig = await figure(/the 7 forces that published figures, by offence group, 2023\/24$/);
    const table = await within(fig).findByRole('table');
    const caption = table.querySelector('caption')?.textContent ?? '';
    const region = within(fig).getByRole('region', { name: caption });
    expect(region).toContainElement(table);
    expect(region).toHaveAttribute('tabindex', '0');
    expect(region).toHaveAccessibleDescription(
      'Scroll sideways to see every column (the table is wider than the screen).',
    );
    // a row's note markers may wrap between them: eleven were one unbreakable run, wider than a phone
    const [violence] = within(table).getAllByRole('rowheader');
    expect(violence).toHaveTextContent(/^Violence against the person \[note 1\] \[note 2\]/);
    for (const marker of violence?.querySelectorAll('span') ?? [])
      expect(marker.textContent).toMatch(/^\[note \d+\]$/);
  });

  it("ranks Dorset's complete 2023/24 breakdown exactly as published", async () => {
    renderRoute(<AppRoutes />, '/offences?force=dorset&by=offence&tab=table', db);
    const fig = await figure('TikTok-linked crimes recorded by Dorset Police, by offence, 2023/24');
    const table = await within(fig).findByRole('table');
    expect(rows(table)).toEqual([
      ['Offence', '2023/24'],
      ['Harassment', '6'],
      ['Malicious communications', '5'],
      ['Obscene publications and indecent photographs of children [note 1]', '3'],
      ['Blackmail', '1'],
      ['Stalking', '1'],
      ['Total', '16'],
    ]);
    // the source's own word, where it is not the category's name, is a note to the table
    expect(within(tableNotes(fig)).getByRole('listitem')).toHaveTextContent(
      '“Obscene publications” (Dorset Police)',
    );
    // the view says why it shows one year, and that there is no trend to draw
    const notice = screen.getByText('What these figures can and cannot show').parentElement;
    expect(notice).toHaveTextContent(/Figures by offence were published for 2023\/24 only/);
    expect(screen.getByRole('heading', { name: 'Change over time by offence' })).toBeVisible();
    expect(screen.getByText(/There is no trend to draw/)).toBeInTheDocument();
    expect(document.title).toBe('Offences: TikTok-linked crime – Social media crime dashboard');
  });

  it("shows the part of Cleveland's 107 crimes that was not broken down, hatched and not ranked", async () => {
    renderRoute(<AppRoutes />, '/offences?force=cleveland&by=offence&tab=table', db);
    const fig = await figure(/by Cleveland Police, by offence, 2023\/24$/);
    const table = await within(fig).findByRole('table');
    expect(rows(table).slice(1)).toEqual([
      ['Harassment [note 1]', '32'],
      ['Malicious communications [note 2]', '12'],
      ['Stalking [note 3]', '11'],
      ['Not broken down', '52'],
      ['Total', '107'],
    ]);
    // the caveat Cleveland's reply carries reaches the reader of its figures
    expect(
      within(tableNotes(fig)).getByText(
        /“8L - Harassment” \(Cleveland Police\): Only the first rows of the reply were readable/,
      ),
    ).toBeInTheDocument();
    expect(
      within(fig).getByText(/accounts for 55 of 107 crimes; the other 52 are shown as Not broken/),
    ).toBeInTheDocument();
    await userEventTab(fig, 'Chart');
    expect(within(fig).getByText(/Hatched: Not broken down/)).toBeInTheDocument();
    expect(within(fig).getByRole('slider', { name: /read the values/ })).toBeInTheDocument();
  });

  it("shows Northamptonshire's published selection of offences as one, with no total", async () => {
    renderRoute(<AppRoutes />, '/offences?force=northamptonshire&tab=table', db);
    const fig = await figure(/by Northamptonshire Police, by offence group, 2023\/24$/);
    expect(within(fig).getByText('As published: a selection, with no total')).toBeVisible();
    const table = await within(fig).findByRole('table');
    expect(rows(table).slice(1)).toEqual([
      ['Violence against the person [note 1]', '80'],
      ['Miscellaneous crimes against society [note 2]', '8'],
      ['Theft offences [note 3]', '6'],
      ['Sum of the figures above (not a number of crimes)', '94'],
      ['Crimes recorded (published totals)', '[x]'],
    ]);
    expect(
      within(tableNotes(fig)).getByText(/May include the 4 violence with injury offences/),
    ).toBeInTheDocument();
  });

  it('gives shares of the period total', async () => {
    const url = '/offences?force=dorset&by=offence&from=2023-04&to=2024-03&measure=share&tab=table';
    renderRoute(<AppRoutes />, url, db);
    const fig = await figure(/by Dorset Police, by offence, 2023\/24$/);
    const cells = rows(await within(fig).findByRole('table')).slice(1);
    expect(cells[0]).toEqual(['Harassment', '37.5%']);
    expect(cells.at(-1)).toEqual(['Total', '100.0%']);
    expect(within(fig).getByText(/^Per cent of all the crimes in the period/)).toBeVisible();
  });

  it('says that shares of breakdowns that do not add up are not shares of all crimes', async () => {
    renderRoute(<AppRoutes />, '/offences?from=2023-04&measure=share&tab=table', db);
    const fig = await figure(/by offence group, 2023\/24$/);
    expect(
      within(fig).getByText(/^Per cent of the sum of the published breakdowns \(not of all crimes/),
    ).toBeVisible();
  });

  it('gives rates per 100,000 residents of the forces with figures, as the API computes them', async () => {
    renderRoute(<AppRoutes />, '/offences?force=dorset&by=offence&measure=rate&tab=table', db);
    const fig = await figure(/by Dorset Police, by offence, 2023\/24$/);
    const cells = rows(await within(fig).findByRole('table')).slice(1);
    const { body } = await api.get<CountsResponse>(
      '/api/v1/counts?platform=tiktok&force=dorset&by=offence&from=2023-04&to=2024-03&interval=total&measure=rate',
    );
    const harassment = body.series.find((s) => s.key === '8L')?.values[0] ?? null;
    expect(cells[0]).toEqual(['Harassment', formatValue(harassment, 'rate')]);
    expect(cells.at(-1)).toEqual(['Total', formatValue(body.totals.values[0] ?? null, 'rate')]);
    expect(
      within(fig).getByText(/^Crimes per 100,000 residents of the forces with figures/),
    ).toBeVisible();
  });

  it('draws the demo trend with the same numbers as the API, part period marked', async () => {
    const url =
      '/offences?dataset=demo&platform=snapchat&force=kent&offence=sexual-offences&by=offence&tab=table';
    renderRoute(<AppRoutes />, url, db);
    const ranked = await figure(
      'Snapchat-linked sexual offences recorded by Kent Police, by offence, Apr 2021 to Jun 2024',
    );
    expect(ranked).toBeInTheDocument();
    const trend = await figure(
      'Snapchat-linked sexual offences recorded by Kent Police, by offence and financial year, Apr 2021 to Jun 2024',
    );
    const { body } = await api.get<CountsResponse>(
      '/api/v1/counts?dataset=demo&platform=snapchat&force=kent&offence=sexual-offences&by=offence',
    );
    const table = await within(trend).findByRole('table');
    expect(rows(table)[0]).toEqual([
      'Offence',
      '2021/22',
      '2022/23',
      '2023/24',
      '2024/25 (part: 2024-04 to 2024-06)',
    ]);
    expect(rows(table).slice(1, -1)).toEqual(
      body.series.map((s) => [s.label, ...s.values.map((v) => formatValue(v, 'count'))]),
    );
    expect(within(trend).getByText('Illustrative data: not real figures')).toBeVisible();
  });

  it('drills down from a group to its subgroups and back up, each step a history entry', async () => {
    const user = userEvent.setup();
    const { location } = renderRoute(<AppRoutes />, '/offences?dataset=demo', db);
    await figure(/by offence group, Apr 2021 to Jun 2024$/);
    expect(screen.getByRole('button', { name: 'Offence group' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.click(
      await screen.findByRole('link', { name: 'By offence subgroup within sexual offences' }, SLOW),
    );
    expect(location()?.search).toBe('?dataset=demo&offence=sexual-offences&by=offenceSubgroup');
    const trail = screen.getByRole('navigation', { name: 'Offences shown:' });
    expect(within(trail).getByText('Sexual offences')).toHaveAttribute('aria-current', 'location');
    await figure(/^TikTok-linked sexual offences .* by offence subgroup, Apr 2021 to Jun 2024$/);
    expect(screen.getByRole('button', { name: 'Offence subgroup' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.click(
      await screen.findByRole('link', { name: 'By offence within other sexual offences' }, SLOW),
    );
    expect(location()?.search).toBe('?dataset=demo&offence=other-sexual-offences&by=offence');
    await user.click(within(trail).getByRole('link', { name: 'Sexual offences' }));
    expect(location()?.search).toBe('?dataset=demo&offence=sexual-offences&by=offenceSubgroup');
    await user.click(within(trail).getByRole('link', { name: 'All offences' }));
    // offence groups are the view's default split: the link leaves it out
    expect(location()?.search).toBe('?dataset=demo');
  });

  it('writes the level of detail and the measure to the URL', async () => {
    const user = userEvent.setup();
    const { location } = renderRoute(<AppRoutes />, '/offences?dataset=demo&by=platform', db);
    // a split that is not an offence level shows offence groups
    await figure(/by offence group, Apr 2021 to Jun 2024$/);
    await user.click(screen.getByRole('button', { name: 'Offence' }));
    expect(location()?.search).toBe('?dataset=demo&by=offence');
    await user.click(screen.getByRole('button', { name: 'Rate per 100,000 residents' }));
    expect(location()?.search).toBe('?dataset=demo&by=offence&measure=rate');
    expect(screen.getByRole('button', { name: 'Rate per 100,000 residents' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    // the filter bar's measure is the same parameter
    expect(screen.getByRole('combobox', { name: 'Measure' })).toHaveValue('rate');
    await figure(/by offence, Apr 2021 to Jun 2024$/);
  });

  it('links each category to its outcomes, carrying every filter', async () => {
    renderRoute(
      <AppRoutes />,
      '/offences?dataset=demo&platform=snapchat&force=kent&interval=quarter',
      db,
    );
    await figure(/by offence group, Apr 2021 to Jun 2024$/);
    expect(screen.getByRole('link', { name: 'Outcomes of sexual offences' })).toHaveAttribute(
      'href',
      '/outcomes?dataset=demo&platform=snapchat&force=kent&offence=sexual-offences&interval=quarter',
    );
  });

  it("leaves this view's own choices out of its links to other views", async () => {
    renderRoute(<AppRoutes />, '/offences?dataset=demo&by=offence&measure=share&tab=table', db);
    await figure(/by offence, Apr 2021 to Jun 2024$/);
    // the split and the tab are this view's; the measure is a filter, and the outcomes view has it
    expect(screen.getByRole('link', { name: 'Stalking' })).toHaveAttribute(
      'href',
      '/outcomes?dataset=demo&offence=8Q&measure=share',
    );
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Overview' })).toHaveAttribute(
      'href',
      '/?dataset=demo&measure=share',
    );
    expect(within(nav).getByRole('link', { name: 'Forces' })).toHaveAttribute(
      'href',
      '/forces?dataset=demo&measure=share',
    );
  });

  it('says what the published figures cannot show rather than draw empty charts', async () => {
    renderRoute(<AppRoutes />, '/offences', db);
    const fig = await figure(
      'TikTok-linked crimes recorded by the 7 forces that published figures, by offence group, 2023/24',
    );
    const notice = screen.getByText('What these figures can and cannot show').parentElement;
    if (!notice) throw new Error('no notice');
    expect(notice).toHaveTextContent(/published for 2023\/24 only/);
    expect(notice).toHaveTextContent(/They come from 7 of the 44 forces in this selection/);
    expect(
      within(fig).getByText(/Figures for 7 of 44 forces: which are missing, and why/),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /See the totals for every year/ })).toHaveAttribute(
      'href',
      '/',
    );
  });
});

function tableNotes(fig: HTMLElement): HTMLElement {
  const list = within(fig).getByText('Notes to the table: the figures as published').parentElement;
  if (!list) throw new Error('no notes to the table');
  return list;
}

async function userEventTab(fig: HTMLElement, name: string) {
  await userEvent.setup().click(within(fig).getByRole('tab', { name }));
}
