import { describe, expect, it } from 'vitest';
import { NOTE_CODES, type Note, type NoteCode } from './contract.ts';
import { forceSentences, noteSentence, type NoteNames } from './note-words.ts';

/** The wording of each note code, said once here; the rules' tests assert codes and figures. */

const names: NoteNames = {
  force: (id) =>
    ({ kent: 'Kent Police', dorset: 'Dorset Police', essex: 'Essex Police' })[id] ?? id,
  platform: (id) => ({ tiktok: 'TikTok', snapchat: 'Snapchat' })[id] ?? id,
  category: (_dimension, id) => ({ 'charged-summonsed': 'Charged/Summonsed' })[id] ?? id,
  period: (id) =>
    ({
      '2021/22': { label: '2021/22', start: '2021-06', end: '2022-03' },
      '2022/23': { label: '2022/23', start: '2022-04', end: '2023-03' },
    })[id],
};

const at = { message: '', forces: ['kent'], periods: ['2022/23'] };
const plain = { message: '', forces: [], periods: [] };

const cases: [NoteCode, Note, string][] = [
  [
    'no-figure',
    { ...at, kind: 'missing', code: 'no-figure', status: 'refused' },
    'Kent Police: refused the request (2022/23).',
  ],
  [
    'breakdown-without-total',
    {
      ...at,
      kind: 'missing',
      code: 'breakdown-without-total',
      table: 'offence',
      totalsFor: ['2021/22 to 2023/24'],
      shownAlone: true,
      listedOnly: false,
    },
    'Kent Police: its total is published only for 2021/22 to 2023/24, and for this period only part of the offence breakdown was published, with no total to set it against; its figures are shown, as published, as numbers of crimes (2022/23).',
  ],
  [
    'published-for-other-periods',
    {
      ...at,
      kind: 'missing',
      code: 'published-for-other-periods',
      table: 'outcome',
      publishedFor: ['2023/24', '2021/22 to 2023/24'],
    },
    'Kent Police: outcome breakdown published for 2023/24 and 2021/22 to 2023/24 only (2022/23).',
  ],
  [
    'not-at-detail',
    { ...at, kind: 'missing', code: 'not-at-detail', dimensions: ['offence', 'outcome'] },
    'Kent Police: figures are not published at the detail of the selected offences and outcomes (2022/23).',
  ],
  [
    'not-broken-down',
    { ...at, kind: 'missing', code: 'not-broken-down', by: 'outcomeGroup' },
    'Kent Police: figures are not broken down by outcome group (2022/23).',
  ],
  [
    'cannot-split',
    {
      ...at,
      kind: 'unplaced',
      code: 'cannot-split',
      publishedFor: ['2022/23'],
      interval: 'quarter',
    },
    'Kent Police: figures cover 2022/23, which cannot be split into quarters (2022/23).',
  ],
  [
    'disagreement',
    {
      ...at,
      kind: 'disagreement',
      code: 'disagreement',
      table: 'offence',
      sum: 1185,
      against: 'total',
      total: 998,
    },
    'Kent Police: the published offence breakdown sums to 1,185, more than the published total of 998; both are kept as published (2022/23).',
  ],
  [
    'partial-breakdown',
    {
      ...at,
      kind: 'partial-breakdown',
      code: 'partial-breakdown',
      table: 'offence-outcome',
      part: 55,
      whole: 107,
    },
    'Kent Police: the published offence and outcome breakdown accounts for 55 of 107 crimes; the other 52 are shown as Not broken down (2022/23).',
  ],
  [
    'coarse-categories',
    {
      ...at,
      kind: 'partial-breakdown',
      code: 'coarse-categories',
      dimension: 'outcome',
      categories: ['charged-summonsed'],
    },
    'Kent Police: some crimes are published only as Charged/Summonsed, not broken down by outcome at the level asked for, and are shown as Not broken down (2022/23).',
  ],
  [
    'selection',
    { ...at, kind: 'selection', code: 'selection', table: 'outcome', platform: 'tiktok' },
    'Kent Police: TikTok: only a selection of the outcome breakdown was published, with no total for this selection: its figures are shown as published, and are not in the total (2022/23).',
  ],
  [
    'suppressed',
    { ...at, kind: 'suppressed', code: 'suppressed' },
    'Kent Police: some figures were suppressed by the force, so values that include them are lower bounds (2022/23).',
  ],
  [
    'part-periods',
    { ...plain, periods: ['2021/22'], kind: 'coverage', code: 'part-periods', interval: 'fy' },
    'Part periods: 2021/22 (2021-06 to 2022-03) cover only part of the period; compare them with full periods with care.',
  ],
  [
    'range-clipped',
    {
      ...plain,
      kind: 'coverage',
      code: 'range-clipped',
      asked: { from: '2019-01', to: '2030-12' },
      covers: { from: '2021-04', to: '2024-03' },
    },
    'The dataset covers 2021-04 to 2024-03; months of the range asked for (2019-01 to 2030-12) outside it are left out.',
  ],
  [
    'range-outside',
    {
      ...plain,
      kind: 'coverage',
      code: 'range-outside',
      asked: { from: '2030-01', to: '2030-12' },
      covers: null,
    },
    "The range asked for (2030-01 to 2030-12) lies outside the dataset's coverage (no months).",
  ],
  [
    'not-asked',
    { ...plain, kind: 'not-asked', code: 'not-asked', platforms: ['tiktok', 'snapchat'] },
    'This dataset has no figures for TikTok and Snapchat: forces were not asked about them.',
  ],
  [
    'rate-without-population',
    { ...plain, forces: ['btp'], kind: 'rate', code: 'rate-without-population' },
    'Rates leave out British Transport Police, which polices the railways and has no resident population.',
  ],
];

describe('the words of each note code', () => {
  it('has a case for every code', () => {
    expect(cases.map(([code]) => code)).toEqual([...NOTE_CODES]);
  });

  it.each(cases)('%s', (_code, note, words) => {
    expect(noteSentence(note, names)).toBe(words);
  });

  it('says why a force with a total has no figure for a selection its breakdown lists only in part', () => {
    const note: Note = {
      ...at,
      kind: 'missing',
      code: 'breakdown-without-total',
      table: 'offence',
      totalsFor: [],
      shownAlone: false,
      listedOnly: true,
    };
    expect(noteSentence(note, names)).toBe(
      'Kent Police: its published offence breakdown lists only some of its crimes and the rest are not broken down, so how many are in this selection is unknown; the crimes it does list are counted in breakdowns (2022/23).',
    );
  });

  it('gathers forces with the same reason over the same periods into one sentence', () => {
    const note: Note = {
      message: '',
      kind: 'missing',
      code: 'no-figure',
      status: 'unknown',
      forces: ['dorset', 'essex'],
      periods: ['2021/22', '2022/23'],
    };
    expect(noteSentence(note, names)).toBe(
      'No published reply has been found (2021/22, 2022/23): 2 forces (Dorset Police, Essex Police).',
    );
    expect(forceSentences(note, names)).toEqual([
      'Dorset Police: no published reply has been found (2021/22, 2022/23).',
      'Essex Police: no published reply has been found (2021/22, 2022/23).',
    ]);
  });
});
