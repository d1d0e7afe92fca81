import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { ROOT } from '@server/config.ts';
import { demoPlan } from '@server/load/demo.ts';
import { reportedPlan } from '@server/load/reported.ts';
import { decodePack, encodePack, type PackItem } from '@shared/pack.ts';
import { fact, table, testDb, testPlan } from '@testing/db.ts';
import { renderRoute } from '@testing/render.tsx';
import { AppRoutes } from '../../app/router.tsx';

const db = testDb(reportedPlan(join(ROOT, 'data', 'reported')));
const SLOW = { timeout: 15_000 };
const PACK_KEY = 'social-media-crime-dashboard:briefing-pack';

const LANCASHIRE: PackItem = {
  path: '/',
  search: 'version=1&force=lancashire',
  title: 'TikTok-linked crimes recorded by Lancashire Constabulary, 2021/22 to 2023/24',
};
const DORSET: PackItem = {
  path: '/',
  search: 'version=1&force=dorset',
  title: 'TikTok-linked crimes recorded by Dorset Police, 2021/22 to 2023/24',
};

/** The pack's list as it reads: "1. Title" */
async function listed(): Promise<string[]> {
  await screen.findAllByRole('button', { name: /^Remove: / }, SLOW);
  return [...document.querySelectorAll('ol li p.font-bold')].map((p) => p.textContent);
}

function packIn(search: string | undefined) {
  return decodePack(new URLSearchParams(search).get('pack') ?? '').pack.items;
}

beforeEach(() => {
  window.localStorage.clear();
});

describe('the briefing pack', { timeout: 30_000 }, () => {
  it('says how to fill an empty pack', async () => {
    renderRoute(<AppRoutes />, '/briefing', db);
    expect(await screen.findByRole('heading', { name: 'The pack is empty' })).toBeInTheDocument();
    // filters do not apply to a pack
    expect(screen.queryByRole('heading', { name: 'Filters' })).toBeNull();
  });

  it('lists the charts of a pack opened from its link, each drawn by its own view', async () => {
    renderRoute(<AppRoutes />, `/briefing?pack=${encodePack({ items: [LANCASHIRE, DORSET] })}`, db);
    expect(await listed()).toEqual([`1. ${LANCASHIRE.title}`, `2. ${DORSET.title}`]);
    expect(screen.getAllByText(/figures pinned to version 1/)).toHaveLength(2);
    const pages = screen.getAllByRole('article', { name: /^Chart \d of \d$/ });
    expect(pages.map((p) => p.getAttribute('aria-label'))).toEqual([
      'Chart 1 of 2',
      'Chart 2 of 2',
    ]);
    // the chart is drawn by the overview, in the pack, with its source and the link that draws it again
    const figure = await within(pages[0]!).findByRole('figure', { name: LANCASHIRE.title }, SLOW);
    expect(
      within(figure).getByRole('link', { name: /Huge rise in TikTok crimes/ }),
    ).toBeInTheDocument();
    expect(within(figure).queryByRole('button', { name: 'Add to briefing' })).toBeNull();
    expect(
      within(pages[0]!).getByRole('link', {
        name: 'http://localhost:3000/?version=1&force=lancashire',
      }),
    ).toBeInTheDocument();
  });

  it('reorders and removes charts with buttons, keeping the pack in the link and the browser', async () => {
    const user = userEvent.setup();
    const { location } = renderRoute(
      <AppRoutes />,
      `/briefing?pack=${encodePack({ items: [LANCASHIRE, DORSET] })}`,
      db,
    );
    await user.click(
      await screen.findByRole('button', { name: `Move down: ${LANCASHIRE.title}` }, SLOW),
    );
    expect(packIn(location()?.search)).toEqual([DORSET, LANCASHIRE]);
    expect(screen.getByText(/^Moved ‘/).textContent).toMatch(
      /Moved ‘TikTok-linked crimes recorded by Lancashire Constabulary, 2021\/22 to 2023\/24’ down: it is now chart 2 of 2\./,
    );
    expect(screen.getByRole('button', { name: `Move down: ${LANCASHIRE.title}` })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: `Remove: ${DORSET.title}` }));
    expect(packIn(location()?.search)).toEqual([LANCASHIRE]);
    expect(decodePack(window.localStorage.getItem(PACK_KEY) ?? '').pack.items).toEqual([
      LANCASHIRE,
    ]);
  });

  it('opens the pack being built when the link has none', async () => {
    window.localStorage.setItem(PACK_KEY, encodePack({ items: [DORSET] }));
    const { location } = renderRoute(<AppRoutes />, '/briefing', db);
    expect(await listed()).toEqual([`1. ${DORSET.title}`]);
    await waitFor(() => expect(packIn(location()?.search)).toEqual([DORSET]));
  });

  it('keeps the pack being built when a different one is opened from a link, until asked', async () => {
    const user = userEvent.setup();
    window.localStorage.setItem(PACK_KEY, encodePack({ items: [DORSET] }));
    renderRoute(<AppRoutes />, `/briefing?pack=${encodePack({ items: [LANCASHIRE] })}`, db);
    expect(
      await screen.findByText('This pack was opened from a link', {}, SLOW),
    ).toBeInTheDocument();
    expect(await listed()).toEqual([`1. ${LANCASHIRE.title}`]);
    await user.click(screen.getByRole('button', { name: 'Open the pack I was building' }));
    await screen.findByRole('button', { name: `Remove: ${DORSET.title}` });
    expect(await listed()).toEqual([`1. ${DORSET.title}`]);
  });

  it('says which charts of a damaged link could not be read, and shows the rest', async () => {
    const raw = encodePack({ items: [LANCASHIRE] });
    renderRoute(<AppRoutes />, `/briefing?pack=${raw.slice(0, 20)}`, db);
    const notice = await screen.findByText(
      'Part of this pack could not be read, so the page shows the rest',
      {},
      SLOW,
    );
    expect(notice.closest('[role="status"]')).not.toBeNull();
    expect(screen.getByText(/it may have been cut short when it was copied/)).toBeInTheDocument();
  });

  it('keeps a pinned chart at its version, and says when newer figures exist', async () => {
    const twice = testDb(
      testPlan([table('kent', 'totals', [fact('2023/24', '*', '*', 40)])]),
      testPlan([table('kent', 'totals', [fact('2023/24', '*', '*', 42)])]),
    );
    const kent: PackItem = {
      path: '/',
      search: 'version=1&force=kent',
      title: 'TikTok-linked crimes recorded by Kent Police, 2023/24',
    };
    renderRoute(<AppRoutes />, `/briefing?pack=${encodePack({ items: [kent] })}`, twice);
    expect(
      await screen.findByText(
        /figures pinned to version 1; newer figures exist \(version 2\)/,
        {},
        SLOW,
      ),
    ).toBeInTheDocument();
    const page = screen.getByRole('article', { name: 'Chart 1 of 1' });
    const figure = await within(page).findByRole('figure', { name: kent.title }, SLOW);
    await userEvent.setup().click(within(figure).getByRole('tab', { name: 'Table' }));
    expect(within(await within(figure).findByRole('table')).getByRole('cell')).toHaveTextContent(
      '40',
    );
    expect(
      within(page).getByText(/newer figures were loaded on .* \(version 2\)/),
    ).toBeInTheDocument();
  });

  it('keeps a title and a note a chart in its link, and prints the note under its chart', async () => {
    const user = userEvent.setup();
    const { location } = renderRoute(
      <AppRoutes />,
      `/briefing?pack=${encodePack({ items: [LANCASHIRE, DORSET] })}`,
      db,
    );
    await listed();
    await user.type(
      screen.getByRole('textbox', { name: /^Title of the pack/ }),
      'For the minister',
    );
    await user.type(
      screen.getByRole('textbox', { name: /^Note under chart 2/ }),
      'Dorset: say the figures are partial.',
    );
    await waitFor(() =>
      expect(decodePack(new URLSearchParams(location()?.search).get('pack') ?? '').pack).toEqual({
        title: 'For the minister',
        items: [LANCASHIRE, { ...DORSET, note: 'Dorset: say the figures are partial.' }],
      }),
    );
    const second = screen.getByRole('article', { name: 'Chart 2 of 2' });
    expect(within(second).getByText('Dorset: say the figures are partial.')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Briefing pack: For the minister' }),
    ).toBeInTheDocument();
  });

  it('draws a chart that names its panel from that panel alone, asking only its questions', async () => {
    const mix: PackItem = {
      path: '/forces/lancashire',
      search: 'version=1',
      title: 'TikTok-linked crimes by offence group: Lancashire Constabulary, 2023/24',
      panel: 'offence-mix',
    };
    const asked = (spy: { mock: { calls: unknown[][] } }) =>
      spy.mock.calls
        .map(([input]) => new URL(String(input), 'http://localhost'))
        .filter((u) => u.pathname === '/api/v1/counts')
        .map((u) => u.searchParams);
    const { fetchSpy } = renderRoute(
      <AppRoutes />,
      `/briefing?pack=${encodePack({ items: [mix] })}`,
      db,
    );
    const page = await screen.findByRole('article', { name: 'Chart 1 of 1' }, SLOW);
    expect(await within(page).findByRole('figure', { name: mix.title }, SLOW)).toBeInTheDocument();
    // the other panels of the profile (the ranking on rate, the outcome mix, the trend) are not drawn
    expect(
      within(page).queryByRole('figure', { name: /ranked|by outcome group|2021\/22 to/ }),
    ).toBeNull();
    const questions = asked(fetchSpy);
    expect(questions.some((q) => q.get('by') === 'offenceGroup')).toBe(true);
    expect(
      questions.filter((q) => q.get('measure') === 'rate' || q.get('by') === 'outcomeGroup'),
    ).toEqual([]);
  });

  it('draws the whole view for a panel its view no longer has, and finds the chart by its title', async () => {
    const item: PackItem = { ...LANCASHIRE, panel: 'no-such-panel' };
    renderRoute(<AppRoutes />, `/briefing?pack=${encodePack({ items: [item] })}`, db);
    const page = await screen.findByRole('article', { name: 'Chart 1 of 1' }, SLOW);
    expect(
      await within(page).findByRole('figure', { name: LANCASHIRE.title }, SLOW),
    ).toBeInTheDocument();
    expect(within(page).queryByText(/no longer draws a chart called/)).toBeNull();
  });
  it('labels a chart of illustrative data as such in the pack list, and only that one', async () => {
    const demo: PackItem = {
      path: '/',
      search: 'dataset=demo&version=1',
      title:
        'TikTok-linked crimes recorded by police forces in England and Wales, Apr 2021 to Jun 2024',
    };
    const demoDb = testDb(reportedPlan(join(ROOT, 'data', 'reported')), demoPlan());
    renderRoute(
      <AppRoutes />,
      `/briefing?pack=${encodePack({ items: [LANCASHIRE, demo] })}`,
      demoDb,
    );
    await listed();
    const items = [...document.querySelectorAll('ol > li')];
    expect(items[1]).toHaveTextContent(/^2\. .*Illustrative data: not real figures · Overview/);
    expect(items[0]).not.toHaveTextContent(/Illustrative/);
  });
});
