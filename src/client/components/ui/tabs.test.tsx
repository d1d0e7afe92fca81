import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Tabs } from './tabs.tsx';

describe('Tabs', () => {
  it('selects another tab, and does nothing for the tab already on show', async () => {
    const user = userEvent.setup();
    const chosen: string[] = [];
    render(
      <Tabs<'chart' | 'table'>
        label="Figure"
        selected="chart"
        onSelect={(k) => chosen.push(k)}
        items={[
          { key: 'chart', label: 'Chart', panel: <p>drawn</p> },
          { key: 'table', label: 'Table', panel: <p>numbers</p> },
        ]}
      />,
    );
    await user.click(screen.getByRole('tab', { name: 'Chart' }));
    expect(chosen).toEqual([]);
    await user.click(screen.getByRole('tab', { name: 'Table' }));
    expect(chosen).toEqual(['table']);
  });
});
