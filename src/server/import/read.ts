import { extname } from 'node:path';
import { readCsv } from './read-csv.ts';
import { readXlsx } from './read-xlsx.ts';
import { FileProblem, type RowReader } from './rows.ts';

/** Open a return by its file name's extension: CSV (or text) and Excel workbooks. */

export const FORMATS = {
  '.csv': 'csv',
  '.txt': 'csv',
  '.tsv': 'csv',
  '.xlsx': 'xlsx',
  '.xlsm': 'xlsx',
} as const;

export function formatOf(path: string): 'csv' | 'xlsx' | null {
  const ext = extname(path).toLowerCase();
  return ext in FORMATS ? FORMATS[ext as keyof typeof FORMATS] : null;
}

export function openRows(path: string, options: { sheet?: string | undefined } = {}): RowReader {
  const format = formatOf(path);
  if (format === 'xlsx') return readXlsx(path, options.sheet);
  if (options.sheet !== undefined)
    throw new FileProblem(`--sheet applies to Excel workbooks; this is a CSV file`);
  return readCsv(path);
}
