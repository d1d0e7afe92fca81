import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { figureData, type Loadable } from './counts-figure.tsx';

function loadable<T>(state: Partial<Loadable<T>>): Loadable<T> {
  return {
    data: undefined,
    error: null,
    isFetching: false,
    refetch: vi.fn(() => Promise.resolve()),
    ...state,
  };
}

describe('figureData', () => {
  it('says the figure is loading while any answer is missing', () => {
    const f = figureData([loadable({ data: 1 }), loadable<string>({})], 'the trend');
    expect(f.pending).not.toBeNull();
    render(f.pending);
    expect(screen.getByText('Loading the trend…')).toBeInTheDocument();
  });

  it('shows a failure of any answer, and Retry asks again only for what is not there', async () => {
    const ok = loadable({ data: 1 });
    const failed = loadable<number>({ error: new Error('The server did not answer') });
    const f = figureData([ok, failed], 'the trends');
    render(f.pending);
    expect(screen.getByText('The trends could not be loaded')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /retry/i }));
    expect(failed.refetch).toHaveBeenCalledTimes(1);
    expect(ok.refetch).not.toHaveBeenCalled();
  });

  it('gives every answer in order once all are there, busy while any is fetched again', () => {
    const f = figureData([loadable({ data: 1 }), loadable({ data: 'b', isFetching: true })], 'x');
    expect(f.pending).toBeNull();
    expect(f.data).toEqual([1, 'b']);
    expect(f.busy).toBe(true);
  });
});
