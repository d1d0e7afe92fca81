import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { posix } from 'node:path';
import { Unzip, UnzipInflate } from 'fflate';
import { SaxesParser } from 'saxes';
import { suggest } from '@shared/suggest.ts';
import { FileProblem, type RawRow, type RowReader } from './rows.ts';
import {
  attr,
  bomb,
  local,
  MAX_RATIO,
  readDateStyles,
  readParts,
  readRels,
  readSharedStrings,
  readWorkbook,
  REPAIR,
  xmlProblem,
} from './xlsx-parts.ts';

/**
 * Excel workbooks (.xlsx): a zip (fflate) of XML parts (saxes, a streaming XML parser). Only what a
 * return needs is read: the sheet names, the shared strings, which cell styles are dates, and the
 * cells of one sheet, streamed. Every cell arrives as text, as a CSV cell does: dates as YYYY-MM-DD,
 * numbers without Excel's binary noise (12.000000000000002 → 12).
 *
 * Why this is not a spreadsheet library (measured on this machine, Node 20, exceljs 4.4.0): exceljs's
 * streaming reader loses the zip's last entry (exceljs issue 3064: here styles.xml, so dates arrive
 * as serial numbers, and for workbooks that store workbook.xml last, every sheet's name), and its
 * whole-workbook reader took 12 s and 690 MB for a 200,000-row sheet, where a million-row return must
 * stream. So the zip and the XML are the maintained libraries' and the spreadsheet rules are here,
 * with limits that a hostile file cannot get past: Excel's own bounds on columns and rows, and on how
 * far a part may inflate (a zip bomb).
 */

const MB = 1 << 20;
/** Excel's bounds: columns A to XFD, rows 1 to 1,048,576 */
const MAX_COLUMNS = 16_384;
const MAX_ROWS = 1_048_576;
/** the sheet is streamed: this much XML at most */
const MAX_SHEET = 4096 * MB;

export function excelDate(serial: number, from1904: boolean): string {
  // Excel's day 0 is 1899-12-30 once its 1900 leap-year bug is allowed for; 1904-01-01 in workbooks
  // saved with the Mac's 1904 date system
  const ms = Math.round((serial + (from1904 ? 1462 : 0) - 25569) * 86400 * 1000);
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? String(serial) : date.toISOString().slice(0, 10);
}

function numberText(value: string): string {
  const n = Number(value);
  if (!Number.isFinite(n)) return value;
  const rounded = Math.round(n);
  return Math.abs(n - rounded) < 1e-9 ? String(rounded) : String(n);
}

/** A cell reference's column (A → 0), or null if it is not one Excel can have. */
function columnOf(ref: string): number | null {
  const letters = /^([A-Z]{1,3})\d*$/.exec(ref)?.[1];
  if (letters === undefined) return null;
  let n = 0;
  for (const c of letters) n = n * 26 + (c.charCodeAt(0) - 64);
  return n <= MAX_COLUMNS ? n - 1 : null;
}

interface SheetContext {
  shared: readonly string[];
  dates: readonly boolean[];
  from1904: boolean;
}

/**
 * The sheet's rows as its XML is inflated and parsed, a piece at a time: a sheet of a million rows is
 * never held whole, only the rows of the piece being read.
 */
function* sheetRows(
  path: string,
  sheetPath: string,
  ctx: SheetContext,
  progress: { done: number },
): Generator<RawRow[]> {
  let batch: RawRow[] = [];
  let rowNumber = 0;
  let cells = null as string[] | null;
  let col = 0;
  let cell: { type: string; style: number; value: string; inline: string } | null = null;
  let capture: 'v' | 't' | null = null;
  let problem = null as FileProblem | null;

  const parser: SaxesParser = new SaxesParser({ fileName: sheetPath });
  parser.on('opentag', (tag) => {
    const t = tag;
    const n = local(t.name);
    if (n === 'row') {
      if (cells !== null)
        throw new FileProblem(
          `has a row that is never closed: the next row starts inside it; ${REPAIR}`,
          rowNumber,
        );
      const r = attr(t, 'r');
      rowNumber = r === undefined ? rowNumber + 1 : Number(r);
      if (!Number.isInteger(rowNumber) || rowNumber < 1 || rowNumber > MAX_ROWS)
        throw new FileProblem(
          `has a row numbered '${r ?? ''}', which Excel cannot have; ${REPAIR}`,
        );
      cells = [];
      col = 0;
    } else if (n === 'c' && cells) {
      const ref = attr(t, 'r');
      if (ref !== undefined) {
        const c = columnOf(ref);
        if (c === null)
          throw new FileProblem(
            `has a cell '${ref}', beyond Excel's last column (XFD); ${REPAIR}`,
            rowNumber,
          );
        col = c;
      } else if (col >= MAX_COLUMNS)
        throw new FileProblem(
          `has a row longer than Excel's last column (XFD); ${REPAIR}`,
          rowNumber,
        );
      cell = { type: attr(t, 't') ?? 'n', style: Number(attr(t, 's') ?? 0), value: '', inline: '' };
    } else if (cell && n === 'v') capture = 'v';
    else if (cell && n === 't') capture = 't';
    else if (n === 'rPh') capture = null;
  });
  const addText = (text: string) => {
    if (!cell || capture === null) return;
    if (capture === 'v') cell.value += text;
    else cell.inline += text;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', (tag) => {
    const n = local(tag.name);
    if (n === 'v' || n === 't') capture = null;
    else if (n === 'c' && cell && cells) {
      const { type, value } = cell;
      let text: string;
      if (type === 's') text = ctx.shared[Number(value)] ?? '';
      else if (type === 'inlineStr') text = cell.inline;
      else if (type === 'b') text = value === '1' ? 'TRUE' : 'FALSE';
      else if (type === 'n' && value !== '')
        text = ctx.dates[cell.style] ? excelDate(Number(value), ctx.from1904) : numberText(value);
      else text = value;
      while (cells.length < col) cells.push('');
      cells[col] = text;
      col++;
      cell = null;
    } else if (n === 'row' && cells) {
      batch.push({ row: rowNumber, cells });
      cells = null;
    }
  });

  const decoder = new TextDecoder('utf-8', { fatal: true });
  let inflated = 0;
  let found = false as boolean;
  const unzip = new Unzip((file) => {
    if (file.name !== sheetPath) return;
    found = true;
    file.ondata = (err, data, final) => {
      if (problem) return;
      try {
        if (err) throw new FileProblem(`has a damaged sheet (${err.message}); ${REPAIR}`);
        inflated += data.length;
        if (inflated > MAX_SHEET || (inflated > MB && inflated > MAX_RATIO * progress.done))
          throw new FileProblem(bomb(sheetPath));
        parser.write(decoder.decode(data, { stream: !final }));
        if (final) parser.close();
      } catch (e) {
        problem = xmlProblem(e, cells ? rowNumber : null);
        file.terminate();
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);

  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    // small pieces: a pushed piece is inflated whole before the ratio can be checked
    const buffer = Buffer.allocUnsafe(64 * 1024);
    let at = 0;
    for (;;) {
      const n = readSync(fd, buffer, 0, buffer.length, at);
      at += n;
      progress.done = at;
      try {
        unzip.push(buffer.subarray(0, n), n === 0 || at >= size);
      } catch (e) {
        problem ??= xmlProblem(e, null);
      }
      if (problem) throw problem;
      if (batch.length > 0) {
        yield batch;
        batch = [];
      }
      if (n === 0 || at >= size) break;
    }
  } finally {
    closeSync(fd);
  }
  if (!found) throw new FileProblem(`has no readable data for its sheet (${sheetPath}); ${REPAIR}`);
  if (cells !== null) throw new FileProblem(`has a row that is never closed; ${REPAIR}`, rowNumber);
}

export function readXlsx(path: string, sheet: string | undefined): RowReader {
  const bytes = readFileSync(path);
  const parts = readParts(bytes);
  const workbookXml = parts.get('xl/workbook.xml');
  if (workbookXml === undefined)
    throw new FileProblem('is not an Excel workbook: it has no xl/workbook.xml');
  const { sheets, from1904 } = readWorkbook(workbookXml);

  const chosen = sheet === undefined ? sheets[0] : sheets.find((s) => s.name === sheet);
  if (!chosen) {
    const names = sheets.map((s) => `'${s.name}'`).join(', ');
    const close =
      sheet === undefined
        ? null
        : suggest(
            sheet,
            sheets.map((s) => [s.name] as const),
          );
    throw new FileProblem(
      sheet === undefined
        ? 'has no sheets'
        : `has no sheet '${sheet}'${close ? `; did you mean '${close}'?` : ''} (its sheets: ${names})`,
    );
  }
  const target = readRels(parts.get('xl/_rels/workbook.xml.rels') ?? '').get(chosen.rel);
  if (!target) throw new FileProblem(`has no readable data for sheet '${chosen.name}'`);
  const sheetPath = target.startsWith('/')
    ? target.slice(1)
    : posix.normalize(posix.join('xl', target));

  const ctx: SheetContext = {
    shared: readSharedStrings(parts.get('xl/sharedStrings.xml')),
    dates: readDateStyles(parts.get('xl/styles.xml')),
    from1904,
  };
  const others = sheets.filter((x) => x !== chosen).map((x) => `'${x.name}'`);
  const progress = { done: 0 };
  return {
    ...(others.length > 0
      ? {
          hint: `this is sheet '${chosen.name}'; the workbook also has ${others.join(', ')}: choose one with --sheet`,
        }
      : {}),
    description: `Excel, sheet '${chosen.name}'`,
    batches: sheetRows(path, sheetPath, ctx, progress),
    progress: () => ({ done: progress.done, total: bytes.length }),
  };
}
