import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { strFromU8, Unzip, UnzipInflate, unzipSync } from 'fflate';
import { suggest } from '@shared/suggest.ts';
import { FileProblem, type RawRow, type RowReader } from './rows.ts';

/**
 * Excel workbooks (.xlsx): a zip of XML parts. Only what a return needs is read: the sheet names, the
 * shared strings, which cell styles are dates, and the cells of one sheet, streamed. Dates become YYYY-MM-DD,
 * numbers lose Excel's binary noise (12.000000000000002 → 12), so every cell arrives as text the same
 * way a CSV cell does.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    out.set(m[1] ?? '', unescapeXml(m[2] ?? m[3] ?? ''));
  }
  return out;
}

/** The text of a string item: plain (<t>) or rich text runs (<r><t>), without phonetic guides. */
function textOf(xml: string): string {
  const plain = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  let out = '';
  for (const m of plain.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) out += m[1] ?? '';
  return unescapeXml(out);
}

const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** For each cell style, whether it shows a date. */
function dateStyles(xml: string | undefined): boolean[] {
  if (!xml) return [];
  const custom = new Map<number, boolean>();
  for (const m of xml.matchAll(/<numFmt\b([^>]*)\/?>/g)) {
    const a = attributes(m[1] ?? '');
    // a format is a date if it has day, month or year codes outside quoted text and colours
    const code = (a.get('formatCode') ?? '').replace(/"[^"]*"|\[[^\]]*\]/g, '');
    custom.set(Number(a.get('numFmtId')), /[dmy]/i.test(code));
  }
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? '';
  return [...cellXfs.matchAll(/<xf\b([^>]*)>/g)].map((m) => {
    const id = Number(attributes(m[1] ?? '').get('numFmtId') ?? 0);
    return BUILT_IN_DATE_FORMATS.has(id) || custom.get(id) === true;
  });
}

export function excelDate(serial: number, from1904: boolean): string {
  // Excel's day 0 is 1899-12-30 once its 1900 leap-year bug is allowed for; 1904-01-01 in workbooks
  // saved with the Mac's 1904 date system
  const ms = Math.round((serial + (from1904 ? 1462 : 0) - 25569) * 86400 * 1000);
  return new Date(ms).toISOString().slice(0, 10);
}

function numberText(value: string): string {
  const n = Number(value);
  if (!Number.isFinite(n)) return value;
  const rounded = Math.round(n);
  return Math.abs(n - rounded) < 1e-9 ? String(rounded) : String(n);
}

function columnIndex(ref: string): number {
  let n = 0;
  for (const c of ref) {
    const code = c.charCodeAt(0);
    if (code < 65 || code > 90) break;
    n = n * 26 + (code - 64);
  }
  return n - 1;
}

interface SheetContext {
  shared: readonly string[];
  dates: readonly boolean[];
  from1904: boolean;
}

const ROW = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;

// a cell's three attributes, found directly: a general attribute parser per cell is the slow part
// of reading a large sheet
const REF = /\br="([A-Z]+)/;
const TYPE = /\bt="([^"]*)"/;
const STYLE = /\bs="(\d+)"/;

function cellsOf(xml: string, ctx: SheetContext): string[] {
  const cells: string[] = [];
  let col = 0;
  for (const c of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const tag = c[1] ?? '';
    const ref = REF.exec(tag)?.[1];
    if (ref) col = columnIndex(ref);
    const body = c[2] ?? '';
    const type = TYPE.exec(tag)?.[1] ?? 'n';
    const v = unescapeXml(/<v>([\s\S]*?)<\/v>/.exec(body)?.[1] ?? '');
    let text: string;
    if (type === 's') text = ctx.shared[Number(v)] ?? '';
    else if (type === 'inlineStr') text = textOf(body);
    else if (type === 'b') text = v === '1' ? 'TRUE' : 'FALSE';
    else if (type === 'n' && v !== '')
      text = ctx.dates[Number(STYLE.exec(tag)?.[1] ?? 0)]
        ? excelDate(Number(v), ctx.from1904)
        : numberText(v);
    else text = v;
    while (cells.length < col) cells.push('');
    cells[col] = text;
    col++;
  }
  return cells;
}

const CHUNK = 1 << 18;

/**
 * The sheet's rows as its XML is inflated, a piece at a time: a sheet of a million rows is never held
 * whole, only the rows of the piece being read.
 */
function* sheetRows(
  zip: Uint8Array,
  sheetPath: string,
  ctx: SheetContext,
  progress: { done: number },
): Generator<RawRow> {
  const decoder = new TextDecoder();
  const pieces: string[] = [];
  const unzip = new Unzip((file) => {
    if (file.name !== sheetPath) return;
    file.ondata = (err, data, final) => {
      if (err) throw err;
      pieces.push(decoder.decode(data, { stream: !final }));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  let pending = '';
  let next = 1;
  for (let at = 0; at < zip.length; at += CHUNK) {
    unzip.push(zip.subarray(at, at + CHUNK), at + CHUNK >= zip.length);
    progress.done = Math.min(zip.length, at + CHUNK);
    if (pieces.length === 0) continue;
    pending += pieces.join('');
    pieces.length = 0;
    // complete rows only; a row cut off at the end of the piece waits for the next one
    let consumed = 0;
    for (const m of pending.matchAll(ROW)) {
      const r = Number(/\br="(\d+)"/.exec(m[1] ?? '')?.[1] ?? next);
      next = r + 1;
      consumed = m.index + m[0].length;
      yield { row: r, cells: cellsOf(m[2] ?? '', ctx) };
    }
    pending = pending.slice(consumed);
  }
}

export function readXlsx(path: string, sheet: string | undefined): RowReader {
  const bytes = readFileSync(path);
  let parts: Record<string, Uint8Array>;
  try {
    // everything but the sheets, which are read as a stream once one is chosen
    parts = unzipSync(bytes, {
      filter: (f) =>
        (f.name.startsWith('xl/') &&
          f.name.endsWith('.xml') &&
          !f.name.startsWith('xl/worksheets/')) ||
        f.name.endsWith('.rels'),
    });
  } catch {
    throw new FileProblem(
      'is not an Excel workbook (.xlsx) that can be read; save it from Excel as .xlsx or as CSV',
    );
  }
  const part = (name: string) => {
    const p = parts[name];
    return p ? strFromU8(p) : undefined;
  };
  const workbook = part('xl/workbook.xml');
  if (!workbook) throw new FileProblem('is not an Excel workbook: it has no xl/workbook.xml');

  const sheets = [...workbook.matchAll(/<sheet\b([^>]*)\/?>/g)].map((m) => {
    const a = attributes(m[1] ?? '');
    return { name: a.get('name') ?? '', rel: a.get('r:id') ?? '' };
  });
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
  const rels = part('xl/_rels/workbook.xml.rels') ?? '';
  const target = [...rels.matchAll(/<Relationship\b([^>]*)\/?>/g)]
    .map((m) => attributes(m[1] ?? ''))
    .find((a) => a.get('Id') === chosen.rel)
    ?.get('Target');
  const sheetPath = target?.startsWith('/')
    ? target.slice(1)
    : posix.normalize(posix.join('xl', target ?? ''));
  if (!target) throw new FileProblem(`has no readable data for sheet '${chosen.name}'`);

  const sharedXml = part('xl/sharedStrings.xml') ?? '';
  const shared = [...sharedXml.matchAll(/<si(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/si>)/g)].map((m) =>
    textOf(m[1] ?? ''),
  );
  const dates = dateStyles(part('xl/styles.xml'));
  const others = sheets.filter((x) => x !== chosen).map((x) => `'${x.name}'`);
  const progress = { done: 0 };
  return {
    ...(others.length > 0
      ? {
          hint: `this is sheet '${chosen.name}'; the workbook also has ${others.join(', ')}: choose one with --sheet`,
        }
      : {}),
    description: `Excel, sheet '${chosen.name}'`,
    rows: sheetRows(
      bytes,
      sheetPath,
      {
        shared,
        dates,
        from1904: /<workbookPr\b[^>]*\bdate1904="(1|true)"/.test(workbook),
      },
      progress,
    ),
    progress: () => ({ done: progress.done, total: bytes.length }),
  };
}
