import type { CountsResponse, MetaResponse, Period } from '@shared/contract.ts';
import type { Filters, Measure } from '@shared/filters.ts';
import { MEASURE_WORDS, measureWords } from '@shared/measure-words.ts';
import { formatCount, formatValue } from '../../lib/format.ts';
import {
  capitalise,
  forceWords,
  outcomeWords,
  subjectWords,
  type Covered,
} from '../../lib/words.ts';

/** The forces view in words: titles that make sense cut out of the page, and what the line shows. */

function list(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/** "TikTok-linked crimes per 100,000 residents by police force, 2023/24" */
export function comparisonTitle(
  filters: Filters,
  meta: MetaResponse,
  period: Period,
  covered: Covered,
): string {
  const subject = subjectWords(filters, meta, covered);
  const outcome = outcomeWords(filters, meta);
  // every force in view is drawn or listed with its reason: the title names the forces in view
  const who =
    filters.force.length === 0 ? ' by police force' : `: ${forceWords(filters, meta, null)}`;
  return capitalise(
    `${subject}${MEASURE_WORDS[filters.measure].after}${who}${outcome ? ` (outcome: ${outcome})` : ''}, ${period.label}${period.partial ? ' (part period)' : ''}`,
  );
}

/** "TikTok-linked crimes per 100,000 residents recorded by Lancashire Constabulary, 2021/22 to 2023/24" */
export function trendTitle(
  filters: Filters,
  meta: MetaResponse,
  range: string,
  covered: Covered,
): string {
  const subject = subjectWords(filters, meta, covered);
  return capitalise(
    `${subject}${MEASURE_WORDS[filters.measure].after} recorded by ${forceWords(filters, meta, covered)}, ${range}`,
  );
}

export interface Reference {
  value: number;
  /** short, drawn on the chart */
  label: string;
  /** what the line is and which forces it covers */
  sentence: string;
}

function forcesCovered(nat: CountsResponse, index: number, meta: MetaResponse, measure: Measure) {
  const name = (id: string) => meta.forces.find((f) => f.id === id)?.shortName ?? id;
  const inScope = nat.series.filter(
    (s) =>
      s.kind === 'series' &&
      (measure !== 'rate' || meta.forces.find((f) => f.id === s.key)?.population !== null),
  );
  const have = inScope.filter((s) => (s.values[index] ?? null) !== null).map((s) => s.key);
  const lack = inScope.filter((s) => (s.values[index] ?? null) === null).map((s) => s.key);
  let which = '';
  if (lack.length === 0) which = `all ${have.length} forces`;
  else if (lack.length <= 5)
    which = `the ${have.length} forces with figures (all but ${list(lack.map(name))})`;
  else if (have.length <= 8)
    which = `the ${have.length} forces with figures (${list(have.map(name))})`;
  else which = `the ${have.length} of ${inScope.length} forces with figures`;
  return { have: have.length, complete: lack.length === 0, which };
}

/**
 * The England and Wales line: for rates, the rate over every force with a figure (the API's total);
 * for counts, the average per force with a figure, since a national total would dwarf every bar.
 * Shares have no line: each is already a part of the whole.
 */
export function referenceFor(
  nat: CountsResponse,
  index: number,
  meta: MetaResponse,
  measure: Measure,
): Reference | null {
  const total = nat.totals.values[index] ?? null;
  if (total === null || measure === 'share') return null;
  const { have, complete, which } = forcesCovered(nat, index, meta, measure);
  if (have === 0) return null;
  const btp =
    measure === 'rate' ? ' British Transport Police has no residents and is left out.' : '';
  if (measure === 'rate') {
    return {
      value: total,
      label: `${complete ? 'England and Wales' : `${have} forces with figures`}: ${formatValue(total, 'rate')}`,
      // a figure for some forces is theirs, not England and Wales's: it must not be quoted as such
      sentence: `Dashed line: ${complete ? 'England and Wales' : `${which} together (not England and Wales as a whole)`}, ${formatValue(total, 'rate')} ${measureWords('rate', nat.counted).unit}${complete ? ` of ${which}` : ''}.${btp}`,
    };
  }
  const average = total / have;
  return {
    value: average,
    label: `Average per force: ${formatCount(average)}`,
    sentence: `Dashed line: the average per force, ${formatCount(average)} (the total of ${formatCount(total)} crimes recorded by ${which}${complete ? '' : ', not England and Wales as a whole'}, divided by ${have}).`,
  };
}
