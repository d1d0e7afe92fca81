import type { Note, TABLE_KINDS } from './contract.ts';
import type { By } from './filters.ts';
import type { Interval } from './period.ts';
import { ANY_DIGITS, formatNumber } from './number-format.ts';

/**
 * The one place a note's code and fields become words. The server fills `message` with
 * `noteSentence`; the client writes its own lines with the same functions, so a rewording here is
 * the only rewording there is, and no code reads English back out of a note.
 */

/** how a note's ids are named: from the reference data on the server, from meta on the client */
export interface NoteNames {
  force(id: string): string;
  platform(id: string): string;
  category(dimension: 'offence' | 'outcome', id: string): string;
  /** a period of the answer, by id */
  period(id: string): { label: string; start: string; end: string } | undefined;
}

const TABLE_WORDS: Record<(typeof TABLE_KINDS)[number], string> = {
  total: 'total',
  offence: 'offence breakdown',
  outcome: 'outcome breakdown',
  'offence-outcome': 'offence and outcome breakdown',
};

const INTERVAL_NOUN: Record<Interval, string> = {
  month: 'months',
  quarter: 'quarters',
  year: 'calendar years',
  fy: 'financial years',
  total: 'the period asked for',
};

const BY_NOUN: Record<By, string> = {
  none: '',
  force: 'force',
  region: 'region',
  platform: 'platform',
  offence: 'offence',
  offenceSubgroup: 'offence subgroup',
  offenceGroup: 'offence group',
  outcome: 'outcome',
  outcomeGroup: 'outcome group',
};

const STATUS_REASON = {
  refused: 'refused the request',
  no_response: 'did not respond to the request',
  unknown: 'no published reply has been found',
} as const;

export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

const n = (x: number) => formatNumber(x, ANY_DIGITS);

/** The reason a note about forces gives, in lower case, without the forces or the periods. */
function forceReason(note: Note, names: NoteNames): string | null {
  switch (note.code) {
    case 'no-figure':
      return note.status
        ? STATUS_REASON[note.status]
        : 'no figure has been published for this period';
    case 'breakdown-without-total':
      if (note.listedOnly)
        return `its published ${TABLE_WORDS[note.table]} lists only some of its crimes and the rest are not broken down, so how many are in this selection is unknown; the crimes it does list are counted in breakdowns`;
      // a force whose total covers a longer span: that is why it has no figure here, so it comes first
      return `${note.totalsFor.length > 0 ? `its total is published only for ${listWords(note.totalsFor)}, and for this period only part of the ${TABLE_WORDS[note.table]} was published, with no total to set it against` : `only part of the ${TABLE_WORDS[note.table]} was published, with no total to set it against`}${note.shownAlone ? '; its figures are shown, as published, as numbers of crimes' : ''}`;
    case 'published-for-other-periods':
      return `${note.table === 'total' ? 'figures' : TABLE_WORDS[note.table]} published for ${listWords(note.publishedFor)} only`;
    case 'not-at-detail':
      return `figures are not published at the detail of the selected ${listWords(note.dimensions.map((d) => `${d}s`))}`;
    case 'not-broken-down':
      return `figures are not broken down by ${BY_NOUN[note.by]}`;
    case 'cannot-split':
      return `figures cover ${listWords(note.publishedFor)}, which cannot be split into ${INTERVAL_NOUN[note.interval]}`;
    case 'disagreement':
      return `the published ${TABLE_WORDS[note.table]} sums to ${n(note.sum)}, ${note.sum > note.total ? 'more than' : 'less than'} the published ${TABLE_WORDS[note.against]} of ${n(note.total)}; both are kept as published`;
    case 'partial-breakdown':
      return `the published ${TABLE_WORDS[note.table]} accounts for ${n(note.part)} of ${n(note.whole)} crimes; the other ${n(note.whole - note.part)} are shown as Not broken down`;
    case 'coarse-categories':
      return `some crimes are published only as ${listWords(note.categories.map((c) => names.category(note.dimension, c)))}, not broken down by ${note.dimension} at the level asked for, and are shown as Not broken down`;
    case 'selection':
      return `only a selection of the ${TABLE_WORDS[note.table]} was published, with no total for this selection: its figures are shown as published, and are not in the total`;
    case 'suppressed':
      return 'some figures were suppressed by the force, so values that include them are lower bounds';
    default:
      return null;
  }
}

/** A sentence for a note about no force in particular. */
function plainSentence(note: Note, names: NoteNames): string {
  switch (note.code) {
    case 'part-periods': {
      const periods = note.periods.map((id) => {
        const p = names.period(id);
        return p ? `${p.label} (${p.start} to ${p.end})` : id;
      });
      return `Part periods: ${listWords(periods)} cover only part of the ${note.interval === 'total' ? 'range' : 'period'}; compare them with full periods with care.`;
    }
    case 'range-clipped':
      return `The dataset covers ${note.covers.from} to ${note.covers.to}; months of the range asked for (${note.asked.from} to ${note.asked.to}) outside it are left out.`;
    case 'range-outside':
      return `The range asked for (${note.asked.from} to ${note.asked.to}) lies outside the dataset's coverage (${note.covers ? `${note.covers.from} to ${note.covers.to}` : 'no months'}).`;
    case 'not-asked': {
      const platforms = note.platforms.map((p) => names.platform(p));
      return `This dataset has no figures for ${listWords(platforms)}: forces were not asked about ${platforms.length === 1 ? 'it' : 'them'}.`;
    }
    case 'rate-without-population':
      return 'Rates leave out British Transport Police, which polices the railways and has no resident population.';
    default:
      return '';
  }
}

/** The reason with its platform, where several are asked: "TikTok: refused the request". */
export function noteReason(note: Note, names: NoteNames): string {
  const reason = forceReason(note, names);
  if (reason === null) return plainSentence(note, names);
  return note.platform ? `${names.platform(note.platform)}: ${reason}` : reason;
}

function periodWords(note: Note, names: NoteNames): string {
  return note.periods.map((id) => names.period(id)?.label ?? id).join(', ');
}

/**
 * One line per force: "Kent Police: refused the request (2021/22)." Notes about no force in
 * particular are their one sentence.
 */
export function forceSentences(note: Note, names: NoteNames): string[] {
  if (forceReason(note, names) === null) return [plainSentence(note, names)];
  const reason = noteReason(note, names);
  return note.forces.map((f) => `${names.force(f)}: ${reason} (${periodWords(note, names)}).`);
}

/**
 * The note in one sentence: a force alone as in `forceSentences`; several as "No published reply
 * has been found (2021/22): 3 forces (A, B and C)." so that 38 forces are a line, not a page.
 */
export function noteSentence(note: Note, names: NoteNames): string {
  const lines = forceSentences(note, names);
  if (lines.length === 1 || forceReason(note, names) === null) return lines[0] ?? '';
  const reason = noteReason(note, names);
  const forces = note.forces.map((f) => names.force(f));
  return `${reason.charAt(0).toUpperCase()}${reason.slice(1)} (${periodWords(note, names)}): ${forces.length} forces (${forces.join(', ')}).`;
}
