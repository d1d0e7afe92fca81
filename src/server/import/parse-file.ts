import { basename } from 'node:path';
import { FORCES } from '@shared/reference/forces.ts';
import type { StatusInput } from '../load/plan.ts';
import { FIELD_WORDS, headerScore, readHeader, type Columns } from './columns.ts';
import { rowList, type Problems } from './problems.ts';
import { readRow, type RowOptions } from './row.ts';
import type { RawRow, RowReader } from './rows.ts';
import { parseCount } from './values.ts';
import { TableBuilder, type Strings } from './table.ts';

/**
 * One file (or sheet) of a return, row by row: find the header, normalise every cell, group the rows
 * into tables, and report every problem as `file:row: message`. Nothing here touches the database.
 */

export interface ParseOptions extends RowOptions {
  /** tables are partial unless a `complete` column says otherwise (--partial) */
  partial?: boolean | undefined;
  /** called now and then on a long file */
  onProgress?: ((p: Progress) => void) | undefined;
}

export interface Progress {
  file: string;
  /** since this file was opened */
  seconds: number;
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

const forceName = (id: string) => FORCES.find((f) => f.id === id)?.name ?? id;

/** Read a file's rows as they come; the sync driver reads a file already in memory. */
export async function parseFile(
  file: string,
  reader: RowReader,
  options: ParseOptions,
  strings: Strings,
  problems: Problems,
): Promise<ParsedFile> {
  const parser = fileParser(file, reader, options, strings, problems);
  reading: for await (const batch of reader.batches) {
    for (const raw of batch) if (!parser.read(raw)) break reading;
  }
  return parser.finish();
}

export function parseFileNow(
  file: string,
  reader: RowReader & { batches: Iterable<readonly RawRow[]> },
  options: ParseOptions,
  strings: Strings,
  problems: Problems,
): ParsedFile {
  const parser = fileParser(file, reader, options, strings, problems);
  reading: for (const batch of reader.batches) {
    for (const raw of batch) if (!parser.read(raw)) break reading;
  }
  return parser.finish();
}

function fileParser(
  file: string,
  reader: RowReader,
  options: ParseOptions,
  strings: Strings,
  problems: Problems,
): { read: (raw: RawRow) => boolean; finish: () => ParsedFile } {
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
  /**
   * A wide table: periods across the top ("Force, 2021/22, 2022/23, 2023/24"), each cell a figure.
   * Its cells are read as rows of their own; a count column beside them is a row total, checked.
   */
  let wide: { periods: { header: string; column: number }[]; total: number | undefined } | null =
    null;
  // where a wide cell's period and figure are put for reading: past the header's last column
  let spare = 0;
  const before: RawRow[] = [];
  const began = performance.now();
  let lastReport = began;

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
    if (h.columns.period === undefined && h.periods.length > 0) {
      wide = { periods: h.periods, total: h.columns.count };
      spare = header.cells.length;
      if (h.columns.count !== undefined)
        result.ignoredColumns.push(
          `${header.cells[h.columns.count]?.trim() ?? ''} (the row total, checked against the periods)`,
        );
    } else {
      // a period column and period headers: the headers are not figures this import reads
      result.ignoredColumns.push(...h.periods.map((p) => p.header));
    }
    const missing: string[] = [];
    if (h.columns.force === undefined) missing.push(FIELD_WORDS.force);
    if (h.columns.period === undefined && !wide) missing.push(FIELD_WORDS.period);
    if (h.columns.count === undefined && h.columns.status === undefined && !wide)
      missing.push(FIELD_WORDS.count);
    if (h.columns.platform === undefined && options.platform === undefined)
      missing.push(`${FIELD_WORDS.platform}, or --platform for a file about one platform`);
    for (const m of missing) problems.add(file, header.row, `there is no ${m}`);
    if (missing.length > 0 && reader.hint) problems.add(file, null, reader.hint);
    if (missing.length > 0 || h.problems.length > 0) return null;
    return wide ? { ...h.columns, period: spare, count: spare + 1 } : h.columns;
  };

  const handle = (raw: RawRow, cols: Columns) => {
    result.rows++;
    if (wide === null) {
      const said: string[] = [];
      const placed = place(raw.cells, cols, raw.row, said);
      for (const m of said) problems.add(file, raw.row, m);
      if (placed !== false) result.accepted++;
      return;
    }
    let ok = true;
    let sum: number | null = 0;
    const said: { header: string; messages: string[] }[] = [];
    for (const p of wide.periods) {
      const cells = [...raw.cells];
      cells[spare] = p.header;
      cells[spare + 1] = raw.cells[p.column] ?? '';
      const messages: string[] = [];
      const placed = place(cells, cols, raw.row, messages);
      said.push({ header: p.header, messages });
      ok = placed !== false && ok;
      sum = sum === null || placed === false || placed === null ? null : sum + placed;
    }
    // a problem in every period's cell is the row's ("'Stalkng' is not an offence"): say it once
    const common = new Set(said.length > 1 ? said[0]?.messages : []);
    for (const s of said) for (const m of common) if (!s.messages.includes(m)) common.delete(m);
    for (const m of common) problems.add(file, raw.row, m);
    for (const s of said)
      for (const m of s.messages)
        if (!common.has(m)) problems.add(file, raw.row, `column '${s.header}': ${m}`);
    const totalText = wide.total === undefined ? '' : (raw.cells[wide.total] ?? '');
    const total = parseCount(totalText);
    if (ok && sum !== null && total.ok && total.value.kind === 'count' && total.value.value !== sum)
      problems.add(
        file,
        raw.row,
        `the total '${totalText.trim()}' is not the sum of the period columns (${sum}); correct the figures, or delete the total column`,
      );
    else if (ok) result.accepted++;
  };

  /**
   * One figure into its table. Returns false if it has problems (put in `said`), else the count it
   * adds (null: suppressed, or a return status).
   */
  const place = (cells: readonly string[], cols: Columns, row: number, said: string[]) => {
    const r = readRow(cells, cols, options);
    if (r.kind === 'problems') {
      said.push(...r.messages);
      return false;
    }
    if (r.kind === 'status') {
      const { kind: _kind, period, ...status } = r;
      result.statuses.push({ ...status, ...period, file, row });
      return null;
    }
    const name = r.table === '' ? defaultName : r.table;
    const key = `${name}\u0000${r.force}\u0000${r.platform}`;
    let table = tables.get(key);
    if (!table) {
      table = new TableBuilder(name, r.force, r.platform, r.complete ?? !options.partial, row);
      tables.set(key, table);
    } else if (r.complete !== null && r.complete !== table.complete) {
      said.push(
        `table '${name}' of ${forceName(r.force)} is marked ${table.complete ? 'complete' : 'partial'} on row ${table.completeRow} and ${r.complete ? 'complete' : 'partial'} here`,
      );
      return false;
    }
    table.add({
      row: row,
      start: r.period.start,
      end: r.period.end,
      offence: r.offence,
      outcome: r.outcome,
      count: r.count,
      source: r.source === null ? -1 : strings.id(r.source),
      published: strings.id(r.published),
      note: strings.id(r.note),
    });
    return r.count;
  };

  const read = (raw: RawRow): boolean => {
    if (raw.cells.every((c) => c.trim() === '')) return true;
    if (!headerState.found) {
      before.push(raw);
      // the header is the first row that names at least two known columns
      if (headerScore(raw.cells) >= 2) columns = startHeader(raw);
      else if (before.length >= HEADER_SEARCH) columns = startHeader(before[0] ?? raw);
      return true;
    }
    if (columns === null) return false;
    handle(raw, columns);
    if (options.onProgress && (result.rows & 1023) === 0 && performance.now() - lastReport > 200) {
      lastReport = performance.now();
      options.onProgress({
        file,
        seconds: (lastReport - began) / 1000,
        rows: result.rows,
        accepted: result.accepted,
        ...reader.progress(),
      });
    }
    return true;
  };
  const finish = (): ParsedFile => {
    // a workbook says what it is once it has been read
    result.description = reader.description;
    if (!headerState.found) {
      if (before.length === 0) problems.add(file, null, 'is empty');
      else startHeader(before[0] ?? { row: 1, cells: [] });
    } else if (columns !== null && result.rows === 0) {
      problems.add(file, null, 'has a header but no rows of figures under it');
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
  };
  return { read, finish };
}
