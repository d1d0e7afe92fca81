import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A printed PDF read back page by page with Debian's poppler-utils (pdftotext, pdftoppm): each
 * page's words as laid out, its size, and how far down the page its ink goes.
 */
export interface PrintedPage {
  text: string;
  /** in points */
  width: number;
  height: number;
  /** the lowest row with ink on it, as a share of the page's height (0 for a blank page) */
  inkBottom: number;
}

/** A binary greyscale PGM (P5), as pdftoppm -gray writes it. */
function readPgm(file: string): { width: number; height: number; pixels: Buffer } {
  const data = readFileSync(file);
  const header: string[] = [];
  let at = 0;
  while (header.length < 4) {
    while (/\s/.test(String.fromCharCode(data[at] ?? 0))) at++;
    if (data[at] === 0x23) {
      while (data[at] !== 0x0a) at++;
      continue;
    }
    let token = '';
    while (at < data.length && !/\s/.test(String.fromCharCode(data[at] ?? 0)))
      token += String.fromCharCode(data[at++] ?? 0);
    header.push(token);
  }
  const [magic, width = '0', height = '0'] = header;
  if (magic !== 'P5') throw new Error(`not a binary PGM: ${magic ?? ''}`);
  return { width: Number(width), height: Number(height), pixels: data.subarray(at + 1) };
}

export function readPrinted(pdf: Buffer): PrintedPage[] {
  const dir = mkdtempSync(join(tmpdir(), 'printed-'));
  try {
    const file = join(dir, 'printed.pdf');
    writeFileSync(file, pdf);
    const texts = execFileSync('pdftotext', ['-layout', file, '-']).toString().split('\f');
    const sizes = [
      ...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g),
    ];
    execFileSync('pdftoppm', ['-gray', '-r', '24', file, join(dir, 'page')]);
    const images = readdirSync(dir)
      .filter((f) => f.endsWith('.pgm'))
      .sort();
    return images.map((image, i) => {
      const { width, height, pixels } = readPgm(join(dir, image));
      let bottom = 0;
      for (let y = height - 1; y >= 0 && bottom === 0; y--)
        for (let x = 0; x < width; x++)
          if ((pixels[y * width + x] ?? 255) < 200) {
            bottom = (y + 1) / height;
            break;
          }
      return {
        text: texts[i] ?? '',
        width: Number(sizes[i]?.[1] ?? 0),
        height: Number(sizes[i]?.[2] ?? 0),
        inkBottom: bottom,
      };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
