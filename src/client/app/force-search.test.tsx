import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '@server/config.ts';
import { reportedPlan } from '@server/load/reported.ts';
import { testDb } from '@testing/db.ts';
import { renderRoute } from '@testing/render.tsx';
import { AppRoutes } from './router.tsx';

const db = testDb(reportedPlan(join(ROOT, 'data', 'reported')));

async function searchForces(url: string, typed: string) {
  const user = userEvent.setup();
  const view = renderRoute(<AppRoutes />, url, db);
  await user.click(await screen.findByRole('button', { name: /^Force/ }));
  const search = await screen.findByRole('searchbox', { name: 'Search forces' });
  expect(search).toHaveAccessibleDescription(
    'Or type a council area, such as Blackpool, Caerdydd or Cumberland.',
  );
  await user.type(search, typed);
  return { user, ...view };
}

describe('the force search, by council', () => {
  it.each([
    ['blackpool', 'Lancashire Constabulary', 'Polices the Blackpool council area.'],
    ['Caerdydd', 'South Wales Police', 'Polices the Cardiff council area (Caerdydd in Welsh).'],
    [
      'Cumberland',
      'Cumbria Constabulary',
      'Polices the Cumberland council area (formed in 2023 from Allerdale, Carlisle and Copeland).',
    ],
    [
      'Kings Lynn',
      'Norfolk Constabulary',
      "Polices the King's Lynn and West Norfolk council area.",
    ],
    [
      'blackpol',
      'Lancashire Constabulary',
      'Polices the Blackpool council area (the closest name to what you typed).',
    ],
  ])('finds the force for "%s", naming the council', async (typed, force, why) => {
    await searchForces('/', typed);
    const box = await screen.findByRole('checkbox', { name: force });
    expect(box).toHaveAccessibleDescription(why);
    const options = within(screen.getByRole('group', { name: 'Force options' }));
    // the force, under its region: nothing else
    expect(options.getAllByRole('checkbox')).toHaveLength(2);
    expect(options.getByRole('status')).toHaveTextContent('1 match');
  });

  it('sets the force filter when the force a council found is ticked, in the forces view', async () => {
    const { user, location } = await searchForces('/forces', 'Caerdydd');
    await user.click(await screen.findByRole('checkbox', { name: 'South Wales Police' }));
    await waitFor(() => expect(location()?.search).toBe('?force=south-wales'));
  });

  it('says nothing about councils where the force’s own name matches', async () => {
    await searchForces('/', 'Lancashire');
    const box = await screen.findByRole('checkbox', { name: 'Lancashire Constabulary' });
    expect(box).not.toHaveAttribute('aria-describedby');
  });
});
