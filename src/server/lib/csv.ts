/**
 * RFC 4180 CSV: quoted fields may hold the delimiter, quotes ("") and line breaks. The parser is
 * incremental, so a file of any size can be read in chunks with constant memory; it is lenient where
 * spreadsheets are sloppy (a quote inside an unquoted field is kept as text, spaces before an opening
 * quote are dropped, an unterminated quote ends at the end of the file).
 */

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

export class CsvParser {
  private readonly delimiter: number;
  private row: string[] = [];
  private field = '';
  /** no character of the current field has been read yet */
  private atFieldStart = true;
  private quoted = false;
  /** the previous chunk ended on a quote inside a quoted field: an escape ("") or the closing quote */
  private quoteAtEnd = false;
  /** the previous chunk ended on CR: a LF that starts the next one belongs to the same line break */
  private crAtEnd = false;

  constructor(delimiter = ',') {
    if (delimiter.length !== 1)
      throw new Error(`A CSV delimiter is one character, not '${delimiter}'`);
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** Feed the next piece of text; returns the records it completed. */
  push(text: string): string[][] {
    const out: string[][] = [];
    const n = text.length;
    let i = 0;
    if (this.crAtEnd) {
      this.crAtEnd = false;
      if (text.charCodeAt(0) === LF) i = 1;
    }
    if (this.quoteAtEnd && n > i) {
      this.quoteAtEnd = false;
      if (text.charCodeAt(i) === QUOTE) {
        this.field += '"';
        i++;
      } else this.quoted = false;
    }
    while (i < n) {
      if (this.quoted) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          this.field += text.slice(i);
          break;
        }
        this.field += text.slice(i, q);
        if (q + 1 === n) {
          this.quoteAtEnd = true;
          i = n;
          break;
        }
        if (text.charCodeAt(q + 1) === QUOTE) {
          this.field += '"';
          i = q + 2;
        } else {
          this.quoted = false;
          i = q + 1;
        }
        continue;
      }
      let j = i;
      let c = 0;
      while (j < n) {
        c = text.charCodeAt(j);
        if (c === this.delimiter || c === LF || c === CR || c === QUOTE) break;
        j++;
      }
      if (j > i) {
        this.field += text.slice(i, j);
        this.atFieldStart = false;
      }
      if (j === n) break;
      if (c === QUOTE) {
        if (this.atFieldStart || this.field.trim() === '') {
          this.field = '';
          this.quoted = true;
        } else this.field += '"';
        this.atFieldStart = false;
        i = j + 1;
        continue;
      }
      this.row.push(this.field);
      this.field = '';
      this.atFieldStart = true;
      if (c !== this.delimiter) {
        out.push(this.row);
        this.row = [];
        if (c === CR) {
          if (j + 1 === n) this.crAtEnd = true;
          else if (text.charCodeAt(j + 1) === LF) j++;
        }
      }
      i = j + 1;
    }
    return out;
  }

  /** The last record, if the text did not end with a line break. */
  end(): string[][] {
    this.quoteAtEnd = false;
    this.quoted = false;
    this.crAtEnd = false;
    if (this.field === '' && this.row.length === 0 && this.atFieldStart) return [];
    this.row.push(this.field);
    const last = this.row;
    this.row = [];
    this.field = '';
    this.atFieldStart = true;
    return [last];
  }
}

/** Rows of fields; a byte-order mark is skipped and a trailing empty line dropped. */
export function parseCsv(text: string, delimiter = ','): string[][] {
  const parser = new CsvParser(delimiter);
  const rows = parser.push(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  rows.push(...parser.end());
  return rows;
}

/** Rows as records keyed by the header row. */
export function parseCsvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows
    .filter((r) => r.some((f) => f.trim() !== ''))
    .map((r) => Object.fromEntries(header.map((h, i) => [h.trim(), r[i] ?? ''])));
}
