import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import { ROOT } from '@server/config.ts';
import { demoPlan } from '@server/load/demo.ts';
import { reportedPlan } from '@server/load/reported.ts';
import { fact, table, testDb, testPlan } from '@testing/db.ts';
import { renderRoute } from '@testing/render.tsx';
import { AppRoutes } from './router.tsx';

describe('the layout', () => {
  it('asks for the dataset’s description once, not again by name', async () => {
    const db = testDb(reportedPlan(join(ROOT, 'data', 'reported')));
    const { fetchSpy } = renderRoute(<AppRoutes />, '/', db);
    expect(await screen.findByRole('combobox', { name: 'Dataset' })).toHaveValue('reported');
    const metas = fetchSpy.mock.calls
      .map(([input]) =>
        typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
      )
      .filter((url) => url.includes('/api/v1/meta'));
    expect(metas).toEqual(['/api/v1/meta']);
  });

  it('opens on a database that holds only imported returns, showing its own dataset', async () => {
    const db = testDb(
      testPlan(
        [table('kent', 'totals', [fact('2022/23', '*', '*', 40), fact('2023/24', '*', '*', 52)])],
        [],
        'kent-returns',
      ),
    );
    renderRoute(<AppRoutes />, '/?force=kent', db);
    expect(await screen.findByRole('combobox', { name: 'Dataset' })).toHaveValue('kent-returns');
    expect(await screen.findByText('52')).toBeInTheDocument();
    expect(screen.getByText('+30%')).toBeInTheDocument();
  });

  it('keeps the header and navigation when the dataset in view cannot be described, with Retry', async () => {
    const user = userEvent.setup();
    const db = testDb(reportedPlan(join(ROOT, 'data', 'reported')), demoPlan());
    const network = { down: /\/api\/v1\/meta\?dataset=demo/ as RegExp | null };
    renderRoute(
      <AppRoutes />,
      '/?dataset=demo&force=kent,dorset&by=platform&tab=table',
      db,
      network,
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The dashboard could not load its data');
    expect(alert).toHaveTextContent('could not reach its data service');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    // the links keep the reader's filters, not this view's own choices
    expect(within(nav).getByRole('link', { name: 'Forces' })).toHaveAttribute(
      'href',
      '/forces?dataset=demo&force=kent,dorset',
    );
    network.down = null;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('combobox', { name: 'Dataset' })).toHaveValue('demo');
    expect(screen.queryByRole('alert')).toBeNull();
  });
  it('names an address that is no page in its heading and in the title a tab or history shows', async () => {
    renderRoute(<AppRoutes />, '/nonsense', testDb(reportedPlan(join(ROOT, 'data', 'reported'))));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument();
    await vi.waitFor(() =>
      expect(document.title).toBe('Page not found – Social media crime dashboard'),
    );
  });
});
