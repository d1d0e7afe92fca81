import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { testDb, testPlan } from '@testing/db.ts';
import { proseBlocks } from '@testing/prose.ts';
import { renderRoute } from '@testing/render.tsx';
import { readability } from '../../../../scripts/readability.ts';
import { AppRoutes } from '../../app/router.tsx';
import { GUIDE_SECTIONS } from './guide-parts.tsx';

const db = testDb(testPlan([], [], 'demo'));

describe('the guide for readers', () => {
  it('has a part for each thing a new reader needs, listed in its contents', async () => {
    renderRoute(<AppRoutes />, '/guide', db);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'How to use this dashboard' }),
    ).toBeInTheDocument();
    const contents = screen.getByRole('navigation', { name: 'Contents' });
    expect(
      within(contents)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(GUIDE_SECTIONS.map(([id]) => `#${id}`));
    for (const [id, title] of GUIDE_SECTIONS)
      expect(screen.getByRole('region', { name: title })).toHaveAttribute('aria-labelledby', id);
    const marks = screen.getByRole('table', { name: 'The marks in tables' });
    expect(
      within(marks)
        .getAllByRole('rowheader')
        .map((th) => th.textContent),
    ).toEqual(['[x]', '[c]', '[z]', '[p]']);
  });

  it('gives a live example in every part that shows something, each opening a view', async () => {
    const { container } = renderRoute(<AppRoutes />, '/guide', db);
    await screen.findByRole('heading', { level: 1, name: 'How to use this dashboard' });
    const examples = Array.from(container.querySelectorAll('a[data-example]'));
    expect(examples.map((a) => a.getAttribute('href'))).toEqual([
      '/about',
      '/?force=lancashire',
      '/forces/lancashire',
      '/forces?tab=table',
      '/outcomes?dataset=demo&tab=table',
      '/?dataset=demo',
      '/offences',
      '/forces',
      '/?dataset=demo&platform=snapchat&force=kent&interval=quarter&tab=table',
      '/?force=lancashire&version=1',
      '/forces',
      '/forces?present=1',
      '/?force=lancashire',
      '/?force=lancashire&embed=1',
      '/?force=lancashire',
    ]);
    // every part but the last (help) has at least one
    for (const [, title] of GUIDE_SECTIONS.slice(0, -1))
      expect(
        within(screen.getByRole('region', { name: title })).getAllByText('Try it:'),
      ).not.toHaveLength(0);
  });

  it('is written for a reading age of 14 or under (Flesch–Kincaid)', async () => {
    renderRoute(<AppRoutes />, '/guide', db);
    await screen.findByRole('heading', { level: 1, name: 'How to use this dashboard' });
    const main = screen.getByRole('main');
    // all of it (headings and list items end a sentence), and its paragraphs alone (the harder text)
    const all = readability(proseBlocks(main));
    const paragraphs = readability(proseBlocks(main, 'p'));
    for (const [what, r] of [
      ['whole guide', all],
      ['paragraphs only', paragraphs],
    ] as const)
      console.log(
        `Guide, ${what}: Flesch–Kincaid grade ${r.grade.toFixed(1)}, reading age ${r.readingAge.toFixed(1)}, reading ease ${r.ease.toFixed(0)} (${r.words} words, ${r.sentences} sentences)`,
      );
    expect(all.words).toBeGreaterThan(800);
    expect(paragraphs.readingAge).toBeLessThanOrEqual(14);
    expect(all.readingAge).toBeLessThanOrEqual(14);
  });
});
