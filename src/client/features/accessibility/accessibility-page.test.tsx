import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { testDb, testPlan } from '@testing/db.ts';
import { proseBlocks } from '@testing/prose.ts';
import { renderRoute, type Network } from '@testing/render.tsx';
import { readability } from '../../../../scripts/readability.ts';
import { AppRoutes } from '../../app/router.tsx';
import { NON_COMPLIANT, OTHER_ISSUES } from './statement-facts.ts';

const db = testDb(testPlan([], [], 'demo'));

describe('the accessibility statement', () => {
  it('has the parts the 2018 regulations ask for, with the status and the known issues', async () => {
    renderRoute(<AppRoutes />, '/accessibility', db);
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Accessibility statement for the Social media crime dashboard',
      }),
    ).toBeInTheDocument();
    for (const name of [
      'How accessible this dashboard is',
      'Feedback and contact information',
      'Reporting accessibility problems with this dashboard',
      'Enforcement procedure',
      'Technical information about this dashboard’s accessibility',
      'How we tested this dashboard',
      'Preparation of this accessibility statement',
    ])
      expect(screen.getByRole('region', { name })).toBeInTheDocument();
    const technical = screen.getByRole('region', {
      name: 'Technical information about this dashboard’s accessibility',
    });
    expect(technical).toHaveTextContent(
      'This dashboard is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard',
    );
    expect(technical).toHaveTextContent('This fails WCAG 2.2 success criterion 1.3.1');
    const known = within(screen.getByRole('region', { name: 'How accessible this dashboard is' }));
    expect(known.getAllByRole('listitem')).toHaveLength(NON_COMPLIANT.length + OTHER_ISSUES.length);
    const enforcement = within(screen.getByRole('region', { name: 'Enforcement procedure' }));
    expect(
      enforcement.getByRole('link', { name: 'Equality Advisory and Support Service (EASS)' }),
    ).toHaveAttribute('href', 'https://www.equalityadvisoryservice.com/');
    expect(
      enforcement.getByRole('link', { name: 'Equality Commission for Northern Ireland' }),
    ).toHaveAttribute('href', 'https://www.equalityni.org/Home');
    expect(
      screen.getByRole('region', { name: 'Preparation of this accessibility statement' }),
    ).toHaveTextContent('This statement was prepared on 4 December 2026');
    expect(screen.getByRole('region', { name: 'How we tested this dashboard' })).toHaveTextContent(
      'last tested on 4 December 2026',
    );
  });

  it('opens while the data service is down, and leaves the filters out', async () => {
    const network: Network = { down: /\/api\// };
    renderRoute(<AppRoutes />, '/accessibility', db, network);
    expect(
      await screen.findByRole('heading', { level: 1, name: /^Accessibility statement/ }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Filters' })).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    const footer = within(screen.getByRole('contentinfo'));
    expect(footer.getByRole('link', { name: 'How to use this dashboard' })).toHaveAttribute(
      'href',
      '/guide',
    );
  });

  it('prints its reading level', async () => {
    renderRoute(<AppRoutes />, '/accessibility', db);
    await screen.findByRole('heading', { level: 1, name: /^Accessibility statement/ });
    const r = readability(proseBlocks(screen.getByRole('main'), 'p'));
    console.log(
      `Accessibility statement, paragraphs only: Flesch–Kincaid grade ${r.grade.toFixed(1)}, reading age ${r.readingAge.toFixed(1)} (${r.words} words)`,
    );
    expect(r.words).toBeGreaterThan(500);
  });
});
