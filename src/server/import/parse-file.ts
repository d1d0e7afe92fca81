import { basename } from 'node:path';
import { ROOT_ID } from '@shared/hierarchy.ts';
import { FORCES } from '@shared/reference/forces.ts';
import { suggest } from '@shared/suggest.ts';
import type { StatusInput } from '../load/plan.ts';
import { FIELD_WORDS, headerScore, readHeader, type Columns, type Field } from './columns.ts';
import { rowList, type Problems } from './problems.ts';
import type { RawRow, RowReader } from './rows.ts';
import { TableBuilder, type Strings } from './table.ts';
import {
  parseComplete,
  parseCount,
  parseForce,
  parseOffence,
  parseOutcome,
  parsePeriodCell,
  parsePlatform,
  parseStatus,
} from './values.ts';

/**
 * One file (or sheet) of a return, row by row: find the header, normalise every cell, group the rows
 * into tables, and report every problem as `file:row: message`. Nothing here touches the database.
 */

export interface ParseOptions {
  /** the platform of rows that do not name one (--platform) */
  platform?: string | undefined;
  /** tables are partial unless a `complete` column says otherwise (--partial) */
  partial?: boolean | undefined;
  /** source keys a `source` column may name; rows without one take the load's source */
  sourceKeys: ReadonlySet<string>;
  /** called now and then on a long file */
  onProgress?: ((p: Progress) => void) | undefined;
}

export interface Progress {
  file: string;
  rows: number;
  accepted: number;
  done: number;
  total: number;
}

export interface ParsedStatus extends StatusInput {
  file: string;
  row: number;
}

export interface ParsedFile {
  file: string;
  description: string;
  /** data rows read (not the header, not blank rows) */
  rows: number;
  accepted: number;
  tables: TableBuilder[];
  statuses: ParsedStatus[];
  ignoredColumns: string[];
  /** rows above the header (a title, a request reference) */
  skipped: number;
}

const HEADER_SEARCH = 10;

/** "8R" for "8R", but "Harassment" for "harassment" read as 8L: the wording a figure was published with */
function wording(raw: string, id: string): string | null {
  return raw === '' || raw.toLowerCase() === id.toLowerCase() || id === ROOT_ID ? null : raw;
}

const forceName = (id: string) => FORCES.find((f) => f.id === id)?.name ?? id;

export function parseFile(
  file: string,
  reader: RowReader,
  options: ParseOptions,
  strings: Strings,
  problems: Problems,
): ParsedFile {
  const result: ParsedFile = {
    file,
    description: reader.description,
    rows: 0,
    accepted: 0,
    tables: [],
    statuses: [],
    ignoredColumns: [],
    skipped: 0,
  };
  const tables = new Map<string, TableBuilder>();
  const defaultName = basename(file);
  // the header's columns, once found; null while the rows above it are read, or if it is unusable
  let columns: Columns | null = null;
  const headerState = { found: false };
  const before: RawRow[] = [];
  let lastReport = performance.now();

  const startHeader = (header: RawRow): Columns | null => {
    headerState.found = true;
    const h = readHeader(header.cells);
    result.skipped = before.filter((r) => r.row < header.row).length;
    for (const p of h.problems) problems.add(file, header.row, p);
    for (const u of h.unknown) {
      if (u.suggestion)
        problems.add(
          file,
          header.row,
          `column '${u.header}' is not one the import knows; did you mean '${u.suggestion}'? (rename it, or delete the column)`,
        );
      else result.ignoredColumns.push(u.header);
    }
    const missing: string[] = [];
    if (h.columns.force === undefined) missing.push(FIELD_WORDS.force);
    if (h.columns.period === undefined) missing.push(FIELD_WORDS.period);
    if (h.columns.count === undefined && h.columns.status === undefined)
      missing.push(FIELD_WORDS.count);
    if (h.columns.platform === undefined && options.platform === undefined)
      missing.push(`${FIELD_WORDS.platform}, or --platform for a file about one platform`);
    for (const m of missing) problems.add(file, header.row, `there is no ${m}`);
    if (missing.length > 0 && reader.hint) problems.add(file, null, reader.hint);
    return missing.length === 0 && h.problems.length === 0 ? h.columns : null;
  };

  const handle = (raw: RawRow, cols: Columns) => {
    const get = (f: Field) => {
      const i = cols[f];
      return i === undefined ? '' : (raw.cells[i] ?? '').trim();
    };
    result.rows++;
    const say: string[] = [];
    const need = <T>(r: { ok: true; value: T } | { ok: false; message: string }): T | null => {
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
    const periodText = get('period');
    const parsedPeriod = periodText === '' ? null : parsePeriodCell(periodText);
    if (parsedPeriod === null) say.push('the period is blank');
    else if (!parsedPeriod.ok) say.push(parsedPeriod.message);
    const period = parsedPeriod?.ok ? parsedPeriod.period : null;
    const offenceText = get('offence');
    const outcomeText = get('outcome');
    const offence = need(parseOffence(offenceText));
    const outcome = need(parseOutcome(outcomeText));
    const status = need(parseStatus(get('status')));
    const countText = get('count');
    const count = need(parseCount(countText));
    const complete = need(parseComplete(get('complete')));
    const sourceText = get('source');
    let source = -1;
    if (sourceText !== '') {
      if (options.sourceKeys.has(sourceText)) source = strings.id(sourceText);
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
      say.push(
        'the count is blank; expected a whole number, a suppression mark (*, <5, c, .., [x]), nil, or words such as "refused"',
      );
    }
    if (say.length > 0 || force === null || platform === null || period === null) {
      for (const m of say) problems.add(file, raw.row, m);
      return;
    }
    const note = get('note') || null;
    if (rowStatus !== null) {
      result.statuses.push({
        file,
        row: raw.row,
        force,
        platform,
        start: period.start,
        end: period.end,
        status: rowStatus,
        note: note ?? (get('status') || countText),
        source: source < 0 ? null : strings.get(source),
      });
      result.accepted++;
      return;
    }
    if (offence === null || outcome === null || count === null || count.kind === 'status') return;
    const name = get('table') || defaultName;
    const key = `${name}\u0000${force}\u0000${platform}`;
    const isComplete = complete ?? !options.partial;
    let table = tables.get(key);
    if (!table) {
      table = new TableBuilder(name, force, platform, isComplete, raw.row);
      tables.set(key, table);
    } else if (complete !== null && complete !== table.complete) {
      problems.add(
        file,
        raw.row,
        `table '${name}' of ${forceName(force)} is marked ${table.complete ? 'complete' : 'partial'} on row ${table.completeRow} and ${complete ? 'complete' : 'partial'} here`,
      );
      return;
    }
    const published =
      get('asPublished') ||
      [wording(offenceText, offence), wording(outcomeText, outcome)]
        .filter((w) => w !== null)
        .join(' · ') ||
      null;
    table.add({
      row: raw.row,
      start: period.start,
      end: period.end,
      offence,
      outcome,
      count: count.kind === 'count' ? count.value : null,
      source,
      published: strings.id(published),
      note: strings.id(note),
    });
    result.accepted++;
  };

  for (const raw of reader.rows) {
    if (raw.cells.every((c) => c.trim() === '')) continue;
    if (!headerState.found) {
      before.push(raw);
      // the header is the first row that names at least two known columns
      if (headerScore(raw.cells) >= 2) columns = startHeader(raw);
      else if (before.length >= HEADER_SEARCH) columns = startHeader(before[0] ?? raw);
      continue;
    }
    if (columns === null) break;
    handle(raw, columns);
    if (options.onProgress && (result.rows & 1023) === 0 && performance.now() - lastReport > 200) {
      lastReport = performance.now();
      options.onProgress({
        file,
        rows: result.rows,
        accepted: result.accepted,
        ...reader.progress(),
      });
    }
  }
  if (!headerState.found) {
    if (before.length === 0) problems.add(file, null, 'is empty');
    else startHeader(before[0] ?? { row: 1, cells: [] });
  }

  for (const table of tables.values()) {
    const { repeats, overlaps } = table.check();
    for (const [row, earlier] of repeats) {
      result.accepted--;
      problems.add(
        file,
        row,
        `this row repeats row ${earlier}: the same period, offence and outcome in one table (give each table its own 'table' value if they are different tables)`,
      );
    }
    for (const [covering, covered] of overlaps) {
      problems.add(
        file,
        covering,
        `this row counts crimes that rows ${rowList(covered)} of the same table count too; a table's rows must not overlap: put totals in a table of their own (a 'table' column) or remove the row`,
      );
    }
  }
  result.tables = [...tables.values()];
  return result;
}
