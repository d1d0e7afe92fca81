import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fact, table, testDb, testPlan } from '@testing/db.ts';
import { renderRoute } from '@testing/render.tsx';
import { AppRoutes } from '../app/router.tsx';

/** Kent's crimes in three years: enough months for a range. */
const db = testDb(
  testPlan([
    table('kent', 'totals', [
      fact('2021/22', '*', '*', 30),
      fact('2022/23', '*', '*', 40),
      fact('2023/24', '*', '*', 52),
    ]),
  ]),
);
const SLOW = { timeout: 15_000 };

describe('two changes before the page redraws', { timeout: 30_000 }, () => {
  it('keeps both: From, then To', async () => {
    const { location } = renderRoute(<AppRoutes />, '/?force=kent', db);
    const from = await screen.findByRole('combobox', { name: 'From' }, SLOW);
    const to = screen.getByRole('combobox', { name: 'To' });
    // both in one act: the second change is made before React has drawn the first
    act(() => {
      fireEvent.change(from, { target: { value: '2022-04' } });
      fireEvent.change(to, { target: { value: '2023-03' } });
    });
    await waitFor(() => expect(location()?.search).toBe('?force=kent&from=2022-04&to=2023-03'));
    expect(screen.getByRole('combobox', { name: 'From' })).toHaveValue('2022-04');
    expect(screen.getByRole('combobox', { name: 'To' })).toHaveValue('2023-03');
  });

  it('keeps a filter and a view choice made together, and a third change after them', async () => {
    const { location } = renderRoute(<AppRoutes />, '/?force=kent', db);
    const interval = await screen.findByRole('combobox', { name: 'Interval' }, SLOW);
    const [tableTab] = await screen.findAllByRole('tab', { name: 'Table' }, SLOW);
    if (!tableTab) throw new Error('no Table tab');
    act(() => {
      fireEvent.change(interval, { target: { value: 'year' } });
      fireEvent.click(tableTab);
      fireEvent.change(screen.getByRole('combobox', { name: 'From' }), {
        target: { value: '2022-01' },
      });
    });
    await waitFor(() =>
      expect(location()?.search).toBe('?force=kent&from=2022-01&interval=year&tab=table'),
    );
  });

  it('moves To when a From after it is chosen, against the To just chosen', async () => {
    const { location } = renderRoute(<AppRoutes />, '/?force=kent', db);
    const from = await screen.findByRole('combobox', { name: 'From' }, SLOW);
    const to = screen.getByRole('combobox', { name: 'To' });
    act(() => {
      fireEvent.change(to, { target: { value: '2022-03' } });
      fireEvent.change(from, { target: { value: '2023-04' } });
    });
    // From 2023-04 is after the To just chosen: To goes back to the end of the figures
    await waitFor(() => expect(location()?.search).toBe('?force=kent&from=2023-04'));
    expect(await screen.findByText(/so To is now Mar 2024/)).toBeInTheDocument();
  });
});
