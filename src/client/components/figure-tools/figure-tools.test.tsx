import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { ROOT } from '@server/config.ts';
import { reportedPlan } from '@server/load/reported.ts';
import { decodePack } from '@shared/pack.ts';
import { fact, table, testDb, testPlan } from '@testing/db.ts';
import { renderRoute } from '@testing/render.tsx';
import { AppRoutes } from '../../app/router.tsx';

/** Kent's figure, loaded twice: version 1 said 40 crimes, version 2 corrected it to 42. */
const db = testDb(
  testPlan([table('kent', 'totals', [fact('2023/24', '*', '*', 40)])]),
  testPlan([table('kent', 'totals', [fact('2023/24', '*', '*', 42)])]),
);
const SLOW = { timeout: 15_000 };
const PACK_KEY = 'social-media-crime-dashboard:briefing-pack';
const TITLE = /^TikTok-linked crimes recorded by Kent Police/;

describe('links that keep showing what was shown', { timeout: 30_000 }, () => {
  it('opens a pinned link with its own figures and a notice that newer ones exist', async () => {
    const user = userEvent.setup();
    const { location } = renderRoute(<AppRoutes />, '/?force=kent&version=1&tab=table', db);
    const notice = await screen.findByText(
      'These are the figures as they were in version 1 of the dataset: newer figures exist',
      {},
      SLOW,
    );
    expect(notice.closest('[role="status"]')).not.toBeNull();
    const figure = await screen.findByRole('figure', { name: TITLE }, SLOW);
    expect(
      within(await within(figure).findByRole('table')).getAllByRole('cell')[0],
    ).toHaveTextContent('40');
    await user.click(screen.getByRole('link', { name: 'See the latest figures' }));
    expect(location()?.search).toBe('?force=kent&tab=table');
    await waitFor(() => expect(within(figure).getAllByRole('cell')[0]).toHaveTextContent('42'));
    expect(screen.queryByText(/newer figures exist/)).toBeNull();
  });

  it('says nothing when the pinned version is the latest', async () => {
    renderRoute(<AppRoutes />, '/?force=kent&version=2', db);
    await screen.findByRole('figure', { name: TITLE }, SLOW);
    expect(screen.queryByText(/newer figures exist/)).toBeNull();
  });

  it('offers a link to these exact figures beside Copy link, pinned to the version in view', async () => {
    const user = userEvent.setup();
    renderRoute(<AppRoutes />, '/?force=kent', db);
    await user.click(
      await screen.findByRole('button', { name: 'Link to these exact figures' }, SLOW),
    );
    expect(await screen.findAllByText('Link copied')).toHaveLength(1);
    expect(await navigator.clipboard.readText()).toBe(
      'http://localhost:3000/?version=2&force=kent',
    );
  });
});

describe('the tools under every chart', { timeout: 30_000 }, () => {
  it('adds the chart to the briefing pack, pinned to the version it was drawn from, naming its panel', async () => {
    const user = userEvent.setup();
    window.localStorage.clear();
    renderRoute(<AppRoutes />, '/?force=kent&tab=table', db);
    const figure = await screen.findByRole('figure', { name: TITLE }, SLOW);
    for (const name of [
      'Download PNG',
      'Download SVG',
      'Download CSV',
      'Copy data as a table',
      'Cite this',
      'Embed',
    ])
      expect(within(figure).getByRole('button', { name })).toBeInTheDocument();
    await user.click(within(figure).getByRole('button', { name: 'Add to briefing' }));
    expect(
      await within(figure).findByText(
        'Added to the briefing pack (1 chart), pinned to version 2 of the figures.',
        { exact: false },
      ),
    ).toBeInTheDocument();
    expect(within(figure).getByRole('link', { name: 'Open the briefing pack' })).toHaveAttribute(
      'href',
      '/briefing',
    );
    const stored = window.localStorage.getItem(PACK_KEY) ?? '';
    expect(decodePack(stored).pack.items).toEqual([
      {
        path: '/',
        search: 'version=2&force=kent',
        title: figure.getAttribute('data-chart-figure'),
        // the overview's trend panel: a pack's slide draws it alone
        panel: 'trend',
      },
    ]);
    await user.click(within(figure).getByRole('button', { name: 'Add to briefing' }));
    expect(
      await within(figure).findByText('This chart is already in the briefing pack (1 chart).', {
        exact: false,
      }),
    ).toBeInTheDocument();
  });

  it('gives the code to embed the chart, pinned to the version on show, with a button to copy it', async () => {
    const user = userEvent.setup();
    renderRoute(<AppRoutes />, '/?force=kent&tab=table', db);
    const figure = await screen.findByRole('figure', { name: TITLE }, SLOW);
    const title = figure.getAttribute('data-chart-figure') ?? '';
    await user.click(within(figure).getByRole('button', { name: 'Embed' }));
    const code = await within(figure).findByRole('textbox', { name: 'Code to embed this chart' });
    const expected = `<iframe src="http://localhost:3000/?version=2&amp;force=kent&amp;embed=1" title="${title}" width="720" height="640" style="border: 0" loading="lazy"></iframe>`;
    expect(code).toHaveValue(expected);
    expect(code).toHaveAttribute('readonly');
    expect(code).toHaveAccessibleDescription(/Paste it into the HTML of an intranet or web page/);
    expect(
      within(figure).getByText(/^The code to embed this chart in another page is below/),
    ).toHaveTextContent('it shows version 2 of the figures');
    await user.click(within(figure).getByRole('button', { name: 'Copy the code' }));
    expect(await within(figure).findByText('Code copied')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(expected);
  });

  it('presents the view without the dashboard around it, and Escape leaves', async () => {
    const user = userEvent.setup();
    const { location } = renderRoute(<AppRoutes />, '/?force=kent', db);
    await user.click(await screen.findByRole('button', { name: 'Present' }, SLOW));
    expect(location()?.search).toBe('?force=kent&present=1');
    const figure = await screen.findByRole('figure', { name: TITLE }, SLOW);
    expect(screen.queryByRole('heading', { name: 'Filters' })).toBeNull();
    expect(screen.queryByRole('navigation', { name: 'Main' })).toBeNull();
    expect(within(figure).queryByRole('button', { name: 'Add to briefing' })).toBeNull();
    expect(await within(figure).findByText('42')).toBeInTheDocument(); // the key figure
    expect(screen.getByRole('navigation', { name: 'Presentation' })).toHaveTextContent('1 of 1');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(location()?.search).toBe('?force=kent'));
    expect(await screen.findByRole('heading', { name: 'Filters' })).toBeInTheDocument();
  });
});

describe('what a chart takes away with it', { timeout: 40_000 }, () => {
  const reported = testDb(reportedPlan(join(ROOT, 'data', 'reported')));

  it('copies a table whose source, published wording and notes are each on lines of their own', async () => {
    const user = userEvent.setup();
    renderRoute(<AppRoutes />, '/?tab=table', reported);
    const [figure] = await screen.findAllByRole('figure', {}, SLOW);
    if (!figure) throw new Error('no figure');
    await within(figure).findByRole('table', {}, SLOW);
    await user.click(within(figure).getByRole('button', { name: 'Copy data as a table' }));
    await within(figure).findByText(/Copied the data as a table/);
    const lines = (await navigator.clipboard.readText()).split('\r\n');
    // the source line ends where the figures as published begin
    expect(lines.filter((l) => l.endsWith('not comparable between forces.'))).toHaveLength(1);
    expect(lines.join('\n')).not.toMatch(/forces\.These|them[A-Z]/);
    expect(lines.some((l) => l.startsWith('As published (Cleveland Police, 2021/22'))).toBe(true);
    // the 36 forces without figures are gathered a sentence a reason, as under the chart
    expect(lines.some((l) => l.startsWith('Note:'))).toBe(false);
    const missing = lines.indexOf('Notes: Forces without figures, and why');
    expect(missing).toBeGreaterThan(0);
    expect(lines[missing + 1]).toMatch(/^- .*: \d+ forces \(/);
    expect(lines.filter((l) => l.startsWith('- ')).length).toBeLessThan(12);
  });

  it('draws the source and each figure as published on a line of its own in the image', async () => {
    const user = userEvent.setup();
    const saved: Blob[] = [];
    // jsdom makes no object URLs: keep what would have been saved
    const made = Object.getOwnPropertyDescriptors(URL);
    onTestFinished(() => {
      for (const key of ['createObjectURL', 'revokeObjectURL'] as const)
        if (!(key in made)) Reflect.deleteProperty(URL, key);
      Object.defineProperties(URL, made);
    });
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      if (blob instanceof Blob) saved.push(blob);
      return 'blob:saved';
    };
    URL.revokeObjectURL = () => undefined;
    // jsdom lays nothing out: give the chart the size a browser would
    const box = { x: 0, y: 0, top: 0, left: 0, width: 800, height: 400, right: 800, bottom: 400 };
    const layout = vi
      .spyOn(Element.prototype, 'getBoundingClientRect')
      .mockReturnValue({ ...box, toJSON: () => box });
    onTestFinished(() => layout.mockRestore());
    renderRoute(<AppRoutes />, '/', reported);
    const [figure] = await screen.findAllByRole('figure', {}, SLOW);
    if (!figure) throw new Error('no figure');
    await waitFor(() => expect(figure.querySelector('svg.recharts-surface')).not.toBeNull(), SLOW);
    await user.click(within(figure).getByRole('button', { name: 'Download SVG' }));
    await within(figure).findByText(/^Downloaded /, {}, SLOW);
    const svg = new DOMParser().parseFromString((await saved[0]?.text()) ?? '', 'image/svg+xml');
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts.join('\n')).not.toMatch(/forces\.These|them[A-Z]/);
    expect(texts.some((t) => t.startsWith('These figures as published ('))).toBe(true);
    expect(texts.some((t) => t.startsWith('Cleveland Police, 2021/22'))).toBe(true);
  });
});
