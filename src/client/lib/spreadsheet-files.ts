import { strToU8, zipSync, type Zippable } from 'fflate';

/**
 * A workbook written as .xlsx (Office Open XML) and .ods (OpenDocument), the two formats the
 * Government Analysis Function asks statistics to be released in. Both are zipped XML, written here
 * with fflate (already the app's zip library): no spreadsheet library on npm writes both formats and is
 * maintained (SheetJS left npm in 2022 at a version with published advisories; exceljs writes .xlsx
 * alone), and the subset the guidance needs (text, numbers, one bold header row, column widths) is
 * small. Every sheet is a few lines of words, then one table: no merged cells, no blank cells inside
 * the table, numbers as numbers.
 */

export type CellValue = string | number;

export interface WorkbookSheet {
  /** at most 31 characters, unique, none of []:*?/\ (Excel's rules, which LibreOffice also keeps) */
  name: string;
  /** lines above the table: the first is the sheet's title */
  lines: string[];
  /** the table's single header row; none on a sheet of words alone (the cover) */
  header: string[];
  rows: CellValue[][];
  /** number format for the table's numbers: whole numbers or one decimal place */
  decimals?: 0 | 1;
  /** column widths in characters */
  widths?: number[];
}

export interface Workbook {
  title: string;
  sheets: WorkbookSheet[];
}

export function escapeXml(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      // characters XML 1.0 cannot hold
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
  );
}

/** A name Excel accepts: forbidden characters out, at most 31 characters, unique in the book. */
export function sheetName(wanted: string, taken: ReadonlySet<string>): string {
  const base =
    wanted
      .replace(/[[\]:*?/\\']/g, '')
      .trim()
      .slice(0, 31) || 'Sheet';
  let name = base;
  for (let i = 2; [...taken].some((t) => t.toLowerCase() === name.toLowerCase()); i++)
    name = `${base.slice(0, 31 - String(i).length - 1)}_${i}`;
  return name;
}

function column(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

// ---- .xlsx

/** style ids in styles.xml: 0 plain, 1 title, 2 header, 3 whole numbers, 4 one decimal place */
const XLSX_STYLES =
  XML +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.0"/></numFmts>' +
  '<fonts count="3"><font><sz val="11"/><name val="Arial"/></font>' +
  '<font><b/><sz val="15"/><name val="Arial"/></font>' +
  '<font><b/><sz val="11"/><name val="Arial"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>' +
  '<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

function xlsxCell(ref: string, value: CellValue, style: number): string {
  const s = style === 0 ? '' : ` s="${style}"`;
  if (typeof value === 'number') return `<c r="${ref}"${s}><v>${value}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
}

function xlsxSheet(sheet: WorkbookSheet): string {
  const rows: string[] = [];
  let r = 0;
  const row = (cells: string[]) => {
    r++;
    rows.push(`<row r="${r}">${cells.join('')}</row>`);
  };
  sheet.lines.forEach((line, i) => row([xlsxCell(`A${r + 1}`, line, i === 0 ? 1 : 0)]));
  if (sheet.header.length > 0)
    row(sheet.header.map((h, c) => xlsxCell(`${column(c)}${r + 1}`, h, 2)));
  const numberStyle = sheet.decimals === 1 ? 4 : 3;
  for (const cells of sheet.rows)
    row(
      cells.map((v, c) =>
        xlsxCell(`${column(c)}${r + 1}`, v, typeof v === 'number' ? numberStyle : 0),
      ),
    );
  const widths = sheet.widths ?? (sheet.header.length > 0 ? sheet.header.map(() => 16) : [100]);
  const cols = widths
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
    .join('');
  return (
    XML +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `<cols>${cols}</cols><sheetData>${rows.join('')}</sheetData></worksheet>`
  );
}

export function toXlsx(book: Workbook): Uint8Array {
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const files: Zippable = {
    '[Content_Types].xml': strToU8(
      XML +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
        book.sheets
          .map(
            (_, i) =>
              `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
          )
          .join('') +
        '</Types>',
    ),
    '_rels/.rels': strToU8(
      XML +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/>` +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
        '</Relationships>',
    ),
    'docProps/core.xml': strToU8(
      XML +
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">' +
        `<dc:title>${escapeXml(book.title)}</dc:title><dc:language>en-GB</dc:language></cp:coreProperties>`,
    ),
    'xl/workbook.xml': strToU8(
      XML +
        `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${rel}"><sheets>` +
        book.sheets
          .map(
            (s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
          )
          .join('') +
        '</sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      XML +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        book.sheets
          .map(
            (_, i) =>
              `<Relationship Id="rId${i + 1}" Type="${rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
          )
          .join('') +
        `<Relationship Id="rId${book.sheets.length + 1}" Type="${rel}/styles" Target="styles.xml"/>` +
        '</Relationships>',
    ),
    'xl/styles.xml': strToU8(XLSX_STYLES),
  };
  book.sheets.forEach((s, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(xlsxSheet(s));
  });
  return zipSync(files, { level: 6 });
}

// ---- .ods

const ODS_NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' +
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' +
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" ' +
  'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" ' +
  'xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
  'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"';

const ODS_STYLES =
  '<office:automatic-styles>' +
  '<number:number-style style:name="N0"><number:number number:decimal-places="0" number:min-decimal-places="0" number:min-integer-digits="1" number:grouping="true"/></number:number-style>' +
  '<number:number-style style:name="N1"><number:number number:decimal-places="1" number:min-decimal-places="1" number:min-integer-digits="1" number:grouping="true"/></number:number-style>' +
  '<style:style style:name="title" style:family="table-cell"><style:text-properties fo:font-weight="bold" fo:font-size="15pt"/></style:style>' +
  '<style:style style:name="head" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top"/><style:text-properties fo:font-weight="bold"/></style:style>' +
  '<style:style style:name="n0" style:family="table-cell" style:data-style-name="N0"/>' +
  '<style:style style:name="n1" style:family="table-cell" style:data-style-name="N1"/>' +
  '</office:automatic-styles>';

function odsCell(value: CellValue, style: string | null): string {
  const s = style ? ` table:style-name="${style}"` : '';
  if (typeof value === 'number')
    return `<table:table-cell${s} office:value-type="float" office:value="${value}"><text:p>${value}</text:p></table:table-cell>`;
  return `<table:table-cell${s} office:value-type="string"><text:p>${escapeXml(value)}</text:p></table:table-cell>`;
}

function odsSheet(sheet: WorkbookSheet, sheetIndex: number): { table: string; styles: string } {
  const widths = sheet.widths ?? (sheet.header.length > 0 ? sheet.header.map(() => 16) : [100]);
  const columnStyles = widths
    .map(
      (w, i) =>
        `<style:style style:name="c${sheetIndex}_${i}" style:family="table-column"><style:table-column-properties style:column-width="${(w * 0.19).toFixed(2)}cm"/></style:style>`,
    )
    .join('');
  const numberStyle = sheet.decimals === 1 ? 'n1' : 'n0';
  const row = (cells: string[]) => `<table:table-row>${cells.join('')}</table:table-row>`;
  const body =
    widths.map((_, i) => `<table:table-column table:style-name="c${sheetIndex}_${i}"/>`).join('') +
    sheet.lines.map((l, i) => row([odsCell(l, i === 0 ? 'title' : null)])).join('') +
    (sheet.header.length > 0 ? row(sheet.header.map((h) => odsCell(h, 'head'))) : '') +
    sheet.rows
      .map((cells) => row(cells.map((v) => odsCell(v, typeof v === 'number' ? numberStyle : null))))
      .join('');
  return {
    table: `<table:table table:name="${escapeXml(sheet.name)}">${body}</table:table>`,
    styles: columnStyles,
  };
}

export function toOds(book: Workbook): Uint8Array {
  const sheets = book.sheets.map(odsSheet);
  const tables = sheets.map((s) => s.table).join('');
  const columnStyles = sheets.map((s) => s.styles).join('');
  const content =
    XML +
    `<office:document-content ${ODS_NS} office:version="1.3">` +
    ODS_STYLES.replace('</office:automatic-styles>', `${columnStyles}</office:automatic-styles>`) +
    `<office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body></office:document-content>`;
  const mime = 'application/vnd.oasis.opendocument.spreadsheet';
  return zipSync(
    {
      // the first entry, stored uncompressed, says what the file is (ODF 1.3 part 2, 3.3)
      mimetype: [strToU8(mime), { level: 0 }],
      'META-INF/manifest.xml': strToU8(
        XML +
          '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">' +
          `<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="${mime}"/>` +
          '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>' +
          '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>' +
          '</manifest:manifest>',
      ),
      'meta.xml': strToU8(
        XML +
          `<office:document-meta ${ODS_NS} office:version="1.3"><office:meta><dc:title>${escapeXml(book.title)}</dc:title><dc:language>en-GB</dc:language></office:meta></office:document-meta>`,
      ),
      'content.xml': strToU8(content),
    },
    { level: 6 },
  );
}
