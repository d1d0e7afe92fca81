import { screen, within } from '@testing-library/react';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '@server/config.ts';
import { reportedPlan } from '@server/load/reported.ts';
import { fact, table, testDb, testPlan } from '@testing/db.ts';
import { renderRoute } from '@testing/render.tsx';
import { AppRoutes } from '../../app/router.tsx';

const db = testDb(reportedPlan(join(ROOT, 'data', 'reported')), {
  ...testPlan([table('kent', 'monthly', [fact('2023-04', '8R', '18', 4)])], [], 'demo'),
  dataset: {
    id: 'demo',
    title: 'Demonstration data (illustrative)',
    description: 'Invented',
    illustrative: true,
    caveats: ['Illustrative: do not quote.'],
  },
});

describe('the data sources page', () => {
  it("shows each dataset's title, coverage and sources from the API", async () => {
    renderRoute(<AppRoutes />, '/about', db);
    const reported = await screen.findByRole('region', {
      name: 'Published figures: TikTok-linked crime, 2024 FOI request',
    });
    expect(
      within(reported).getByText('2021/22 to 2023/24 (2021-04 to 2024-03)'),
    ).toBeInTheDocument();
    expect(
      within(reported).getByRole('link', { name: 'FOI 645-24 TikTok offences' }),
    ).toHaveAttribute(
      'href',
      'https://www.cleveland.police.uk/foi-ai/cleveland-police/disclosure/2024/june/foi-645-24-tiktok-offences/',
    );
    const demo = await screen.findByRole('region', { name: 'Demonstration data (illustrative)' });
    expect(within(demo).getByText('Illustrative figures: do not quote them.')).toBeInTheDocument();
    expect(within(demo).getByText('Apr 2023 (2023-04 to 2023-04)')).toBeInTheDocument();
  });

  it('points a new reader to the guide and the accessibility statement', async () => {
    renderRoute(<AppRoutes />, '/about', db);
    await screen.findByRole('heading', { level: 1, name: 'About the data' });
    const main = within(screen.getByRole('main'));
    expect(main.getByRole('link', { name: 'How to use this dashboard' })).toHaveAttribute(
      'href',
      '/guide',
    );
    expect(main.getByRole('link', { name: 'accessibility statement' })).toHaveAttribute(
      'href',
      '/accessibility',
    );
  });

  it('names the offences whose Home Office placement is not verified, with the groups they count in', async () => {
    renderRoute(<AppRoutes />, '/about', db);
    const method = await screen.findByRole('region', { name: 'How the figures are put together' });
    const items = within(method)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toHaveLength(3);
    expect(items[0]).toMatch(
      /^Controlling or coercive behaviour \(8\/67\), counted under Violence against the person › Stalking and harassment: code confirmed by a Hampshire/,
    );
    expect(items[1]).toContain(
      '(008/71), counted under Violence against the person › Stalking and harassment',
    );
    expect(items[2]).toMatch(
      /^Sexual communication with a child \(71\/17\), counted under Sexual offences › /,
    );
  });
});
