import { screen, within } from '@testing-library/react';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '@server/config.ts';
import { reportedPlan } from '@server/load/reported.ts';
import { encodePack } from '@shared/pack.ts';
import { testDb } from '@testing/db.ts';
import { renderRoute } from '@testing/render.tsx';
import { AppRoutes } from '../../app/router.tsx';

/**
 * The number a presenter says out loud is the crimes recorded (or the figure's own subject), never
 * the sum of a published breakdown: Lancashire's offences sum to 185 and its outcomes to 137, against
 * 98 crimes.
 */

const db = testDb(reportedPlan(join(ROOT, 'data', 'reported')));
const SLOW = { timeout: 20_000 };

async function keyFigureOf(name: string | RegExp, root: HTMLElement = document.body) {
  const figure = await within(root).findByRole('figure', { name }, SLOW);
  const key = figure.querySelector<HTMLElement>('[data-key-figure]');
  if (!key) throw new Error(`no key figure in ${String(name)}`);
  return { figure, text: key.textContent.replace(/\s+/g, ' ') };
}

describe('key figures presented', { timeout: 60_000 }, () => {
  it("says Lancashire's 98 crimes above its offence breakdown, and what the 185 is", async () => {
    renderRoute(<AppRoutes />, '/offences?force=lancashire&by=offence&present=1', db);
    const { text } = await keyFigureOf(
      'TikTok-linked crimes recorded by Lancashire Constabulary, by offence, 2023/24',
    );
    expect(text).toMatch(/^98 ?crimes in 2023\/24/);
    expect(text).toContain('The published breakdown adds up to 185, more than the total');
  });

  it('counts the crimes of the forces drawn, not their breakdowns, on the outcomes and offences views', async () => {
    const outcomes = renderRoute(<AppRoutes />, '/outcomes?present=1', db);
    const o = await keyFigureOf(
      'How TikTok-linked crimes recorded by the 5 forces that published figures in 2023/24 ended, by outcome group',
    );
    expect(o.text).toMatch(/^140 ?crimes in 2023\/24 \(figures for 2 of 44 forces\)/);
    outcomes.unmount();
    renderRoute(<AppRoutes />, '/offences?present=1', db);
    const f = await keyFigureOf(
      'TikTok-linked crimes recorded by the 7 forces that published figures, by offence group, 2023/24',
    );
    expect(f.text).toMatch(/^263 ?crimes in 2023\/24 \(figures for 4 of 44 forces\)/);
  });

  it("gives the force profile's slides the force's own figures, and draws its breakdown", async () => {
    renderRoute(<AppRoutes />, '/forces/lancashire?present=1', db);
    const rank = await keyFigureOf(
      /per 100,000 residents, 2023\/24: Lancashire Constabulary ranked/,
    );
    expect(rank.text).toMatch(
      /^6\.4 ?crimes per 100,000 residents in Lancashire Constabulary, 2023\/24/,
    );
    const mix = await keyFigureOf(
      'TikTok-linked crimes by outcome group: Lancashire Constabulary, 2023/24',
    );
    expect(mix.text).toMatch(/^98 ?crimes in 2023\/24/);
    expect(within(mix.figure).getByRole('tab', { name: 'Chart' })).toBeInTheDocument();
  });

  it("presents a pack's Lancashire slides with Lancashire's figures", async () => {
    const pack = encodePack({
      items: [
        {
          path: '/outcomes',
          search: 'version=1&force=lancashire',
          title:
            'How TikTok-linked crimes recorded by Lancashire Constabulary in 2023/24 ended, by outcome group',
        },
        {
          path: '/forces/lancashire',
          search: 'version=1',
          title:
            'TikTok-linked crimes per 100,000 residents, 2023/24: Lancashire Constabulary ranked 4th of 5 forces with figures',
        },
      ],
    });
    const first = renderRoute(<AppRoutes />, `/briefing?pack=${pack}&present=1`, db);
    const outcomes = await keyFigureOf(
      'How TikTok-linked crimes recorded by Lancashire Constabulary in 2023/24 ended, by outcome group',
    );
    expect(outcomes.text).toMatch(/^98 ?crimes in 2023\/24/);
    expect(screen.queryByText(/^137 ?crimes/)).toBeNull();
    first.unmount();
    renderRoute(<AppRoutes />, `/briefing?pack=${pack}&present=1&slide=2`, db);
    const rank = await keyFigureOf(/ranked 4th of 5 forces with figures$/);
    expect(rank.text).toMatch(/^6\.4 ?crimes per 100,000 residents in Lancashire Constabulary/);
  });
});
