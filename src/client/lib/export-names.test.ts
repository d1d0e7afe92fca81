import { describe, expect, it } from 'vitest';
import type { CountsResponse } from '@shared/contract.ts';
import { exportFileName } from './export-names.ts';

type Named = Pick<CountsResponse, 'query' | 'periods' | 'dataset' | 'forces' | 'coverage'>;

/** the 44 forces of England and Wales, as ids (their names do not matter here) */
const EVERY_FORCE = Array.from({ length: 44 }, (_, i) => `force-${i + 1}`);

const fy = (y: number) => ({
  id: `${y}/${String(y + 1).slice(2)}`,
  label: `${y}/${String(y + 1).slice(2)}`,
  start: `${y}-04`,
  end: `${y + 1}-03`,
  partial: false,
});

function response(
  query: Partial<Named['query']>,
  options: { illustrative?: boolean; withFigures?: string[] } = {},
): Named {
  const inView = query.force && query.force.length > 0 ? query.force : EVERY_FORCE;
  return {
    forces: inView,
    coverage: { forces: options.withFigures ?? inView, platforms: query.platform ?? ['tiktok'] },
    query: {
      dataset: 'reported',
      version: 1,
      platform: ['tiktok'],
      force: [],
      offence: [],
      outcome: [],
      from: '2021-04',
      to: '2024-03',
      interval: 'fy',
      by: 'none',
      measure: 'count',
      ...query,
    },
    periods: [fy(2021), fy(2022), fy(2023)],
    dataset: {
      id: 'reported',
      title: 'Published figures',
      illustrative: options.illustrative ?? false,
      version: 1,
      updated: '2026-11-28T04:24:11.403Z',
    },
  };
}

describe('exportFileName', () => {
  it.each<[string, string, Named, 'csv' | 'png' | 'svg', string]>([
    [
      "the issue's example",
      '/',
      response({ force: ['lancashire'] }),
      'csv',
      'tiktok-lancashire-2021-22-to-2023-24.csv',
    ],
    [
      'every force, every platform',
      '/',
      response({ platform: [] }),
      'png',
      'all-platforms-england-and-wales-2021-22-to-2023-24.png',
    ],
    [
      'a view, a split, a measure and a few forces',
      '/forces',
      response({ force: ['kent', 'essex'], by: 'force', measure: 'rate' }),
      'svg',
      'forces-tiktok-kent-essex-by-force-rate-per-100000-2021-22-to-2023-24.svg',
    ],
    [
      'many forces counted, offences slugged',
      '/offences',
      response({
        force: ['kent', 'essex', 'surrey', 'sussex'],
        offence: ['8R', '71/17'],
        by: 'offenceGroup',
        measure: 'share',
      }),
      'csv',
      'offences-tiktok-4-forces-8r-71-17-by-offence-group-share-2021-22-to-2023-24.csv',
    ],
    [
      "a force's profile",
      '/forces/lancashire',
      response({ force: ['lancashire'], outcome: ['18'] }),
      'csv',
      'force-profile-tiktok-lancashire-18-2021-22-to-2023-24.csv',
    ],
    [
      'illustrative figures say so',
      '/',
      response({ dataset: 'demo', platform: ['snapchat'] }, { illustrative: true }),
      'png',
      'snapchat-england-and-wales-2021-22-to-2023-24-illustrative.png',
    ],
    [
      'every force asked, 5 with figures: not England and Wales',
      '/',
      response(
        {},
        { withFigures: ['cleveland', 'dorset', 'dyfed-powys', 'hertfordshire', 'lancashire'] },
      ),
      'csv',
      'tiktok-5-forces-with-figures-2021-22-to-2023-24.csv',
    ],
    [
      'every force asked, 2 with figures: named',
      '/',
      response({}, { withFigures: ['cleveland', 'dorset'] }),
      'png',
      'tiktok-cleveland-dorset-2021-22-to-2023-24.png',
    ],
    [
      'forces chosen, some without figures: those with figures',
      '/',
      response({ force: ['kent', 'essex', 'dorset'] }, { withFigures: ['dorset'] }),
      'csv',
      'tiktok-dorset-2021-22-to-2023-24.csv',
    ],
  ])('%s', (_, path, r, ext, expected) => {
    expect(exportFileName(path, r, ext)).toBe(expected);
  });

  it('names a single period once, and months in words', () => {
    const r = response({ interval: 'month' });
    r.periods = [
      { id: '2024-01', label: 'Jan 2024', start: '2024-01', end: '2024-01', partial: false },
    ];
    expect(exportFileName('/', r, 'csv')).toBe('tiktok-england-and-wales-jan-2024.csv');
  });

  it('keeps names short enough for every file system, cutting at a word', () => {
    const r = response({ platform: ['a'.repeat(70)], force: ['b'.repeat(70)] });
    const name = exportFileName('/', r, 'csv');
    expect(name.length).toBeLessThanOrEqual(124);
    expect(name).toBe(`${'a'.repeat(70)}.csv`);
  });
});
