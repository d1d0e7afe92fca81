import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '@server/config.ts';
import { demoPlan } from '@server/load/demo.ts';
import { reportedPlan } from '@server/load/reported.ts';
import type { CountsResponse, MetaResponse } from '@shared/contract.ts';
import { outcomeHeadline, outcomeHeadlines, outcomePeriod } from '@shared/outcome-figures.ts';
import { apiClient } from '@testing/api.ts';
import { testDb } from '@testing/db.ts';
import { renderRoute } from '@testing/render.tsx';
import { AppRoutes } from '../../app/router.tsx';
import { formatPercent } from '../../lib/format.ts';
import { chartLabel } from './outcome-words.ts';

// the whole app renders, several figures at once: give a busy machine time
configure({ asyncUtilTimeout: 10_000 });

const db = testDb(reportedPlan(join(ROOT, 'data', 'reported')), demoPlan());
const api = apiClient(db);

async function rate(label: string) {
  const section = await screen.findByRole('region', { name: /^Outcome rates(,|$)/ });
  const term = await within(section).findByText(label, { selector: 'dt' });
  const box = term.parentElement;
  if (!box) throw new Error(`no box for ${label}`);
  return box;
}

async function figure(name: RegExp) {
  return screen.findByRole('figure', { name }, { timeout: 5000 });
}

/** A table's body rows as [header, ...cells] text. */
function rows(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      [...row.querySelectorAll('th, td')].map((c) => c.textContent.replace(/\s+/g, ' ')),
    );
}

describe('the outcomes view', { timeout: 30_000 }, () => {
  it.each([
    [
      'derbyshire',
      'Derbyshire Constabulary',
      {
        'Charged/summonsed': '2',
        'Investigation complete – no suspect identified': '28',
        Unclassified: '15',
      },
    ],
    [
      'cambridgeshire',
      'Cambridgeshire Constabulary',
      {
        'Investigation complete – no suspect identified': '18',
        'Evidential difficulties (victim does not support action)': '55',
        'Evidential difficulties (suspect identified; victim supports action)': '44',
      },
    ],
    ['northamptonshire', 'Northamptonshire Police', { 'Charged/summonsed': '1' }],
  ])(
    "shows %s's published selection of outcomes as one, with no total",
    async (id, name, published) => {
      renderRoute(<AppRoutes />, `/outcomes?force=${id}&from=2023-04&tab=table`, db);
      const fig = await figure(
        new RegExp(`^How TikTok-linked crimes recorded by ${name} in 2023/24 ended`),
      );
      expect(within(fig).getByText('As published: a selection, with no total')).toBeVisible();
      const table = await within(fig).findByRole('table');
      const counts = Object.fromEntries(
        rows(table).map((r): [string, string] => [
          r[0]?.replace(/ \[note \d+\]$/, '') ?? '',
          r[1] ?? '',
        ]),
      );
      expect(counts).toMatchObject(published);
      expect(screen.queryByText(/no outcomes were published/)).toBeNull();
    },
  );

  it("shows Lancashire's published 2023/24 outcomes as published, without rates", async () => {
    renderRoute(<AppRoutes />, '/outcomes?force=lancashire&tab=table', db);
    const fig = await figure(
      /^How TikTok-linked crimes recorded by Lancashire Constabulary in 2023\/24 ended/,
    );
    const table = await within(fig).findByRole('table');
    const counts = rows(table).map((r) => [r[0], r[1]]);
    expect(counts).toEqual([
      ['Charged/summonsed', '3'],
      ['Evidential difficulties (suspect identified; victim supports action)', '34'],
      ['Evidential difficulties (victim does not support action)', '47'],
      ['Investigation complete – no suspect identified', '53'],
      ['Sum of the figures above (not a number of crimes)', '137'],
      ['Crimes recorded (published totals)', '98'],
    ]);
    // every group's codes are explained beside it
    expect(within(table).getByText(/case closed pending further investigative/)).toBeVisible();
    expect(
      within(fig).getByText(/Shares of crimes with an outcome are not given/),
    ).toBeInTheDocument();
    expect(within(fig).getByText(/sums to 137, more than the published total of 98/)).toBeVisible();

    const notice = await screen.findByText(
      'Rates are not given for 2023/24: outcomes were published for only part of these crimes',
    );
    expect(notice.parentElement).toHaveTextContent(/sums to 137, more than the published total/);
    // one reason instead of empty boxes, and no table of rates for any period
    const section = screen.getByRole('region', { name: 'Outcome rates, 2023/24' });
    expect(within(section).queryByText(/%$/)).toBeNull();
    expect(within(section).queryByRole('term')).toBeNull();
    expect(screen.queryByRole('table', { name: /^Outcome rates of/ })).toBeNull();
    const section2 = screen.getByRole('region', { name: 'Outcome rates for each period' });
    expect(
      within(section2)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'No rates for 2021/22, 2022/23: no outcomes were published for this period.',
      'No rates for 2023/24: outcomes were published for only part of these crimes.',
    ]);
  });

  it('draws no column for a year whose crimes are none broken down by outcome, and says so', async () => {
    renderRoute(<AppRoutes />, '/outcomes', db);
    expect(
      await screen.findByText(
        'For 2021/22 and 2022/23 no crime was broken down by outcome (all are not broken down): no column is drawn.',
      ),
    ).toBeInTheDocument();
  });

  it('gives the demo headline rates exactly as the shared derivation works them out from the API', async () => {
    renderRoute(<AppRoutes />, '/outcomes?dataset=demo', db);
    const { body } = await api.get<CountsResponse>(
      '/api/v1/counts?dataset=demo&platform=tiktok&by=outcomeGroup',
    );
    const lead = outcomePeriod(body);
    if (!lead) throw new Error('the demo should have outcomes');
    const h = outcomeHeadline(body, lead.index);
    if (!h.available) throw new Error('the demo should have rates');
    expect(
      await screen.findByRole('heading', { name: `Outcome rates, ${lead.period.label}` }),
    ).toBeVisible();
    for (const [label, value] of [
      ['Charged or summonsed', h.chargedRate],
      ['Evidential difficulties', h.evidentialRate],
      ['No suspect identified', h.noSuspectRate],
      ['Not yet assigned an outcome', h.notYetAssignedShare],
    ] as const) {
      expect(within(await rate(label)).getByText(formatPercent(value))).toBeVisible();
    }
    expect(screen.getByText(/Rates are shares of the/).textContent.replace(/\s+/g, ' ')).toContain(
      `${h.assigned.toLocaleString('en-GB')} crimes recorded in ${lead.period.label}`,
    );
  });

  it('shows each outcome code on demand, with what it means, and keeps the choice in the URL', async () => {
    const user = userEvent.setup();
    const { location } = renderRoute(<AppRoutes />, '/outcomes?dataset=demo&tab=table', db);
    const select = await screen.findByRole('combobox', { name: 'Show outcomes by' });
    await user.selectOptions(select, 'outcome');
    expect(location()?.search).toBe('?dataset=demo&by=outcome&tab=table');
    const fig = await figure(/ended, by outcome code$/);
    const table = await within(fig).findByRole('table');
    await within(table).findByText(/^18:/);
    const row18 = rows(table).find((r) => r[0]?.startsWith('18:'));
    expect(row18?.at(-1)).toBe(
      'Investigation complete – no suspect identified; case closed pending further investigative opportunities',
    );
    const { body } = await api.get<CountsResponse>(
      '/api/v1/counts?dataset=demo&platform=tiktok&by=outcome',
    );
    const lead = outcomePeriod(body);
    expect(row18?.[1]).toBe(
      body.series.find((s) => s.key === '18')?.values[lead?.index ?? -1]?.toLocaleString('en-GB'),
    );
  });

  it('reads each bar by keyboard with its value, rank and what the code means', async () => {
    const user = userEvent.setup();
    renderRoute(<AppRoutes />, '/outcomes?dataset=demo&by=outcome', db);
    const fig = await figure(/ended, by outcome code$/);
    const slider = await within(fig).findByRole('slider', { name: /read the values/ });
    slider.focus();
    await user.keyboard('{ArrowDown}');
    const text = slider.getAttribute('aria-valuetext') ?? '';
    expect(text).toMatch(/^\d+A? .+: [\d,]+ crimes, ranked 1 of \d+\. /);
    const { body } = await api.get<MetaResponse>('/api/v1/meta?dataset=demo');
    const code = body.outcomes.find((o) => o.id === text.split(' ')[0]);
    expect(code?.description).toBeDefined();
    expect(text.endsWith(`. ${code?.description ?? ''}`)).toBe(true);
  });

  it('marks recent periods provisional where many crimes have no outcome yet', async () => {
    renderRoute(<AppRoutes />, '/outcomes?dataset=demo&interval=quarter&tab=table', db);
    expect(
      await screen.findByText(/Outcomes are still being assigned for \d+ recent periods/),
    ).toBeVisible();
    const { body } = await api.get<CountsResponse>(
      '/api/v1/counts?dataset=demo&platform=tiktok&by=outcomeGroup&interval=quarter',
    );
    const marked = body.periods
      .filter((_, i) => {
        const h = outcomeHeadlines(body)[i];
        return h?.available && h.provisional;
      })
      .map((p) => `${p.label} [p]`);
    expect(marked.length).toBeGreaterThan(0);
    const table = await screen.findByRole('table', { name: /^Outcome rates of/ });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((c) => c.textContent);
    expect(headers.filter((h) => h.includes('[p]'))).toEqual(marked);
    expect(within(table.closest('section') ?? table).getByText(/^provisional:/)).toBeVisible();
  });

  it('names the rows of a selection over several platforms as platform mentions, never crimes', async () => {
    renderRoute(
      <AppRoutes />,
      '/outcomes?dataset=demo&platform=tiktok,snapchat&interval=year&tab=table',
      db,
    );
    const table = await screen.findByRole('table', { name: /^Outcome rates of/ });
    const rows = within(table)
      .getAllByRole('rowheader')
      .map((c) => c.textContent);
    expect(rows).toContain('Platform mentions with an outcome assigned');
    expect(rows).toContain('All platform mentions (a crime naming two platforms counts twice)');
    expect(rows.filter((r) => /crimes/i.test(r) && !r.includes('two platforms'))).toEqual([]);
    // the headline rates and the chart's words say the same
    const rates = await screen.findByRole('region', { name: /^Outcome rates(,|$)/ });
    await within(rates).findByText(/platform mentions recorded in/);
    expect(rates.textContent).not.toMatch(/\bcrimes\b/);
    expect(rates.textContent).toMatch(/of [\d,]+ platform mentions with an outcome assigned\./);
    const distribution = await screen.findByRole('figure', { name: /ended, by outcome group/ });
    expect(distribution.textContent).toMatch(/Number of platform mentions, by Home Office/);
  });

  it('gives no rates when the selection is limited to some outcomes, and says why', async () => {
    renderRoute(<AppRoutes />, '/outcomes?dataset=demo&outcome=18', db);
    expect(
      await screen.findByText(
        /Rates are not given for 2023\/24: the selection is limited to some outcomes/,
      ),
    ).toBeVisible();
  });
  it('draws no shares of the chosen outcome alone: one outcome is 100% of itself', async () => {
    renderRoute(<AppRoutes />, '/outcomes?outcome=charged-summonsed', db);
    expect(
      await screen.findByText(
        /No shares are drawn while an outcome is chosen/,
        {},
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText('100.0%')).toBeNull();
  });
  it('labels a bar with its codes as codes, so that no number in brackets reads as a count', async () => {
    const { body: meta } = await apiClient(db).get<MetaResponse>('/api/v1/meta');
    expect(chartLabel(meta, 'no-suspect-identified', '', false)).toBe(
      'No suspect identified (code 18)',
    );
    expect(chartLabel(meta, 'charged-summonsed', '', false)).toMatch(/ \(codes 1, 1A\)$/);
    expect(chartLabel(meta, '18', '', false)).toBe(
      `18 ${meta.outcomes.find((o) => o.id === '18')?.name ?? ''}`,
    );
  });
});
