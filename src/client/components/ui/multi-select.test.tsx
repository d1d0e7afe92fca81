import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { MultiSelect, type TreeOption } from './multi-select.tsx';

const options: TreeOption[] = [
  { id: 'north-west', label: 'North West', parent: null, virtual: true },
  { id: 'lancashire', label: 'Lancashire Constabulary', parent: 'north-west' },
  { id: 'merseyside', label: 'Merseyside Police', parent: 'north-west' },
  { id: 'kent', label: 'Kent Police', parent: null },
];

/**
 * A parent that applies a change only when told to, as the router does at the end of a transition.
 * Its buttons are pressed with a bare click event: a pointer press outside the open list closes it.
 */
function Slow({ log }: { log: string[][] }) {
  const [applied, setApplied] = useState<string[]>([]);
  const [queued, setQueued] = useState<string[] | null>(null);
  return (
    <>
      <MultiSelect
        label="Force"
        allLabel="All forces"
        options={options}
        selected={applied}
        onChange={(next) => {
          log.push(next);
          setQueued(next);
        }}
      />
      <button type="button" onClick={() => queued && setApplied(queued)}>
        Apply
      </button>
      <button type="button" onClick={() => setApplied(['kent'])}>
        Elsewhere
      </button>
    </>
  );
}

describe('MultiSelect', () => {
  it('ticks a box at once, before the selection it reports comes back', async () => {
    const user = userEvent.setup();
    const log: string[][] = [];
    render(<Slow log={log} />);
    await user.click(screen.getByRole('button', { name: /^Force/ }));
    const box = await screen.findByRole('checkbox', { name: 'Merseyside Police' });
    await user.click(box);
    expect(box).toBeChecked();
    expect(log).toEqual([['merseyside']]);
    // the region is part-ticked from the pending choice too
    expect(screen.getByRole('checkbox', { name: 'North West' })).toHaveProperty(
      'indeterminate',
      true,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(box).toBeChecked();
    expect(screen.getByRole('button', { name: /^Force/ })).toHaveTextContent('Merseyside Police');
  });

  it('follows the selection it is given when that changes from outside', async () => {
    const user = userEvent.setup();
    render(<Slow log={[]} />);
    await user.click(screen.getByRole('button', { name: /^Force/ }));
    await user.click(await screen.findByRole('checkbox', { name: 'Lancashire Constabulary' }));
    // e.g. Back in the browser: the given selection wins over the pending tick
    fireEvent.click(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(screen.getByRole('checkbox', { name: 'Lancashire Constabulary' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Kent Police' })).toBeChecked();
  });

  it('ticks every force in a region from the region, and clears back to all', async () => {
    const user = userEvent.setup();
    const log: string[][] = [];
    render(<Slow log={log} />);
    await user.click(screen.getByRole('button', { name: /^Force/ }));
    await user.click(await screen.findByRole('checkbox', { name: 'North West' }));
    expect(log.at(-1)).toEqual(['lancashire', 'merseyside']);
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    await user.click(screen.getByRole('button', { name: 'All forces' }));
    expect(log.at(-1)).toEqual([]);
  });
});
