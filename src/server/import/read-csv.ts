import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { Readable } from 'node:stream';
import { CsvError, Parser } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { FileProblem, type RawRow, type RowReader } from './rows.ts';

/**
 * CSV returns as forces save them: UTF-8 with or without a byte-order mark, Windows-1252 (Excel's
 * "CSV" on a British Windows machine), UTF-16 ("Unicode text"); comma, semicolon or tab separated.
 * The records are csv-parse's; this module only finds the encoding and the separator, turns the text
 * into UTF-8 for the parser, and reads the file in chunks, so that a load of any size streams through
 * without the file being held in memory.
 */

const CHUNK = 1 << 20;
/** a record longer than this is not a row of a return: an unclosed quote, or not a CSV file */
const MAX_RECORD = 1 << 20;

export type Encoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

interface Detected {
  encoding: Encoding;
  /** bytes of byte-order mark to skip */
  bom: number;
}

function* chunks(path: string, from = 0): Generator<Uint8Array> {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(CHUNK);
    let position = from;
    for (;;) {
      const n = readSync(fd, buffer, 0, CHUNK, position);
      if (n === 0) return;
      position += n;
      yield buffer.subarray(0, n);
    }
  } finally {
    closeSync(fd);
  }
}

const NOT_TEXT =
  'is not a text file: it holds binary data, as a spreadsheet, a PDF or a picture does, not CSV. Save the return from its program as CSV (.csv) or Excel (.xlsx)';

/**
 * A byte-order mark says what the file is; without one, a file that decodes as UTF-8 from end to end
 * is UTF-8, and anything else is taken as Windows-1252, which every byte sequence decodes as. Text has
 * no NUL bytes outside UTF-16: a file with one is binary, whatever its name says.
 */
export function detectEncoding(path: string): Detected {
  const first = chunks(path).next();
  const head = first.done ? new Uint8Array(0) : first.value;
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf)
    return { encoding: 'utf-8', bom: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  if (head.includes(0)) throw new FileProblem(NOT_TEXT);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for (const chunk of chunks(path)) decoder.decode(chunk, { stream: true });
    decoder.decode();
    return { encoding: 'utf-8', bom: 0 };
  } catch {
    return { encoding: 'windows-1252', bom: 0 };
  }
}

const DELIMITERS = [',', ';', '\t'] as const;
const DELIMITER_NAMES: Record<string, string> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
};

/**
 * The delimiter that splits the first line that has one into the most fields (outside quotes): a title
 * line above the header ("Freedom of Information request 2024/123") has none.
 */
export function detectDelimiter(text: string): string {
  const lines = text.split(/\r?\n|\r/);
  const line = lines.find((l) => DELIMITERS.some((d) => l.includes(d))) ?? '';
  let best = ',';
  let most = 0;
  for (const d of DELIMITERS) {
    let quoted = false;
    let count = 0;
    for (const c of line) {
      if (c === '"') quoted = !quoted;
      else if (c === d && !quoted) count++;
    }
    if (count > most) {
      most = count;
      best = d;
    }
  }
  return best;
}

function encodingLabel(d: Detected): string {
  if (d.encoding === 'utf-8') return d.bom > 0 ? 'UTF-8 with byte-order mark' : 'UTF-8';
  if (d.encoding === 'windows-1252') return 'Windows-1252';
  return d.encoding === 'utf-16le' ? 'UTF-16 (little-endian)' : 'UTF-16 (big-endian)';
}

/** csv-parse's refusal as a problem of the file, at the row a spreadsheet would show. */
function problemOf(e: unknown, fallbackRow: number): FileProblem {
  if (!(e instanceof CsvError)) throw e;
  // the parser runs ahead of the rows read: it counts the records it has finished
  const records = (e as CsvError & { records?: unknown }).records;
  const row = typeof records === 'number' ? records + 1 : fallbackRow;
  if (e.code === 'CSV_QUOTE_NOT_CLOSED')
    return new FileProblem(
      `a quoted cell that starts on this row is never closed (a " without its closing "); correct the quotes, or save the file again as CSV`,
      row,
    );
  if (e.code === 'CSV_MAX_RECORD_SIZE')
    return new FileProblem(
      `this row is longer than ${MAX_RECORD / (1 << 20)} MB: an unclosed quote, or not a CSV file; correct it, or save the file again as CSV`,
      row,
    );
  return new FileProblem(`cannot be read as CSV here: ${e.message}`, row);
}

const OPTIONS = {
  // as spreadsheets are sloppy: a quote inside an unquoted cell is text, rows may differ in length,
  // and spaces before an opening quote are dropped
  relax_quotes: true,
  relax_column_count: true,
  ltrim: true,
  max_record_size: MAX_RECORD,
  skip_empty_lines: false,
} as const;

/**
 * A small CSV file read whole, at once: the shipped figures, which are read while the database is
 * built in one transaction. The same parser and options as readCsv.
 */
export function readCsvNow(path: string): RowReader & { batches: Iterable<readonly RawRow[]> } {
  const detected = detectEncoding(path);
  const text = new TextDecoder(detected.encoding).decode(readFileSync(path).subarray(detected.bom));
  const delimiter = detectDelimiter(text.slice(0, 64 * 1024));
  let records: string[][];
  try {
    records = parse(text, { ...OPTIONS, delimiter });
  } catch (e) {
    throw problemOf(e, 0);
  }
  return {
    description: `CSV, ${encodingLabel(detected)}, ${DELIMITER_NAMES[delimiter] ?? delimiter}-separated`,
    batches: [records.map((cells, i) => ({ row: i + 1, cells }))],
    progress: () => ({ done: 1, total: 1 }),
  };
}

export function readCsv(path: string): RowReader {
  const detected = detectEncoding(path);
  const fd = openSync(path, 'r');
  const size = fstatSync(fd).size;
  closeSync(fd);
  let bytesRead = 0;

  // the first line decides the delimiter; decoding it twice costs nothing
  const headDecoder = new TextDecoder(detected.encoding);
  const first = chunks(path, detected.bom).next();
  const headText = first.done ? '' : headDecoder.decode(first.value);
  const delimiter = detectDelimiter(headText.slice(0, 64 * 1024));
  if (headText.includes('\u0000')) throw new FileProblem(NOT_TEXT);

  /** the file as UTF-8, a chunk at a time: csv-parse reads UTF-8, so other encodings are decoded */
  function* utf8(): Generator<Buffer> {
    const decoder = detected.encoding === 'utf-8' ? null : new TextDecoder(detected.encoding);
    bytesRead = detected.bom;
    for (const chunk of chunks(path, detected.bom)) {
      bytesRead += chunk.length;
      const text = decoder ? decoder.decode(chunk, { stream: true }) : null;
      if (text === null ? chunk.includes(0) : text.includes('\u0000'))
        throw new FileProblem(NOT_TEXT);
      yield text === null ? Buffer.from(chunk) : Buffer.from(text, 'utf8');
    }
    if (decoder) yield Buffer.from(decoder.decode(), 'utf8');
  }

  async function* batches(): AsyncGenerator<RawRow[]> {
    const parser = Readable.from(utf8()).pipe(new Parser({ ...OPTIONS, delimiter }));
    let row = 0;
    let batch: RawRow[] = [];
    try {
      for await (const cells of parser as AsyncIterable<string[]>) {
        batch.push({ row: ++row, cells });
        if (batch.length === 1000) {
          yield batch;
          batch = [];
        }
      }
    } catch (e) {
      if (e instanceof FileProblem) throw e;
      throw problemOf(e, row + 1);
    }
    yield batch;
  }

  return {
    description: `CSV, ${encodingLabel(detected)}, ${DELIMITER_NAMES[delimiter] ?? delimiter}-separated`,
    batches: batches(),
    progress: () => ({ done: bytesRead, total: size }),
  };
}
