import { describe, expect, it } from 'vitest';
import {
  decodePack,
  encodePack,
  MAX_NOTE,
  MAX_PACK_ITEMS,
  MAX_PACK_TITLE,
  moveItem,
  packItemSearch,
  packLinkProblem,
  removeItem,
  withNote,
  withTitle,
  type Pack,
  type PackItem,
} from './pack.ts';

const lancashire: PackItem = {
  path: '/',
  search: 'force=lancashire&version=1',
  title: 'TikTok-linked crimes recorded by Lancashire Constabulary, 2021/22 to 2023/24',
};
const offences: PackItem = {
  path: '/offences',
  search: 'dataset=demo&platform=snapchat&by=offenceGroup&version=2',
  title: 'Snapchat-linked crimes by offence group – “quoted”, £ and é survive',
};
const profile: PackItem = { path: '/forces/kent', search: '', title: 'Kent Police' };
const mix: PackItem = {
  path: '/forces/kent',
  search: 'version=1',
  title: 'TikTok-linked crimes by offence group: Kent Police, 2023/24',
  panel: 'offence-mix',
};

/** the raw link text for a list of entries, whatever they hold */
const link = (entries: unknown) =>
  'p1.' +
  btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(entries)))).replace(
    /=+$/,
    '',
  );

describe('encodePack and decodePack', () => {
  it.each<[string, Pack]>([
    ['an empty pack', { items: [] }],
    ['one chart', { items: [lancashire] }],
    ['three charts, in order, with any characters', { items: [lancashire, offences, profile] }],
    [
      'a chart that names its panel, beside ones that do not',
      { items: [lancashire, mix, profile] },
    ],
  ])('round-trip %s', (_, pack) => {
    const encoded = encodePack(pack);
    expect(encoded).toMatch(/^p1\.[A-Za-z0-9_-]*$/);
    expect(decodePack(encoded)).toEqual({ pack, problems: [] });
    // it survives being a URL parameter
    const params = new URLSearchParams(`pack=${encoded}`);
    expect(decodePack(params.get('pack') ?? '').pack).toEqual(pack);
  });

  it('reads an absent or empty pack as empty, with no problem', () => {
    expect(decodePack('')).toEqual({ pack: { items: [] }, problems: [] });
  });

  it.each([
    ['not a pack link', 'hello'],
    ['another format', 'p9.W10'],
    ['characters base64url does not use', 'p1.ab+c/d=='],
    ['cut short mid-character', encodePack({ items: [lancashire] }).slice(0, 30)],
    ['valid base64 of text that is not JSON', `p1.${btoa('not json').replace(/=+$/, '')}`],
    ['JSON that is not a list', link({ items: [] })],
  ])('reads %s as an empty pack with a problem naming pack', (_, raw) => {
    const { pack, problems } = decodePack(raw);
    expect(pack.items).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ parameter: 'pack', value: raw, code: 'invalid_value' });
    expect(problems[0]?.message).toMatch(/could not be read/);
  });

  it.each([
    ['not a list of three', ['/', 'force=kent']],
    ['a list of five', ['/', 'force=kent', 'A title', 'trend', 'more']],
    ['a panel that is no name', ['/', 'force=kent', 'A title', '../trend']],
    ['a number where text goes', ['/', 'force=kent', 3]],
    ['a path outside the dashboard', ['https://example.com/', '', 'A title']],
    ['the briefing itself', ['/briefing', '', 'A title']],
    ['a path with a dot-dot', ['/forces/../api', '', 'A title']],
    ['a query with its question mark', ['/', '?force=kent', 'A title']],
    ['an empty title', ['/', 'force=kent', '   ']],
    ['a title too long', ['/', 'force=kent', 'x'.repeat(301)]],
  ])('leaves out a chart that is %s, keeps the rest and says which', (_, bad) => {
    const raw = link([
      [lancashire.path, lancashire.search, lancashire.title],
      bad,
      [profile.path, profile.search, profile.title],
    ]);
    const { pack, problems } = decodePack(raw);
    expect(pack.items).toEqual([lancashire, profile]);
    expect(problems).toEqual([
      expect.objectContaining({ parameter: 'pack', value: '2', code: 'invalid_value' }),
    ]);
    expect(problems[0]?.message).toMatch(/^Chart 2 of the briefing pack could not be read/);
  });

  it(`keeps at most ${MAX_PACK_ITEMS} charts`, () => {
    const items = Array.from({ length: MAX_PACK_ITEMS + 2 }, (_, i) => ({
      ...profile,
      title: `Chart ${i + 1}`,
    }));
    const { pack, problems } = decodePack(encodePack({ items }));
    expect(pack.items).toHaveLength(MAX_PACK_ITEMS);
    expect(problems.map((p) => p.value)).toEqual(['41', '42']);
  });
});

describe('packItemSearch', () => {
  it.each([
    ['pins the version the figures came from', 'force=lancashire', 1, 'version=1&force=lancashire'],
    ['keeps a version already pinned', 'version=1&force=kent', 3, 'version=1&force=kent'],
    ['leaves it out when there is none to pin', 'force=kent', null, 'force=kent'],
    [
      'drops how the page was being looked at',
      'force=kent&tab=table&present=1&slide=2&embed=1&pack=p1.x',
      2,
      'version=2&force=kent',
    ],
    [
      'writes filters in the dashboard order, view choices after',
      'sort=rate&by=force&dataset=demo&platform=tiktok,snapchat',
      4,
      'dataset=demo&version=4&platform=tiktok,snapchat&by=force&sort=rate',
    ],
    ['starts from an empty query', '', 1, 'version=1'],
  ])('%s', (_, search, version, expected) => {
    expect(packItemSearch(search, version)).toBe(expected);
  });
});

describe('moveItem and removeItem', () => {
  const pack: Pack = { items: [lancashire, offences, profile] };
  it.each([
    [0, 1, [offences, lancashire, profile]],
    [2, -1, [lancashire, profile, offences]],
    [0, -1, [lancashire, offences, profile]],
    [2, 1, [lancashire, offences, profile]],
    [5, -1, [lancashire, offences, profile]],
  ])('moves chart %i by %i', (from, by, expected) => {
    expect(moveItem(pack, from, by).items).toEqual(expected);
  });

  it('removes one chart and keeps the order of the rest', () => {
    expect(removeItem(pack, 1).items).toEqual([lancashire, profile]);
    expect(removeItem(pack, 7).items).toEqual(pack.items);
  });
});

describe('commentary in a pack’s link', () => {
  const noted: Pack = {
    title: 'Briefing for the minister, 4 December',
    items: [
      { ...lancashire, note: 'Lancashire’s figures rose by half: say why (“quoted”, £ and é).' },
      offences,
    ],
  };

  it('round-trips a title and notes in the second format, compressed', () => {
    const encoded = encodePack(noted);
    expect(encoded).toMatch(/^p2\.[A-Za-z0-9_-]+$/);
    expect(decodePack(encoded)).toEqual({ pack: noted, problems: [] });
    const long = withNote(noted, 1, 'The same words again. '.repeat(27));
    // prose compresses: the link is shorter than the note it holds
    expect(encodePack(long).length).toBeLessThan(encodePack(noted).length + 600);
    expect(decodePack(encodePack(long)).pack).toEqual(long);
  });

  it('keeps a pack without commentary in the first format, so its link does not change', () => {
    expect(encodePack({ items: [lancashire] })).toMatch(/^p1\./);
    expect(encodePack(withNote(withTitle(noted, ''), 0, '  '))).toBe(
      encodePack({ items: [lancashire, offences] }),
    );
  });

  it('opens a link written before commentary existed', () => {
    const old = link([[lancashire.path, lancashire.search, lancashire.title]]);
    expect(decodePack(old)).toEqual({ pack: { items: [lancashire] }, problems: [] });
  });

  it('cuts a title and notes to their stated limits, and says when a link would be too long', () => {
    expect(withTitle(noted, 'x'.repeat(500)).title).toHaveLength(MAX_PACK_TITLE);
    expect(withNote(noted, 0, 'y'.repeat(900)).items[0]?.note).toHaveLength(MAX_NOTE);
    expect(packLinkProblem(noted)).toBeNull();
    // notes that do not compress (every one different) on forty charts pass the link's limit
    let random = 1;
    const noise = () =>
      Array.from({ length: MAX_NOTE }, () => {
        random = (random * 48271) % 2147483647;
        return String.fromCharCode(33 + (random % 90));
      }).join('');
    const full: Pack = {
      items: Array.from({ length: MAX_PACK_ITEMS }, (_, i) => ({
        ...offences,
        title: `Chart ${i}`,
        note: noise(),
      })),
    };
    expect(packLinkProblem(full)).toMatch(/more than the 8,000 a link can safely hold/);
  });

  it('keeps a chart’s panel beside its note', () => {
    const panelled: Pack = {
      title: 'Panels',
      items: [
        { ...lancashire, panel: 'trend', note: 'Say this.' },
        { ...offences, panel: 'mix' },
      ],
    };
    expect(decodePack(encodePack(panelled))).toEqual({ pack: panelled, problems: [] });
  });

  it('reads a damaged second-format link as an empty pack with a problem', () => {
    expect(decodePack('p2.AAAA').problems).toHaveLength(1);
    expect(decodePack('p2.!!').pack).toEqual({ items: [] });
  });
});

describe('links from before panels were named', () => {
  it('open as they did: a chart of three parts names no panel and is drawn from the whole view', () => {
    const raw = link([[profile.path, profile.search, profile.title]]);
    expect(decodePack(raw)).toEqual({ pack: { items: [profile] }, problems: [] });
    expect(decodePack(raw).pack.items[0]).not.toHaveProperty('panel');
  });
});
