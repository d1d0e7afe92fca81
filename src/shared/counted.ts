/**
 * What a figure counts. Each platform's figure is a separate search of crime records, so a crime whose
 * record names two platforms is in both: a figure that adds several platforms together counts
 * platform mentions, not crimes. The API decides it once, from the question (resolve.ts), and says it
 * in every answer (`counted`); every label, heading, sentence and export takes its words from here.
 */

export const COUNTED = ['crimes', 'platform-mentions'] as const;
export type Counted = (typeof COUNTED)[number];

/**
 * What a figure over a selection's platforms counts: crimes for one platform, platform mentions for
 * several. `asked` are the platforms asked about ([]: all), `held` those the dataset has figures for:
 * a platform with no figures adds nothing, so TikTok among platforms nobody published is one.
 */
export function countedOver(asked: readonly string[], held: readonly string[]): Counted {
  const over = asked.length === 0 ? held : asked.filter((p) => held.includes(p));
  return over.length > 1 ? 'platform-mentions' : 'crimes';
}

export interface CountedWords {
  /** 'crimes', 'platform mentions': what a number is of */
  noun: string;
  /** 'Crimes', 'Platform mentions': a column or row heading */
  heading: string;
  /** why a figure of platform mentions is not crimes, in a clause: '' for crimes */
  rule: string;
  /** the same in brackets, after a unit or label: '' for crimes */
  why: string;
  /** the one series of an answer with no split */
  all: string;
  /** the row under a breakdown whose figures add up to the whole */
  total: string;
}

const TWICE = 'a crime naming two platforms counts twice';

export const COUNTED_WORDS: Record<Counted, CountedWords> = {
  crimes: {
    noun: 'crimes',
    heading: 'Crimes',
    rule: '',
    why: '',
    all: 'All recorded crimes in the selection',
    total: 'Total',
  },
  'platform-mentions': {
    noun: 'platform mentions',
    heading: 'Platform mentions',
    rule: TWICE,
    why: ` (${TWICE})`,
    all: `All platform mentions in the selection (${TWICE})`,
    total: `Total platform mentions (${TWICE})`,
  },
};

/**
 * What each series of an answer counts: split by platform, each series is one platform's crimes,
 * though their total is platform mentions.
 */
export function seriesCounted(r: { query: { by: string }; counted: Counted }): Counted {
  return r.query.by === 'platform' ? 'crimes' : r.counted;
}

/** the header of the column that names each row of a split, in every export (grid, copied table) */
const ROW_HEADER: Record<string, string> = {
  force: 'Force',
  region: 'Region',
  platform: 'Platform',
  offence: 'Offence',
  offenceSubgroup: 'Offence subgroup',
  offenceGroup: 'Offence group',
  outcome: 'Outcome',
  outcomeGroup: 'Outcome group',
};

/** the header of the column naming each row: with no split, what the one row counts */
export function rowHeader(r: { query: { by: string }; counted: Counted }): string {
  return r.query.by === 'none'
    ? COUNTED_WORDS[r.counted].heading
    : (ROW_HEADER[r.query.by] ?? 'Series');
}
