import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { CsvParser } from '../lib/csv.ts';
import type { RawRow, RowReader } from './rows.ts';

/**
 * CSV returns as forces save them: UTF-8 with or without a byte-order mark, Windows-1252 (Excel's
 * "CSV" on a British Windows machine), UTF-16 ("Unicode text"); comma, semicolon or tab separated.
 * The file is read in chunks with synchronous reads, so a load of any size streams through one
 * transaction without holding the file in memory.
 */

const CHUNK = 1 << 20;

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

/**
 * A byte-order mark says what the file is; without one, a file that decodes as UTF-8 from end to end
 * is UTF-8, and anything else is taken as Windows-1252, which every byte sequence decodes as.
 */
export function detectEncoding(path: string): Detected {
  const first = chunks(path).next();
  const head = first.done ? new Uint8Array(0) : first.value;
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf)
    return { encoding: 'utf-8', bom: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
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

  function* rows(): Generator<RawRow> {
    const decoder = new TextDecoder(detected.encoding);
    const parser = new CsvParser(delimiter);
    let row = 0;
    bytesRead = detected.bom;
    for (const chunk of chunks(path, detected.bom)) {
      bytesRead += chunk.length;
      for (const cells of parser.push(decoder.decode(chunk, { stream: true }))) {
        row++;
        yield { row, cells };
      }
    }
    for (const cells of [...parser.push(decoder.decode()), ...parser.end()]) {
      row++;
      yield { row, cells };
    }
  }

  return {
    description: `CSV, ${encodingLabel(detected)}, ${DELIMITER_NAMES[delimiter] ?? delimiter}-separated`,
    rows: rows(),
    progress: () => ({ done: bytesRead, total: size }),
  };
}
