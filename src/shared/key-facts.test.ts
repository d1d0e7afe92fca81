import { describe, expect, it } from 'vitest';
import { counts, fyPeriod as period, gazette } from '@testing/counts.ts';
import type { ReturnRow, ReturnStatus } from './contract.ts';
import { keyFacts, type KeyFactsInput } from './key-facts.ts';
import { changeWords, ordinal, share } from './key-facts-words.ts';

/** Small synthetic API answers, hand-checked: the figures are those of the published returns. */

function status(label: string, value: ReturnStatus, note: string | null = null): ReturnRow {
  const p = period(label);
  return {
    force: 'lancashire',
    platform: 'tiktok',
    period: { label, start: p.start, end: p.end },
    status: value,
    note,
    source: null,
  };
}

function input(patch: Partial<KeyFactsInput>): KeyFactsInput {
  return {
    force: { id: 'lancashire', name: 'Lancashire Constabulary', population: 1_531_200 },
    subject: 'TikTok-linked crimes',
    platformNames: { tiktok: 'TikTok', x: 'X (Twitter)' },
    platforms: ['tiktok'],
    byPlatform: counts({ series: { tiktok: [66, 98] } }),
    whole: null,
    rates: null,
    offences: null,
    outcomes: null,
    returns: null,
    datasetSources: [],
    ...patch,
  };
}

const texts = (i: KeyFactsInput) => keyFacts(i).map((f) => f.text);

describe('the headline sentence', () => {
  it.each<[string, Partial<KeyFactsInput>, string]>([
    [
      'Lancashire on the published figures',
      {},
      'Lancashire Constabulary recorded 98 TikTok-linked crimes in 2023/24, up 48% on 2022/23 (66).',
    ],
    [
      'a fall',
      { byPlatform: counts({ series: { tiktok: [100, 88] } }) },
      'Lancashire Constabulary recorded 88 TikTok-linked crimes in 2023/24, down 12% on 2022/23 (100).',
    ],
    [
      'no change',
      { byPlatform: counts({ series: { tiktok: [42, 42] } }) },
      'Lancashire Constabulary recorded 42 TikTok-linked crimes in 2023/24, the same as in 2022/23 (42).',
    ],
    [
      'too few crimes for a percentage',
      { byPlatform: counts({ series: { tiktok: [5, 7] } }) },
      'Lancashire Constabulary recorded 7 TikTok-linked crimes in 2023/24, up from 5 in 2022/23.',
    ],
    [
      'no figure for the year before',
      { byPlatform: counts({ series: { tiktok: [null, 98] } }) },
      'Lancashire Constabulary recorded 98 TikTok-linked crimes in 2023/24; there is no figure for 2022/23 to compare with.',
    ],
    [
      'suppressed cells: a lower bound, no change',
      { byPlatform: counts({ series: { tiktok: [66, 98] }, suppressed: [false, true] }) },
      'Lancashire Constabulary recorded at least 98 TikTok-linked crimes in 2023/24; some figures were suppressed, so no change on 2022/23 is given.',
    ],
    [
      'a platform with a figure for one year only is left out of the change',
      {
        platforms: [],
        byPlatform: counts({ series: { tiktok: [54, 74], x: [14, null] } }),
      },
      'Lancashire Constabulary recorded 74 TikTok-linked crimes in 2023/24 (no figure for X (Twitter)), up 37% on 2022/23 (54 on the same platforms).',
    ],
  ])('%s', (_, patch, expected) => {
    expect(texts(input(patch))[0]).toBe(expected);
  });

  it('says that no reply was found, never 0, when a force has no figures at all', () => {
    const facts = texts(
      input({
        force: { id: 'lancashire', name: 'Merseyside Police', population: 1_423_300 },
        byPlatform: counts({ series: { tiktok: [null, null] }, sources: [] }),
        returns: [status('2022/23', 'unknown'), status('2023/24', 'unknown')],
      }),
    );
    expect(facts).toEqual([
      'No published reply from Merseyside Police has been found for 2022/23 to 2023/24, so the number of its TikTok-linked crimes is unknown.',
    ]);
    expect(facts.join(' ')).not.toMatch(/\b0\b/);
  });

  it('gives the one figure of a force that published only a total for the whole range', () => {
    const whole = counts({ periods: ['span'], series: { all: [188] } });
    whole.periods = [{ ...period('span'), label: '2021/22 to 2023/24' }];
    const facts = keyFacts(
      input({ byPlatform: counts({ series: { tiktok: [null, null] } }), whole }),
    );
    expect(facts[0]?.text).toBe(
      'Lancashire Constabulary recorded 188 TikTok-linked crimes over 2021/22 to 2023/24; its published figures are not split by financial year.',
    );
    expect(facts[0]?.link).toEqual({
      view: 'overview',
      patch: { force: ['lancashire'], interval: 'total' },
    });
  });

  it('names the latest figure when the latest full period has none', () => {
    const facts = texts(
      input({
        byPlatform: counts({ series: { tiktok: [54, null] } }),
        returns: [status('2023/24', 'refused')],
      }),
    );
    expect(facts).toEqual([
      'Lancashire Constabulary refused the request for 2023/24, so the number of its TikTok-linked crimes is unknown. Its latest figure is 54 TikTok-linked crimes, for 2022/23.',
    ]);
  });

  it('links to the overview for the force, with the figures and source it states', () => {
    const [fact] = keyFacts(input({}));
    expect(fact?.link).toEqual({ view: 'overview', patch: { force: ['lancashire'] } });
    expect(fact?.figures).toEqual({ '2023/24': 98, '2022/23': 66, change: (32 / 66) * 100 });
    expect(fact?.sources.map((s) => s.publisher)).toEqual(['Blackpool Gazette']);
  });
});

describe('part periods and refusals', () => {
  it('uses the latest full period and says that a part period exists', () => {
    const facts = texts(
      input({
        byPlatform: counts({
          periods: ['2022/23', '2023/24', '2024/25'],
          series: { tiktok: [54, 74, 21] },
        }),
      }),
    );
    expect(facts).toEqual([
      'Lancashire Constabulary recorded 74 TikTok-linked crimes in 2023/24, up 37% on 2022/23 (54).',
      'Figures for 2024/25 cover only Apr to Jun 2024 so far (21 TikTok-linked crimes), so they are not compared with full years.',
    ]);
  });

  it('says which periods a force refused, with its reason', () => {
    const facts = keyFacts(
      input({
        byPlatform: counts({
          periods: ['2021/22', '2022/23', '2023/24'],
          series: { tiktok: [null, 54, 74] },
        }),
        returns: [
          status('2021/22', 'refused', 'Refused under section 12 (cost of compliance)'),
          status('2022/23', 'provided'),
        ],
      }),
    );
    const refusal = facts.find((f) => f.key === 'returns');
    expect(refusal?.text).toBe(
      'Lancashire Constabulary refused the request for TikTok figures for 2021/22: “Refused under section 12 (cost of compliance)”. There is no figure for that period.',
    );
    expect(refusal?.link.view).toBe('returns');
  });
});

describe('offences and outcomes', () => {
  const ewOffences = counts({
    series: { 'violence-against-the-person': [null, 218], 'not-broken-down': [null, 64] },
    forces: ['lancashire', 'cleveland'],
    complete: [false, false],
  });

  it.each<[string, KeyFactsInput['offences'], number[], string]>([
    [
      'a breakdown that sums to more than the total',
      {
        force: counts({
          series: { 'violence-against-the-person': [null, 140], unclassified: [null, 45] },
          complete: [false, false],
        }),
        ew: ewOffences,
      },
      [66, 98],
      'Its published offence breakdown for 2023/24 sums to 185, more than its total of 98.',
    ],
    [
      'a partial breakdown',
      {
        force: counts({
          series: { 'violence-against-the-person': [null, 55], 'not-broken-down': [null, 52] },
          complete: [false, false],
        }),
        ew: ewOffences,
      },
      [98, 107],
      'Its published offence breakdown for 2023/24 covers 55 of its 107 crimes; the largest group in it is violence against the person (55).',
    ],
    [
      'a complete breakdown beside a complete England and Wales one',
      {
        force: counts({
          series: { 'violence-against-the-person': [90, 106], 'sexual-offences': [21, 31] },
        }),
        ew: counts({
          series: { 'violence-against-the-person': [3435, 4340], 'sexual-offences': [1310, 1753] },
          forces: ['lancashire', 'kent', 'btp'],
          missing: [[], ['btp']],
        }),
      },
      [111, 137],
      'The largest offence group in 2023/24 was violence against the person: 106 of its 137 crimes (77%), against 71% across England and Wales (the 2 forces with figures).',
    ],
    [
      'no breakdown beside a total',
      { force: counts({ series: { x: [null, null] } }), ew: ewOffences },
      [63, 88],
      "No offence breakdown of Lancashire Constabulary's figures for 2023/24 has been published.",
    ],
  ])('%s', (_, offences, totals, expected) => {
    const facts = keyFacts(input({ byPlatform: counts({ series: { tiktok: totals } }), offences }));
    const fact = facts.find((f) => f.key === 'offences');
    expect(fact?.text).toBe(expected);
    expect(fact?.link).toEqual({
      view: 'offences',
      patch: { force: ['lancashire'], by: 'offenceGroup' },
    });
  });

  it('says nothing of a mix of one category (a filter on one offence): 100% beside 100%', () => {
    const one = counts({ series: { 'violence-against-the-person': [66, 98] } });
    const facts = keyFacts(input({ offences: { force: one, ew: one } }));
    expect(facts.map((f) => f.key)).toEqual(['headline']);
  });

  it.each<[string, Record<string, (number | null)[]>, boolean, string]>([
    [
      'outcomes that sum to more than the total',
      {
        'charged-summonsed': [null, 3],
        'no-suspect-identified': [null, 53],
        'evidential-difficulties-victim-supports': [null, 81],
      },
      false,
      'Its published outcomes for 2023/24 sum to 137, more than its total of 98; among them, 3 were charged or summonsed.',
    ],
    [
      'a partial list with a published zero',
      { 'charged-summonsed': [null, 0], 'not-broken-down': [null, 98] },
      false,
      'Outcomes were published for only part of its 98 crimes in 2023/24: none was charged or summonsed.',
    ],
    [
      'complete outcomes, with many not yet assigned',
      {
        'charged-summonsed': [9, 10],
        'no-suspect-identified': [70, 62],
        'not-yet-assigned': [32, 26],
      },
      true,
      'In 2023/24, 13.9% of its crimes with an outcome assigned were charged or summonsed (10 of 72), against 10.0% across England and Wales (the 2 forces with figures); 26 of its 98 crimes (27%) had no outcome yet, so the rate may change.',
    ],
    [
      'complete outcomes of too few crimes for a rate',
      {
        'charged-summonsed': [null, 1],
        'no-suspect-identified': [null, 4],
        'not-yet-assigned': [null, 2],
      },
      true,
      'In 2023/24, 1 of its 5 crimes with an outcome assigned was charged or summonsed (too few for a rate), against 10.0% across England and Wales (the 2 forces with figures); 2 of its 7 crimes (29%) had no outcome yet, so the rate may change.',
    ],
  ])('%s', (_, series, complete, expected) => {
    const ew = counts({
      series: { 'charged-summonsed': [20, 20], 'no-suspect-identified': [180, 180] },
      forces: ['lancashire', 'kent', 'btp'],
      missing: [[], ['btp']],
    });
    const force = counts({ series, complete: [complete, complete] });
    const facts = keyFacts(input({ outcomes: { force, ew } }));
    expect(facts.find((f) => f.key === 'outcomes')?.text).toBe(expected);
  });
});

describe('rank on rate', () => {
  const rates = (values: Record<string, number | null>, total: number) =>
    counts({
      periods: ['2023/24'],
      series: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, [v]])),
      forces: Object.keys(values),
      totals: [total],
      sources: [gazette],
    });
  const one = (patch: Partial<KeyFactsInput>) =>
    keyFacts(
      input({ byPlatform: counts({ periods: ['2023/24'], series: { tiktok: [98] } }), ...patch }),
    ).find((f) => f.key === 'rank');

  it.each<[string, Partial<KeyFactsInput>, string]>([
    [
      'ranked among the forces with figures; missing forces are not ranked',
      { rates: rates({ cleveland: 18.8, lancashire: 6.4, dorset: 2.05, merseyside: null }, 7.64) },
      'Its rate in 2023/24 was 6.4 TikTok-linked crimes per 100,000 residents, ranked 2nd of 3 forces with figures (highest first); across those forces it was 7.6.',
    ],
    [
      'a tie shares the rank',
      { rates: rates({ kent: 9, lancashire: 6.4, essex: 6.4, dorset: 2 }, 6.12) },
      'Its rate in 2023/24 was 6.4 TikTok-linked crimes per 100,000 residents, ranked joint 2nd of 4 forces with figures (highest first); across those forces it was 6.1.',
    ],
    [
      'no resident population: no rate, no rank',
      {
        force: { id: 'btp', name: 'British Transport Police', population: null },
        rates: rates({ lancashire: 6.4, btp: null }, 6.4),
      },
      'British Transport Police has no resident population, so it has no rate per 100,000 residents and is not ranked among forces on rate.',
    ],
    [
      'no force with a figure',
      { rates: rates({ lancashire: null, kent: null }, 0) },
      'No force has a figure for 2023/24, so forces cannot be ranked on rate.',
    ],
    [
      'no figure: not ranked',
      { rates: rates({ lancashire: null, kent: 7.4 }, 7.4) },
      'Lancashire Constabulary is not ranked among forces on rate for 2023/24, as it has no figure; 1 force has one.',
    ],
    [
      'a tiny population: the rate is flagged',
      {
        force: { id: 'lancashire', name: 'City of London Police', population: 8_600 },
        rates: rates({ lancashire: 34.9, kent: 7.4 }, 7.52),
      },
      'Its rate in 2023/24 was 34.9 TikTok-linked crimes per 100,000 residents, ranked 1st of 2 forces with figures (highest first); across those forces it was 7.5. City of London Police has only 8,600 residents, so a few crimes move its rate a long way: compare it with other forces with care.',
    ],
  ])('%s', (_, patch, expected) => {
    const fact = one(patch);
    expect(fact?.text).toBe(expected);
    expect(fact?.link).toEqual({ view: 'forces', patch: { force: [], measure: 'rate' } });
  });
});

describe('words', () => {
  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [42, '42nd'],
    [111, '111th'],
  ])('ordinal %i is %s', (n, text) => expect(ordinal(n)).toBe(text));

  it.each([
    [98, 66, 'up 48% on P (66)'],
    [66, 98, 'down 33% on P (98)'],
    [1001, 1000, 'little changed on P (1,000)'],
    [5, 0, 'up from none in P'],
    [7, 7, 'the same as in P (7)'],
    [7, 5, 'up from 5 in P'],
    [12, 19, 'down from 19 in P'],
    [25, 20, 'up 25% on P (20)'],
  ])('%i against %i is "%s"', (a, b, text) => expect(changeWords(a, b, 'P')).toBe(text));

  it.each([
    [0, '0%'],
    [0.3, 'less than 1%'],
    [74.6, '75%'],
  ])('share %d is %s', (n, text) => expect(share(n)).toBe(text));
});
