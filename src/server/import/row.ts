import type { ReturnStatus } from '@shared/contract.ts';
import { ROOT_ID } from '@shared/hierarchy.ts';
import type { MonthRange } from '@shared/period.ts';
import { suggest } from '@shared/suggest.ts';
import type { Column, Columns } from './columns.ts';
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
  if (raw === '' || raw === id || id === ROOT_ID) return null;
  return raw.toLowerCase() === id.toLowerCase() ? null : raw;
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

/** The value, or null with its message added to the row's problems. */
function need<T>(say: string[], r: Parsed<T>): T | null {
  if (r.ok) return r.value;
  say.push(r.message);
  return null;
}

/** A cell's text, trimmed; '' for a column the file does not have. */
function cellOf(cells: readonly string[], columns: Columns, column: Column): string {
  const i = columns[column];
  return i === undefined ? '' : (cells[i] ?? '').trim();
}

export function readRow(
  cells: readonly string[],
  columns: Columns,
  options: RowOptions,
): RowResult {
  const say: string[] = [];
  const forceText = cellOf(cells, columns, 'force');
  if (forceText === '') say.push('the force is blank');
  const force = forceText === '' ? null : need(say, parseForce(forceText));
  const platformText = cellOf(cells, columns, 'platform');
  const platform =
    platformText === '' ? (options.platform ?? null) : need(say, parsePlatform(platformText));
  if (platformText === '' && platform === null)
    say.push('the platform is blank; fill it in, or give --platform');
  const periodText = pairPeriod(
    cellOf(cells, columns, 'period'),
    cellOf(cells, columns, 'period2'),
  );
  const parsedPeriod = periodText === '' ? null : parsePeriodCell(periodText);
  if (parsedPeriod === null) say.push('the period is blank');
  else if (!parsedPeriod.ok) say.push(parsedPeriod.message);
  const period = parsedPeriod?.ok ? parsedPeriod.period : null;
  const [offenceText, offenceParsed] = pair(
    cellOf(cells, columns, 'offence'),
    cellOf(cells, columns, 'offence2'),
    parseOffence,
  );
  const [outcomeText, outcomeParsed] = pair(
    cellOf(cells, columns, 'outcome'),
    cellOf(cells, columns, 'outcome2'),
    parseOutcome,
  );
  const offence = need(say, offenceParsed);
  const outcome = need(say, outcomeParsed);
  const status = need(say, parseStatus(cellOf(cells, columns, 'status')));
  const countText = cellOf(cells, columns, 'count');
  const count = need(say, parseCount(countText));
  const complete = need(say, parseComplete(cellOf(cells, columns, 'complete')));
  const sourceText = cellOf(cells, columns, 'source');
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
        `a return status ('${cellOf(cells, columns, 'status') || countText}') is about a whole return: leave the offence and outcome blank`,
      );
    if (count?.kind === 'suppressed' || (count?.kind === 'count' && count.value > 0))
      say.push(`the status says ${rowStatus.replace('_', ' ')} but the count is '${countText}'`);
  } else if (count?.kind === 'blank') {
    say.push(COUNT_BLANK);
  }
  if (say.length > 0 || force === null || platform === null || period === null)
    return { kind: 'problems', messages: say };
  const note = cellOf(cells, columns, 'note') || null;
  if (rowStatus !== null)
    return {
      kind: 'status',
      force,
      platform,
      period,
      source,
      status: rowStatus,
      note: note ?? (cellOf(cells, columns, 'status') || countText),
    };
  if (offence === null || outcome === null || count === null || count.kind === 'status')
    return { kind: 'problems', messages: say };
  const published =
    cellOf(cells, columns, 'asPublished') ||
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
    table: cellOf(cells, columns, 'table'),
    complete,
    offence,
    outcome,
    count: count.kind === 'count' ? count.value : null,
    published,
  };
}
