import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { readPlatformSeries } from '@server/platform-series/read.ts';
import { join } from 'node:path';
import { ROOT } from '@server/config.ts';
import { reportedPlan } from '@server/load/reported.ts';
import { testDb } from '@testing/db.ts';
import { renderRoute } from '@testing/render.tsx';
import { AppRoutes } from '../../app/router.tsx';

const db = testDb(reportedPlan(join(ROOT, 'data', 'reported')));
const SERIES = readPlatformSeries();
const SLOW = { timeout: 5_000 };

/** open the Table tab of the figure whose title starts so */
async function showTable(title: RegExp): Promise<void> {
  const figure = await screen.findByRole('figure', { name: title }, SLOW);
  await userEvent.setup().click(within(figure).getByRole('tab', { name: 'Table' }));
}

/** every value the file publishes, as a page writes it */
const PUBLISHED = new Set(
  SERIES.figures.flatMap((f) =>
    f.value === null
      ? []
      : [f.unit === 'percent' ? `${f.value}%` : f.value.toLocaleString('en-GB')],
  ),
);

/** the numbers in a text once its years and dates are taken out */
const numbers = (text: string) =>
  text
    .replace(/\b\d{4}\/\d{2}\b/g, ' ')
    .replace(/\b(19|20)\d{2}(-\d{2}){0,2}\b/g, ' ')
    .match(/\d[\d,]*%?/g) ?? [];

const rowOf = (table: HTMLElement, header: string) => {
  const th = within(table).getByRole('rowheader', { name: header });
  const row = th.closest('tr');
  if (!row) throw new Error(`no row ${header}`);
  return within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent);
};

describe('the platforms view', () => {
  it('says which request its figures come from, and writes its key facts from the figures', async () => {
    renderRoute(<AppRoutes />, '/platforms', db);
    const facts = await screen.findByRole('region', { name: 'Key facts' }, SLOW);
    expect(facts.textContent).toContain(
      'Snapchat was named in 48% of the 1,824 grooming offences where the platform was recorded in 2023/24 (UK), and in 40% of 2,111 in 2024/25.',
    );
    expect(within(facts).getAllByRole('link', { name: /ITV News/ }).length).toBeGreaterThan(0);
    // every number of a key fact is a published figure: nothing summed, scaled or averaged
    for (const fact of facts.querySelectorAll('[data-fact-text]'))
      for (const n of numbers(fact.textContent)) expect(PUBLISHED, n).toContain(n);
    expect(
      screen.getByText(/Published figures from a different request: Platforms in police records/),
    ).toBeInTheDocument();
  });

  it('opens a link pinned to a version with that version, and sets aside a version that is none', async () => {
    renderRoute(<AppRoutes />, '/platforms?version=1', db);
    expect(
      (
        await screen.findByText(
          /^The figures of version 1 of the release, as the link asks/,
          {},
          SLOW,
        )
      ).textContent,
    ).toContain('Show the latest figures');
    cleanup();
    renderRoute(<AppRoutes />, '/platforms?version=99', db);
    const notice = await screen.findByText(
      'The link’s version of the figures was set aside',
      {},
      SLOW,
    );
    await waitFor(() =>
      expect(notice.parentElement).toHaveTextContent(
        '‘99’ is not a version of the platform series, so the latest figures are shown (version 1).',
      ),
    );
    expect(await screen.findByRole('region', { name: 'Key facts' }, SLOW)).toBeInTheDocument();
    cleanup();
    renderRoute(<AppRoutes />, '/platforms?version=latest', db);
    expect(
      await screen.findByText('The link’s version of the figures was set aside', {}, SLOW),
    ).toBeInTheDocument();
  });

  it('shows shares with their base, not published where none was, and both figures where sources disagree', async () => {
    renderRoute(<AppRoutes />, '/platforms', db);
    await showTable(/^Platforms named in grooming offences/);
    const table = await screen.findByRole(
      'table',
      { name: /Share of platform-recorded offences, UK/ },
      SLOW,
    );
    const base = within(table).getByRole('rowheader', { name: /^Base/ }).closest('tr');
    expect(base?.textContent).toMatch(/1,824.*2,111/);
    expect(rowOf(table, 'Snapchat').map((c) => c.replace(/ \(source.*\)/, ''))).toEqual([
      '48%',
      '40%',
    ]);
    const fm = rowOf(table, 'Facebook and Messenger (one figure for them together)');
    expect(fm[0]).toMatch(/^10%.*or 12%/);
    expect(fm[1]).toBe('not published');
    expect(rowOf(table, 'Kik')[1]).toBe('not published');
    expect(screen.getByText(/Sources disagree/).parentElement?.textContent).toContain(
      "10% (Today's Family Lawyer) or 12% (ITV News)",
    );
  });

  it('keeps England and Wales and the UK apart, and marks where they meet', async () => {
    renderRoute(<AppRoutes />, '/platforms', db);
    await showTable(/^Offences of sexual communication with a child recorded by police/);
    const table = await screen.findByRole(
      'table',
      { name: 'Offences recorded, by financial year and area' },
      SLOW,
    );
    const first = rowOf(table, '2017/18');
    expect(first[0]).toMatch(/^3,171.*or 3,217/);
    expect(first[1]).toMatch(/^3,728/);
    expect(rowOf(table, '2021/22')[0]).toBe('not published');
    expect(rowOf(table, '2021/22')[1]).toMatch(/^6,156/);
    expect(
      screen.getByText(/Where the lines meet the basis changes/).parentElement?.textContent,
    ).toContain('the United Kingdom (up to 45 forces) from 2021/22');
    const other = screen.getByRole('table', {
      name: 'Offences recorded over other periods, as published',
    });
    expect(rowOf(other, 'Apr 2018 to Sep 2018 (6 months)')).toEqual([
      'England and Wales',
      '1,944',
      expect.any(String),
    ]);
  });

  it('gives regions as regions and a force that gave no figure as not provided, never zero', async () => {
    renderRoute(<AppRoutes />, '/platforms', db);
    const table = await screen.findByRole(
      'table',
      { name: 'Offences recorded, by region or force and financial year' },
      SLOW,
    );
    const years = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    const hampshire = rowOf(table, 'Hampshire Constabulary');
    expect(hampshire[years.indexOf('2021/22') - 1]).toBe('not provided');
    expect(
      within(table).getByRole('rowheader', { name: /^South East \(NSPCC\).*Region: 4 forces/ }),
    ).toBeInTheDocument();
    expect(rowOf(table, 'Lancashire Constabulary')[0]).toMatch(/^175.*or 64/);
  });

  it('shows every figure of the file with its source, and no number that was not published', async () => {
    renderRoute(<AppRoutes />, '/platforms', db);
    await showTable(/^Platforms named in grooming offences/);
    await showTable(/^Offences of sexual communication with a child recorded by police/);
    await screen.findAllByRole('table', { name: /every figure as published/ }, SLOW);
    const rows = new Map(
      [...document.querySelectorAll<HTMLTableRowElement>('tr[data-row]')].map((r) => [
        Number(r.dataset.row),
        r,
      ]),
    );
    for (const f of SERIES.figures) {
      const row = rows.get(f.row);
      expect(row, `line ${f.row}`).toBeDefined();
      const value =
        f.value === null || f.unit === null
          ? 'not provided'
          : f.unit === 'percent'
            ? `${f.value}%`
            : f.value.toLocaleString('en-GB');
      // the row's header is its area; its fifth cell the value
      expect(row?.cells[4]?.textContent).toBe(value);
      const source = SERIES.sources.find((s) => s.id === f.source);
      if (source?.url)
        expect(
          [...(row?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href')),
          `line ${f.row}`,
        ).toContain(source.url);
    }
    // the value cells of every table hold published figures only: no share added to a share, no
    // region made of forces, no UK figure added to England and Wales
    for (const cell of document.querySelectorAll('td.tabular-nums'))
      for (const n of numbers(cell.textContent.replace(/\(source:[^)]*\)/g, '')))
        expect(PUBLISHED, `${n} in “${cell.textContent}”`).toContain(n);
    expect(screen.getByRole('button', { name: 'Download every figure (CSV)' })).toBeInTheDocument();
  });
});
