import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fact, table, testDb, testPlan } from '@testing/db.ts';
import { renderRoute } from '@testing/render.tsx';
import { AppRoutes } from './router.tsx';

describe('the layout', () => {
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
});
