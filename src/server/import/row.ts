import type { ReturnStatus } from '@shared/contract.ts';
import { ROOT_ID } from '@shared/hierarchy.ts';
import type { MonthRange } from '@shared/period.ts';
import { suggest } from '@shared/suggest.ts';
import type { Column } from './columns.ts';
import {
  parseComplete,
  parseCount,
  parseForce,
  parseOffence,
  parseOutcome,
  parsePeriodCell,
  parsePlatform,
  parseStatus,
  type Parsed,
} from './values.ts';

/**
 * One row of a return, normalised: a figure, a return status, or the list of what is wrong with it
 * (every problem on the row, not the first).
 */

export interface RowOptions {
  /** the platform of rows that do not name one (--platform) */
  platform?: string | undefined;
  /** source keys a `source` column may name */
  sourceKeys: ReadonlySet<string>;
}

interface Where {
  force: string;
  platform: string;
  period: MonthRange;
  note: string | null;
  source: string | null;
}

export type RowResult =
  | { kind: 'problems'; messages: string[] }
  | (Where & { kind: 'status'; status: ReturnStatus })
  | (Where & {
      kind: 'fact';
      /** the `table` column, if any */
      table: string;
      complete: boolean | null;
      offence: string;
      outcome: string;
      /** null: suppressed */
      count: number | null;
      published: string | null;
    });

const COUNT_BLANK =
  'the count is blank; expected a whole number, a suppression mark (*, <5, c, .., [x]), nil, or words such as "refused"';

/** "8R" for "8R", but "Harassment" for "harassment" read as 8L: the wording a figure was published with */
function wording(raw: string, id: string): string | null {
  return raw === '' || raw.toLowerCase() === id.toLowerCase() || id === ROOT_ID ? null : raw;
}

/** A month column beside a year column ("April", "2023") is one period: "April 2023". */
function pairPeriod(first: string, second: string): string {
  if (second === '' || first === '') return first || second;
  const joined = `${first} ${second}`;
  return parsePeriodCell(joined).ok ? joined : `${second} ${first}`;
}

/**
 * An offence (or outcome) code column beside a description column: the first that is understood
 * decides, and the wording of both is kept as published.
 */
function pair<T>(
  first: string,
  second: string,
  parse: (text: string) => Parsed<T>,
): [text: string, parsed: Parsed<T>] {
  const a = parse(first);
  if (second === '') return [first, a];
  const text = first === '' ? second : `${first} – ${second}`;
  if (a.ok && first !== '') return [text, a];
  const b = parse(second);
  return [text, b.ok || first === '' ? b : a];
}

export function readRow(get: (column: Column) => string, options: RowOptions): RowResult {
  const say: string[] = [];
  const need = <T>(r: Parsed<T>): T | null => {
    if (r.ok) return r.value;
    say.push(r.message);
    return null;
  };
  const forceText = get('force');
  if (forceText === '') say.push('the force is blank');
  const force = forceText === '' ? null : need(parseForce(forceText));
  const platformText = get('platform');
  const platform =
    platformText === '' ? (options.platform ?? null) : need(parsePlatform(platformText));
  if (platformText === '' && platform === null)
    say.push('the platform is blank; fill it in, or give --platform');
  const periodText = pairPeriod(get('period'), get('period2'));
  const parsedPeriod = periodText === '' ? null : parsePeriodCell(periodText);
  if (parsedPeriod === null) say.push('the period is blank');
  else if (!parsedPeriod.ok) say.push(parsedPeriod.message);
  const period = parsedPeriod?.ok ? parsedPeriod.period : null;
  const [offenceText, offenceParsed] = pair(get('offence'), get('offence2'), parseOffence);
  const [outcomeText, outcomeParsed] = pair(get('outcome'), get('outcome2'), parseOutcome);
  const offence = need(offenceParsed);
  const outcome = need(outcomeParsed);
  const status = need(parseStatus(get('status')));
  const countText = get('count');
  const count = need(parseCount(countText));
  const complete = need(parseComplete(get('complete')));
  const sourceText = get('source');
  let source: string | null = null;
  if (sourceText !== '') {
    if (options.sourceKeys.has(sourceText)) source = sourceText;
    else {
      const close = suggest(
        sourceText,
        [...options.sourceKeys].map((k) => [k] as const),
      );
      say.push(
        `source '${sourceText}' is not a source of this load${close ? `; did you mean '${close}'?` : ''}`,
      );
    }
  }
  const rowStatus =
    status !== null && status !== 'provided'
      ? status
      : count?.kind === 'status'
        ? count.status
        : null;
  if (rowStatus !== null) {
    if (offence !== null && outcome !== null && (offence !== ROOT_ID || outcome !== ROOT_ID))
      say.push(
        `a return status ('${get('status') || countText}') is about a whole return: leave the offence and outcome blank`,
      );
    if (count?.kind === 'suppressed' || (count?.kind === 'count' && count.value > 0))
      say.push(`the status says ${rowStatus.replace('_', ' ')} but the count is '${countText}'`);
  } else if (count?.kind === 'blank') {
    say.push(COUNT_BLANK);
  }
  if (say.length > 0 || force === null || platform === null || period === null)
    return { kind: 'problems', messages: say };
  const note = get('note') || null;
  if (rowStatus !== null)
    return {
      kind: 'status',
      force,
      platform,
      period,
      source,
      status: rowStatus,
      note: note ?? (get('status') || countText),
    };
  if (offence === null || outcome === null || count === null || count.kind === 'status')
    return { kind: 'problems', messages: say };
  const published =
    get('asPublished') ||
    [wording(offenceText, offence), wording(outcomeText, outcome)]
      .filter((w) => w !== null)
      .join(' · ') ||
    null;
  return {
    kind: 'fact',
    force,
    platform,
    period,
    note,
    source,
    table: get('table'),
    complete,
    offence,
    outcome,
    count: count.kind === 'count' ? count.value : null,
    published,
  };
}
