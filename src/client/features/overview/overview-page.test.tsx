import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '@server/config.ts';
import { demoPlan } from '@server/load/demo.ts';
import { reportedPlan } from '@server/load/reported.ts';
import type { CountsResponse } from '@shared/contract.ts';
import { apiClient } from '@testing/api.ts';
import { testDb } from '@testing/db.ts';
import { renderRoute } from '@testing/render.tsx';
import { AppRoutes } from '../../app/router.tsx';

const db = testDb(reportedPlan(join(ROOT, 'data', 'reported')), demoPlan());

async function headline(label: string) {
  const term = await screen.findByText(label, { selector: 'dt' });
  const box = term.parentElement;
  if (!box) throw new Error(`no box for ${label}`);
  return box;
}

describe('the overview', () => {
  it("opens a shared link and shows its figures: Lancashire's published TikTok crimes", async () => {
    renderRoute(<AppRoutes />, '/?force=lancashire', db);
    expect(
      await screen.findByRole('heading', { name: 'Headline figures, 2023/24' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', {
        level: 1,
        name: 'TikTok-linked crime recorded by Lancashire Constabulary',
      }),
    ).toBeInTheDocument();
    expect(within(await headline('Recorded crimes')).getByText('98')).toBeInTheDocument();
    const change = await headline('Change on 2022/23');
    expect(within(change).getByText('+48%')).toBeInTheDocument();
    expect(within(change).getByText(/66 to 98/)).toBeInTheDocument();
    // published as a count over part of the crimes: the count, said to be one, with its caveat
    const charged = await headline('Charged or summonsed');
    expect(await within(charged).findByText('3')).toBeInTheDocument();
    expect(
      within(charged).getByText(
        /A number of crimes, not a rate: outcomes were published for only part/,
      ),
    ).toBeInTheDocument();
    expect(
      within(charged).getByText('Also stated as the number over all 235 offences in three years.'),
    ).toBeInTheDocument();
    expect(
      await within(await headline('No suspect identified')).findByText('53'),
    ).toBeInTheDocument();
  });

  it('counts an outcome over every force as the Outcomes view does with that outcome chosen', async () => {
    // the published figures give no charge rate for England and Wales: the card is a count, and it is
    // the figure, from the same forces, that /outcomes?outcome=charged-summonsed draws
    const api = apiClient(db);
    const { body } = await api.get<CountsResponse>(
      '/api/v1/counts?platform=tiktok&by=force&outcome=charged-summonsed',
    );
    const i = body.periods.findIndex((p) => p.label === '2023/24');
    const forces = body.series.filter((s) => (s.values[i] ?? null) !== null);
    expect(forces.length).toBeGreaterThan(2);
    renderRoute(<AppRoutes />, '/', db);
    const charged = await headline('Charged or summonsed');
    expect(
      await within(charged).findByText(String(body.totals.values[i]), {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(charged).toHaveTextContent(`published by ${forces.length} of 44 forces`);
    for (const f of forces) expect(charged).toHaveTextContent(f.label.split(' ')[0] ?? '');
  });

  it('says why annual figures give nothing by month, instead of saying no force published', async () => {
    renderRoute(<AppRoutes />, '/?force=lancashire&interval=month', db);
    expect(
      within(await headline('Recorded crimes')).getByText(
        'Figures were published for longer periods, which are not split to give this one: choose a longer interval.',
      ),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(/a figure is never split in time: choose a longer interval/),
    ).toBeInTheDocument();
  });

  it("marks a charge rate provisional when many of the period's crimes have no outcome yet", async () => {
    renderRoute(<AppRoutes />, '/?dataset=demo&interval=quarter', db);
    const charged = await headline('Charged or summonsed');
    expect(
      await within(charged).findByText(
        /^Provisional: \d+\.\d% of the period's crimes had no outcome yet, so this rate will change\.$/,
      ),
    ).toBeInTheDocument();
  });

  it('calls a sum over several platforms platform mentions, in the card, the title and the table', async () => {
    const user = userEvent.setup();
    const api = apiClient(db);
    const { body } = await api.get<CountsResponse>(
      '/api/v1/counts?dataset=demo&platform=tiktok,snapchat',
    );
    renderRoute(<AppRoutes />, '/?dataset=demo&platform=tiktok,snapchat', db);
    const card = await headline('Platform mentions in recorded crimes');
    expect(card).toHaveTextContent('a crime naming two platforms counts twice');
    // the outcome cards' rates are of platform mentions with an outcome too
    const charged = await headline('Charged or summonsed');
    await waitFor(() =>
      expect(charged).toHaveTextContent(/of [\d,]+ platform mentions with an outcome assigned/),
    );
    expect(charged.textContent).not.toMatch(/\bcrimes\b/);
    expect(screen.queryByText('Recorded crimes', { selector: 'dt' })).toBeNull();
    const figure = await screen.findByRole('figure', {
      name: /^Platform mentions in TikTok and Snapchat-linked crimes recorded by police forces in England and Wales, /,
    });
    expect(figure).toHaveTextContent(
      'Platform mentions (a crime naming two platforms counts twice) by financial year',
    );
    await user.click(within(figure).getByRole('tab', { name: 'Table' }));
    const table = await within(figure).findByRole('table');
    expect(
      within(table).getByRole('columnheader', { name: 'Platform mentions' }),
    ).toBeInTheDocument();
    const row = within(table).getByRole('rowheader', {
      name: 'All platform mentions in the selection (a crime naming two platforms counts twice)',
    });
    expect(row.closest('tr')).toHaveTextContent(
      (body.totals.values[0] ?? 0).toLocaleString('en-GB'),
    );
    expect(within(figure).getByRole('combobox', { name: 'Split by' })).toHaveTextContent(
      'No split: all platform mentions',
    );
  });

  it("keeps one platform's figures crimes: the demo's TikTok", async () => {
    renderRoute(<AppRoutes />, '/?dataset=demo', db);
    expect(await headline('Recorded crimes')).not.toHaveTextContent('counts twice');
    const figure = await screen.findByRole('figure', {
      name: /^TikTok-linked crimes recorded by police forces in England and Wales, /,
    });
    expect(figure).not.toHaveTextContent('platform mentions');
    expect(within(figure).getByRole('combobox', { name: 'Split by' })).toHaveTextContent(
      'No split: all crimes',
    );
  });

  it('gives the trend a title generated from the filters, and the same numbers in its table', async () => {
    const user = userEvent.setup();
    const { location } = renderRoute(<AppRoutes />, '/?force=lancashire', db);
    const figure = await screen.findByRole('figure', {
      name: 'TikTok-linked crimes recorded by Lancashire Constabulary, 2021/22 to 2023/24',
    });
    await user.click(within(figure).getByRole('tab', { name: 'Table' }));
    expect(location()?.search).toBe('?force=lancashire&tab=table');
    const table = await within(figure).findByRole('table');
    const cells = within(table)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells).toEqual(['71', '66', '98']);
    expect(
      within(figure).getByRole('link', { name: /Huge rise in TikTok crimes/ }),
    ).toBeInTheDocument();
  });

  it('names the forces and platforms its figures cover, never England and Wales for five forces', async () => {
    renderRoute(<AppRoutes />, '/?platform=tiktok,snapchat', db);
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'TikTok-linked crime recorded by the 5 forces that published figures',
      }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('figure', {
        name: 'TikTok-linked crimes recorded by the 5 forces that published figures, 2021/22 to 2023/24',
      }),
    ).toBeInTheDocument();
    // the filters offer what the published figures hold, and say what they do not
    expect(screen.getByRole('button', { name: /^Platform/ })).toHaveTextContent(
      'Snapchat (no figures)',
    );
    const interval = screen.getByRole('combobox', { name: 'Interval' });
    expect(
      within(interval).getByRole('option', { name: 'Month (no figures)' }),
    ).toBeInTheDocument();
    expect(within(interval).getByRole('option', { name: 'Financial year' })).toBeInTheDocument();
  });

  it("shows 14,000 as the national figure as published, apart from the 5 forces' figures", async () => {
    renderRoute(<AppRoutes />, '/', db);
    // the figures are the forces', and the heading says whose: never England and Wales
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'TikTok-linked crime recorded by the 5 forces that published figures',
      }),
    ).toBeInTheDocument();
    const recorded = await headline('Recorded crimes');
    expect(within(recorded).getByText('351')).toBeInTheDocument();
    expect(recorded).toHaveTextContent('Figures for 5 of 44 forces.');
    // the country's figure stands apart, as published, with its source a click away
    const panel = screen.getByRole('region', { name: 'England and Wales, as published' });
    expect(panel).not.toContainElement(recorded);
    expect(within(panel).getByText('More than 14,000')).toBeInTheDocument();
    expect(panel).toHaveTextContent(
      'TikTok-linked crimes in England and Wales, 2021/22 to 2023/24, up 70% since 2021',
    );
    expect(within(panel).getByRole('link', { name: 'Shropshire Star' })).toHaveAttribute(
      'href',
      expect.stringContaining('shropshirestar.com') as string,
    );
    await waitFor(() =>
      expect(panel).toHaveTextContent(
        "Not the sum of the forces' figures: the 7 forces that published figures recorded 1,553 between them",
      ),
    );
    expect(panel).toHaveTextContent(
      'Four other versions of the release print “more than 140,000”: why we use 14,000',
    );
    expect(screen.queryByRole('heading', { name: /in England and Wales/ })).toBeNull();
  });

  it('shows no national figure for the demo, which has none, nor for one force', async () => {
    const demo = renderRoute(<AppRoutes />, '/?dataset=demo', db);
    await screen.findByRole('heading', { name: 'Headline figures, 2023/24' });
    expect(screen.queryByRole('region', { name: /as published$/ })).toBeNull();
    expect(screen.queryByText(/14,000/)).toBeNull();
    demo.unmount();
    renderRoute(<AppRoutes />, '/?force=lancashire', db);
    await screen.findByRole('heading', { name: 'Headline figures, 2023/24' });
    expect(screen.queryByRole('region', { name: /as published$/ })).toBeNull();
  });

  it('computes the demo headline like for like, leaving out the part year, with outcome rates', async () => {
    renderRoute(<AppRoutes />, '/?dataset=demo', db);
    expect(
      await screen.findByRole('heading', { name: 'Headline figures, 2023/24' }),
    ).toBeInTheDocument();
    expect(
      within(await headline('Recorded crimes')).getByText(/2024\/25 is a part period/),
    ).toBeInTheDocument();
    const charged = await headline('Charged or summonsed');
    expect(within(charged).getByText(/^\d+\.\d%$/)).toBeInTheDocument();
    expect(screen.getByText(/Illustrative data\./)).toBeInTheDocument();
  });

  it('opens a link with bad values, applies the rest and says what was ignored', async () => {
    renderRoute(<AppRoutes />, '/?force=lancs,lancashire&interval=weekly', db);
    const notice = await screen.findByText(
      'Part of this link could not be used, so the page shows the rest',
    );
    expect(notice.closest('[role="status"]')).not.toBeNull();
    expect(
      await screen.findByText(
        'There is no police force called ‘lancs’ (did you mean Lancashire Constabulary?), so it was left out.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        '‘weekly’ is not a way to group periods this dashboard knows, so the page uses its usual one.',
      ),
    ).toBeInTheDocument();
    expect(within(await headline('Recorded crimes')).getByText('98')).toBeInTheDocument();
  });

  it('pushes a history entry for each filter change, in the URL with defaults left out', async () => {
    const user = userEvent.setup();
    const { location } = renderRoute(<AppRoutes />, '/', db);
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Interval' }), 'quarter');
    expect(location()?.search).toBe('?interval=quarter');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Dataset' }), 'demo');
    expect(location()?.search).toBe('?dataset=demo&interval=quarter');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Split by' }), 'platform');
    expect(location()?.search).toBe('?dataset=demo&interval=quarter&by=platform');
  });

  it('names the offence and outcome filters in its heading', async () => {
    renderRoute(<AppRoutes />, '/?dataset=demo&offence=8Q&outcome=18', db);
    expect(
      await screen.findByText(
        /^TikTok-linked stalking in England and Wales \(outcome: Investigation complete – no suspect identified\)$/,
        {
          selector: 'h1',
        },
      ),
    ).toBeInTheDocument();
    expect(document.title).toBe(
      'Overview: TikTok-linked stalking (outcome: Investigation complete – no suspect identified) – Social media crime dashboard',
    );
  }, 20_000);

  it('says so when a new From or To moves the other end of the range', async () => {
    const user = userEvent.setup();
    const { location } = renderRoute(<AppRoutes />, '/?dataset=demo&from=2022-04&to=2023-03', db);
    await user.selectOptions(await screen.findByRole('combobox', { name: 'From' }), '2023-06');
    expect(location()?.search).toBe('?dataset=demo&from=2023-06');
    expect(
      await screen.findByText(
        /^From Jun 2023 is after the previous To \(Mar 2023\), so To is now .+, the end of the figures\.$/,
      ),
    ).toHaveAttribute('role', 'status');
    const to = screen.getByRole<HTMLSelectElement>('combobox', { name: 'To' });
    expect(to.value).toBe(to.options[to.options.length - 1]?.value);
    await user.selectOptions(to, '2022-01');
    expect(location()?.search).toBe('?dataset=demo&to=2022-01');
    expect(
      await screen.findByText(
        /^To Jan 2022 is before the previous From \(Jun 2023\), so From is now .+, the start of the figures\.$/,
      ),
    ).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Interval' }), 'quarter');
    await waitFor(() => expect(screen.queryByText(/^To Jan 2022 is before/)).toBeNull());
  }, 20_000);

  it('chooses forces by keyboard, with search and regions', async () => {
    const user = userEvent.setup();
    const { location } = renderRoute(<AppRoutes />, '/', db);
    const button = await screen.findByRole('button', { name: /^Force/ });
    button.focus();
    await user.keyboard('{Enter}');
    const search = await screen.findByRole('searchbox', { name: 'Search forces' });
    await waitFor(() => expect(search).toHaveFocus());
    await user.keyboard('Merseyside');
    await user.tab(); // "All forces" is disabled while nothing is chosen: Tab goes to "Done"
    await user.tab(); // then the first option the search leaves: the North West region
    expect(document.activeElement).toHaveAccessibleName('North West');
    await user.tab();
    expect(document.activeElement).toHaveAccessibleName('Merseyside Police');
    await user.keyboard(' ');
    // the URL follows in the router's transition
    await waitFor(() => expect(location()?.search).toBe('?force=merseyside'));
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: /^Force/ })).toHaveFocus();
    expect(screen.getByRole('button', { name: /^Force/ })).toHaveAccessibleName(
      'Force Merseyside Police',
    );
  });

  it('opens a list with Arrow Down, as a select opens', async () => {
    const user = userEvent.setup();
    renderRoute(<AppRoutes />, '/', db);
    const button = await screen.findByRole('button', { name: /^Outcome/ });
    button.focus();
    await user.keyboard('{ArrowDown}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const search = await screen.findByRole('searchbox', { name: 'Search outcomes' });
    await waitFor(() => expect(search).toHaveFocus());
  });
  it('draws no flat 100% line for a share of the whole selection, and says what to choose', async () => {
    renderRoute(<AppRoutes />, '/?measure=share', db);
    expect(
      await screen.findByText(
        /A share needs a split: the whole selection is always 100% of itself/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: /line chart/i })).toBeNull();
  });
});
