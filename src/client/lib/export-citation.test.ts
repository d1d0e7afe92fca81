import { describe, expect, it } from 'vitest';
import { citation, longDate, pinnedLink } from './export-citation.ts';

describe('pinnedLink', () => {
  it.each([
    ['/', '?force=lancashire', 1, 'https://dash.example/?version=1&force=lancashire'],
    ['/', '', 2, 'https://dash.example/?version=2'],
    [
      '/offences',
      '?version=1&by=offenceGroup&tab=table',
      3,
      'https://dash.example/offences?version=1&by=offenceGroup',
    ],
    ['/about', '', null, 'https://dash.example/about'],
  ])('%s%s at version %s', (path, search, version, expected) => {
    expect(pinnedLink('https://dash.example', path, search, version)).toBe(expected);
  });

  it('keeps the tab asked for: the map it was made from', () => {
    expect(pinnedLink('https://dash.example', '/forces', '?tab=map&measure=count', 1, 'map')).toBe(
      'https://dash.example/forces?version=1&measure=count&tab=map',
    );
  });
});

describe('citation', () => {
  const base = {
    title: 'TikTok-linked crimes recorded by Lancashire Constabulary, 2021/22 to 2023/24',
    dataset: {
      title: 'Published figures: TikTok-linked crime, 2024 FOI request',
      version: 1,
      updated: '2026-11-28T04:24:11.403Z',
      illustrative: false,
    },
    url: 'https://dash.example/?version=1&force=lancashire',
    accessed: new Date('2027-02-03T10:00:00Z'),
  };

  it('gives publisher, year, title, dataset, version and its date, the link and the access date', () => {
    expect(citation(base)).toBe(
      'Social media crime dashboard (2026) ‘TikTok-linked crimes recorded by Lancashire Constabulary, 2021/22 to 2023/24’ [chart]. ' +
        'Dataset: Published figures: TikTok-linked crime, 2024 FOI request, version 1 (28 November 2026). ' +
        'Available at: https://dash.example/?version=1&force=lancashire (accessed 3 February 2027).',
    );
  });

  it('warns that illustrative figures are not for quotation', () => {
    expect(citation({ ...base, dataset: { ...base.dataset, illustrative: true } })).toMatch(
      /\(accessed 3 February 2027\)\. Illustrative figures, invented to demonstrate the dashboard: not for quotation\.$/,
    );
  });

  it('writes dates as the UK reads them, in UK time', () => {
    expect(longDate('2026-06-30T23:30:00Z')).toBe('1 July 2026');
    expect(longDate(new Date('2026-12-31T23:30:00Z'))).toBe('31 December 2026');
  });
});
