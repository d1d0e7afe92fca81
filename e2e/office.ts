import { parse } from 'csv-parse/sync';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Office files opened as their readers open them: Debian's LibreOffice, headless, converts a deck to
 * PDF (read back page by page with pdftotext) and a workbook to one CSV a sheet. Each conversion has
 * its own LibreOffice profile, so that it never meets another LibreOffice running on the machine.
 */

function convert(file: Buffer, name: string, to: string): { dir: string; out: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'office-'));
  const input = join(dir, name);
  writeFileSync(input, file);
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--convert-to',
      to,
      '--outdir',
      join(dir, 'out'),
      input,
    ],
    { timeout: 90_000, stdio: 'pipe' },
  );
  return { dir, out: readdirSync(join(dir, 'out')).map((f) => join(dir, 'out', f)) };
}

/** A deck's slides as text, one string a slide. */
export function slidesAsText(pptx: Buffer): string[] {
  const { dir, out } = convert(pptx, 'deck.pptx', 'pdf');
  try {
    const pdf = out.find((f) => f.endsWith('.pdf'));
    if (!pdf) throw new Error('LibreOffice wrote no PDF');
    const pages = execFileSync('pdftotext', ['-layout', pdf, '-']).toString().split('\f');
    return pages.slice(0, -1).map((p) => p.replace(/\s+/g, ' ').trim());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** CSV as rows of cells, as spreadsheets and the API write it (quoted cells, doubled quotes). */
export function parseCsv(text: string): string[][] {
  return parse(text, { bom: true, relax_column_count: true });
}

/** Every sheet of a workbook as LibreOffice saves it to CSV (raw values, not as shown), by name. */
export function sheetsAsCsv(book: Buffer, extension: 'xlsx' | 'ods'): Map<string, string[][]> {
  // CSV filter options: comma, double quotes, UTF-8, from line 1, …, values not as shown, every sheet
  const { dir, out } = convert(
    book,
    `book.${extension}`,
    'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
  );
  try {
    return new Map(
      out.map((f) => [f.replace(/^.*\/book-(.*)\.csv$/, '$1'), parseCsv(readFileSync(f, 'utf8'))]),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
