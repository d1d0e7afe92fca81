import { unzipSync, type UnzipFileInfo } from 'fflate';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { FileProblem } from './rows.ts';

/**
 * The parts of a workbook other than its sheets, each read whole with saxes once the zip says it is
 * not too large: the sheet names, the relationships to their parts, which cell styles are dates, and
 * the shared strings (read-xlsx.ts streams the sheet).
 */

const MB = 1 << 20;
/** parts other than the sheet are read whole: this much at most */
const MAX_PART = 256 * MB;
/** inflated bytes per packed byte, past the first megabyte: XML packs 10 to 30 times; a bomb, 1000 */
export const MAX_RATIO = 200;
export const REPAIR = 'save it from Excel as .xlsx or as CSV';

export const bomb = (name: string) =>
  `has a part (${name}) that inflates to far more than a workbook holds: it may be a zip bomb; ${REPAIR}`;

/** Read one XML text with saxes; an XML error becomes a problem of the file. */
function parseXml(
  name: string,
  xml: string,
  on: (parser: SaxesParser) => void,
  row: () => number | null = () => null,
): void {
  const parser = new SaxesParser({ fileName: name });
  on(parser);
  try {
    parser.write(xml).close();
  } catch (e) {
    throw xmlProblem(e, row());
  }
}

export function xmlProblem(e: unknown, row: number | null): FileProblem {
  if (e instanceof FileProblem) return e;
  const reason = e instanceof Error ? e.message : String(e);
  return new FileProblem(`cannot be read as an Excel workbook (${reason}); ${REPAIR}`, row);
}

export function attr(tag: SaxesTagPlain, name: string): string | undefined {
  return tag.attributes[name];
}

export function local(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

/** Every part but the sheets, inflated whole, each checked before it is inflated. */
export function readParts(bytes: Uint8Array): Map<string, string> {
  let refused = null as string | null;
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, {
      filter: (f: UnzipFileInfo) => {
        const wanted =
          (f.name.startsWith('xl/') &&
            f.name.endsWith('.xml') &&
            !f.name.startsWith('xl/worksheets/')) ||
          f.name.endsWith('.rels');
        if (!wanted) return false;
        if (f.originalSize > MAX_PART || f.originalSize > MB + MAX_RATIO * f.size) {
          refused ??= bomb(f.name);
          return false;
        }
        return true;
      },
    });
  } catch {
    throw new FileProblem(`is not an Excel workbook (.xlsx) that can be read; ${REPAIR}`);
  }
  if (refused !== null) throw new FileProblem(refused);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const out = new Map<string, string>();
  for (const [name, data] of Object.entries(parts)) {
    try {
      out.set(name, decoder.decode(data));
    } catch {
      throw new FileProblem(`has a part (${name}) that is not UTF-8 XML; ${REPAIR}`);
    }
  }
  return out;
}

/** Sheets in tab order, and whether dates count from 1904 (the Mac's old date system). */
export function readWorkbook(xml: string): {
  sheets: { name: string; rel: string }[];
  from1904: boolean;
} {
  const sheets: { name: string; rel: string }[] = [];
  let from1904 = false;
  parseXml('xl/workbook.xml', xml, (p) => {
    p.on('opentag', (tag) => {
      const t = tag;
      const n = local(t.name);
      if (n === 'sheet') sheets.push({ name: attr(t, 'name') ?? '', rel: attr(t, 'r:id') ?? '' });
      else if (n === 'workbookPr') from1904 = ['1', 'true'].includes(attr(t, 'date1904') ?? '');
    });
  });
  return { sheets, from1904 };
}

export function readRels(xml: string): Map<string, string> {
  const targets = new Map<string, string>();
  parseXml('xl/_rels/workbook.xml.rels', xml, (p) => {
    p.on('opentag', (tag) => {
      const t = tag;
      if (local(t.name) === 'Relationship')
        targets.set(attr(t, 'Id') ?? '', attr(t, 'Target') ?? '');
    });
  });
  return targets;
}

const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55,
  56, 57, 58,
]);

/** For each cell style, whether it shows a date. */
export function readDateStyles(xml: string | undefined): boolean[] {
  if (xml === undefined) return [];
  const custom = new Map<number, boolean>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  parseXml('xl/styles.xml', xml, (p) => {
    p.on('opentag', (tag) => {
      const t = tag;
      const n = local(t.name);
      if (n === 'numFmt') {
        // a format is a date if it has day, month or year codes outside quoted text and colours
        const code = (attr(t, 'formatCode') ?? '').replace(/"[^"]*"|\[[^\]]*\]/g, '');
        custom.set(Number(attr(t, 'numFmtId')), /[dmy]/i.test(code));
      } else if (n === 'cellXfs') inCellXfs = true;
      else if (n === 'xf' && inCellXfs) {
        const id = Number(attr(t, 'numFmtId') ?? 0);
        styles.push(BUILT_IN_DATE_FORMATS.has(id) || custom.get(id) === true);
      }
    });
    p.on('closetag', (tag) => {
      if (local(tag.name) === 'cellXfs') inCellXfs = false;
    });
  });
  return styles;
}

/** The text of each shared string: plain or rich text runs, without phonetic guides. */
export function readSharedStrings(xml: string | undefined): string[] {
  if (xml === undefined) return [];
  const strings: string[] = [];
  let current: string | null = null;
  let inText = false;
  let phonetic = 0;
  parseXml('xl/sharedStrings.xml', xml, (p) => {
    p.on('opentag', (tag) => {
      const n = local(tag.name);
      if (n === 'si') current = '';
      else if (n === 'rPh') phonetic++;
      else if (n === 't' && phonetic === 0) inText = true;
    });
    p.on('text', (text) => {
      if (inText && current !== null) current += text;
    });
    p.on('cdata', (text) => {
      if (inText && current !== null) current += text;
    });
    p.on('closetag', (tag) => {
      const n = local(tag.name);
      if (n === 't') inText = false;
      else if (n === 'rPh') phonetic--;
      else if (n === 'si') {
        strings.push(current ?? '');
        current = null;
      }
    });
  });
  return strings;
}
