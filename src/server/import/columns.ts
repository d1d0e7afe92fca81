import { normaliseName, suggest } from '@shared/suggest.ts';
import { parsePeriod } from './period.ts';

/**
 * Columns are found by their header, whatever its case and spacing, under the names forces use.
 */

export const FIELDS = [
  'force',
  'platform',
  'table',
  'complete',
  'period',
  'offence',
  'outcome',
  'count',
  'status',
  'source',
  'asPublished',
  'note',
] as const;
export type Field = (typeof FIELDS)[number];
/**
 * A second column for a period (a year column beside a month column), an offence or an outcome (a
 * code beside a description) is read together with the first.
 */
const PAIRED = ['period', 'offence', 'outcome'] as const;
export type Column = Field | `${(typeof PAIRED)[number]}2`;
export type Columns = Partial<Record<Column, number>>;

const SYNONYMS: Record<Field, readonly string[]> = {
  force: [
    'force',
    'force id',
    'force code',
    'police force',
    'force name',
    'police force name',
    'police force area',
    'force area',
    'police',
  ],
  platform: ['platform', 'social media platform', 'social media', 'app', 'site', 'platform name'],
  table: ['table', 'table name', 'breakdown'],
  complete: ['complete', 'is complete', 'completeness'],
  period: [
    'period',
    'year',
    'month',
    'financial year',
    'fy',
    'calendar year',
    'quarter',
    'date',
    'time period',
    'reporting period',
    'period covered',
  ],
  offence: [
    'offence',
    'offence description',
    'crime type',
    'offence code',
    'offence type',
    'offence group',
    'offence subgroup',
    'offence category',
    'offence classification',
    'home office offence code',
    'ho offence code',
    'crime category',
    'offense',
    'classification',
  ],
  outcome: [
    'outcome',
    'outcome type',
    'outcome code',
    'outcome description',
    'outcome group',
    'outcome category',
    'crime outcome',
  ],
  count: [
    'count',
    'number of offences',
    'total',
    'number',
    'number of crimes',
    'crimes',
    'crimes recorded',
    'offences recorded',
    'no of offences',
    'number of offences recorded',
    'total offences',
    'volume',
    'value',
    'figure',
  ],
  status: ['status', 'return status', 'response', 'response status', 'foi status'],
  source: ['source', 'source key'],
  asPublished: ['as published', 'as_published', 'published wording', 'wording'],
  note: ['note', 'notes', 'comment', 'comments', 'caveat', 'caveats', 'remarks'],
};

const lookup = new Map<string, Field>();
for (const f of FIELDS) for (const s of SYNONYMS[f]) lookup.set(normaliseName(s), f);
const candidates = FIELDS.map((f) => [f, ...SYNONYMS[f]] as [string, ...string[]]);

function fieldOf(header: string): Field | null {
  const whole = lookup.get(normaliseName(header));
  if (whole) return whole;
  // "Count (crimes)", "Period [financial year]": the words in brackets only qualify the name
  return lookup.get(normaliseName(header.replace(/\s*[([].*$/, ''))) ?? null;
}

export interface Header {
  columns: Columns;
  /** headers that are periods ("2021/22", "Apr-23"): a wide table's columns, one figure per period */
  periods: { header: string; column: number }[];
  /** headers that name nothing known, and the field each may be a misspelling of */
  unknown: { header: string; column: number; suggestion: string | null }[];
  /** problems with the header itself: a field named twice */
  problems: string[];
}

export function readHeader(cells: readonly string[]): Header {
  const columns: Columns = {};
  const unknown: Header['unknown'] = [];
  const periods: Header['periods'] = [];
  const problems: string[] = [];
  cells.forEach((raw, column) => {
    const header = raw.trim();
    if (header === '') return;
    const field = fieldOf(header);
    if (field === null && parsePeriod(header).ok) {
      periods.push({ header, column });
      return;
    }
    if (field === null) {
      unknown.push({ header, column, suggestion: suggest(header, candidates) });
      return;
    }
    const before = columns[field];
    const paired = PAIRED.find((p) => p === field);
    if (before !== undefined && paired && columns[`${paired}2`] === undefined) {
      columns[`${paired}2`] = column;
      return;
    }
    if (before !== undefined) {
      problems.push(
        `columns '${cells[before]?.trim() ?? ''}' and '${header}' both give the ${field === 'asPublished' ? 'published wording' : field}; keep one`,
      );
      return;
    }
    columns[field] = column;
  });
  return { columns, unknown, periods, problems };
}

/** How many known fields a row names: a title line above the header names none or one. */
export function headerScore(cells: readonly string[]): number {
  const known = cells.filter((c) => fieldOf(c.trim()) !== null).length;
  // period headers across the top ("Force, 2021/22, 2022/23") count once, as the period field
  const periods = cells.some((c) => fieldOf(c.trim()) === null && parsePeriod(c.trim()).ok);
  return known + (periods ? 1 : 0);
}

export const FIELD_WORDS: Record<'force' | 'period' | 'count' | 'platform', string> = {
  force: 'force column (named force, police force or force name)',
  period: 'period column (named period, year, month or financial year)',
  count: 'count column (named count, number of offences or total)',
  platform: 'platform column',
};
