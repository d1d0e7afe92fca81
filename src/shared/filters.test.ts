import { describe, expect, it } from 'vitest';
import {
  FILTER_KEYS,
  FiltersSchema,
  PAGE_DEFAULTS,
  QUERY_DEFAULTS,
  filterParamSchemas,
  parseFilters,
  queryString,
  toSearchParams,
  withDefaults,
  type Filters,
  type Vocabulary,
} from './filters.ts';

const vocab: Vocabulary = {
  datasets: ['reported', 'demo'],
  platforms: [
    { id: 'tiktok', name: 'TikTok' },
    { id: 'snapchat', name: 'Snapchat' },
  ],
  forces: [
    { id: 'lancashire', name: 'Lancashire Constabulary', aliases: ['Lancs Police'] },
    { id: 'merseyside', name: 'Merseyside Police' },
  ],
  offences: [
    { id: 'stalking-and-harassment', name: 'Stalking and harassment' },
    { id: '8R', name: 'Malicious communications' },
  ],
  outcomes: [
    { id: '18', name: 'Investigation complete – no suspect identified' },
    { id: 'NYA', name: 'Not yet assigned' },
  ],
};

/** the page's reading: its defaults, and the valid ids of a partly bad list kept */
const PAGE = withDefaults(PAGE_DEFAULTS);
const parse = (q: string, mode: 'api' | 'page' = 'api') =>
  parseFilters(
    new URLSearchParams(q),
    vocab,
    mode === 'page' ? { defaults: PAGE, lenient: true } : {},
  );

/** a view's defaults, as the forces and offences views have theirs */
const VIEW_DEFAULTS: [string, Filters][] = [
  ['the API', QUERY_DEFAULTS],
  ['the pages', PAGE],
  ['a rates view', withDefaults({ ...PAGE_DEFAULTS, measure: 'rate' })],
  ['a split view', withDefaults({ ...PAGE_DEFAULTS, by: 'offenceGroup' })],
];

describe('the query schema', () => {
  it('is one list of parameters: the type, the parameter schemas and the defaults agree', () => {
    expect(Object.keys(FiltersSchema.shape)).toEqual(FILTER_KEYS);
    expect(Object.keys(filterParamSchemas)).toEqual(FILTER_KEYS);
    expect(Object.keys(QUERY_DEFAULTS)).toEqual(FILTER_KEYS);
    expect(FiltersSchema.safeParse(QUERY_DEFAULTS).success).toBe(true);
  });
});

describe('parseFilters and toSearchParams', () => {
  it.each(['api', 'page'] as const)(
    'serialise the default state (%s) to an empty string',
    (mode) => {
      const defaults = mode === 'page' ? PAGE : QUERY_DEFAULTS;
      expect(toSearchParams(defaults, defaults).toString()).toBe('');
      expect(parse('', mode)).toEqual({ filters: defaults, problems: [] });
    },
  );

  describe.each(VIEW_DEFAULTS)('with the defaults of %s', (_, defaults) => {
    const read = (q: string) => parseFilters(new URLSearchParams(q), vocab, { defaults });
    it('opens on its defaults and writes them as nothing', () => {
      expect(read('')).toEqual({ filters: defaults, problems: [] });
      expect(queryString(toSearchParams(defaults, defaults))).toBe('');
    });
    it.each([
      'platform=snapchat',
      'force=lancashire&measure=share',
      'dataset=demo&version=2&from=2022-04&to=2023-03&interval=month&by=outcome',
    ])('round-trips %s: parse then serialise is the identity', (q) => {
      const { filters, problems } = read(q);
      expect(problems).toEqual([]);
      expect(queryString(toSearchParams(filters, defaults))).toBe(q);
      expect(read(queryString(toSearchParams(filters, defaults))).filters).toEqual(filters);
    });
    it('writes a value that differs from these defaults, and only that', () => {
      const other = defaults.measure === 'rate' ? 'count' : 'rate';
      expect(queryString(toSearchParams({ ...defaults, measure: other }, defaults))).toBe(
        `measure=${other}`,
      );
    });
  });

  it.each([
    'dataset=demo',
    'version=3',
    'platform=snapchat',
    'platform=tiktok,snapchat',
    'force=lancashire,merseyside',
    'offence=stalking-and-harassment,8R',
    'outcome=18,NYA',
    'from=2021-04',
    'to=2024-03',
    'from=2022-01&to=2022-12',
    'interval=month',
    'interval=quarter',
    'interval=year',
    'interval=total',
    'by=offenceGroup',
    'by=force',
    'measure=rate',
    'measure=share',
    'dataset=demo&platform=snapchat&force=lancashire&offence=8R&outcome=18&from=2022-04&to=2023-03&interval=quarter&by=outcome&measure=share',
  ])('round-trip %s unchanged', (q) => {
    const { filters, problems } = parse(q);
    expect(problems).toEqual([]);
    expect(queryString(toSearchParams(filters))).toBe(q);
  });

  it('gives the page TikTok by default and keeps "all platforms" explicit', () => {
    expect(parse('', 'page').filters.platform).toEqual(['tiktok']);
    const all = parse('platform=all', 'page').filters;
    expect(all.platform).toEqual([]);
    expect(queryString(toSearchParams(all, PAGE))).toBe('platform=all');
    expect(queryString(toSearchParams(parse('platform=tiktok', 'page').filters, PAGE))).toBe('');
  });

  it('takes `all`, or the root id `*` that meta lists, as every one of a list', () => {
    const { filters, problems } = parse('force=all&offence=*&outcome=ALL&platform=*');
    expect(problems).toEqual([]);
    expect([filters.force, filters.offence, filters.outcome, filters.platform]).toEqual([
      [],
      [],
      [],
      [],
    ]);
    // a link leaves "all" out, as the default it is
    expect(queryString(toSearchParams(filters))).toBe('');
  });

  it('lists the ids of a short list when a value is nothing like any of them', () => {
    const [problem] = parse('platform=myspace').problems;
    expect(problem?.message).toBe(
      "Platform 'myspace' is not a platform in this dataset; use one of tiktok, snapchat.",
    );
  });

  it('normalises case and order to the reference order, and drops duplicates', () => {
    const { filters } = parse('force=Merseyside,LANCASHIRE,merseyside&offence=8r');
    expect(filters.force).toEqual(['lancashire', 'merseyside']);
    expect(filters.offence).toEqual(['8R']);
  });

  it('reports each invalid value with what was wrong, and falls back to the default', () => {
    const { filters, problems } = parse(
      'force=lancs&interval=weekly&from=2021-13&by=colour&measure=x&zoom=3',
    );
    expect(filters).toEqual(QUERY_DEFAULTS);
    expect(problems.map((p) => [p.parameter, p.code])).toEqual([
      ['zoom', 'unknown_parameter'],
      ['force', 'unknown_id'],
      ['from', 'invalid_value'],
      ['interval', 'invalid_value'],
      ['by', 'invalid_value'],
      ['measure', 'invalid_value'],
    ]);
    expect(problems[1]?.message).toBe(
      "Force 'lancs' is not a police force in this dataset; did you mean 'lancashire'?",
    );
  });

  it('keeps the valid ids of a partly bad list on a page, and refuses the list in the API', () => {
    expect(parse('force=lancashire,atlantis', 'page').filters.force).toEqual(['lancashire']);
    expect(parse('force=lancashire,atlantis', 'api').filters.force).toEqual([]);
    expect(parse('force=lancashire,atlantis', 'page').problems).toHaveLength(1);
  });

  it('refuses a reversed range and keeps the default range', () => {
    const { filters, problems } = parse('from=2024-01&to=2023-01');
    expect([filters.from, filters.to]).toEqual([null, null]);
    expect(problems[0]).toMatchObject({ parameter: 'to', code: 'invalid_range' });
  });

  it('ignores parameters that belong to the page', () => {
    const r = parseFilters(new URLSearchParams('tab=table&force=lancashire'), vocab, {
      ignore: ['tab'],
    });
    expect(r.problems).toEqual([]);
    expect(r.filters.force).toEqual(['lancashire']);
  });
});
