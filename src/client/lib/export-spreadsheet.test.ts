import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ROOT } from '@server/config.ts';
import { openDatabase } from '@server/db/open.ts';
import { readXlsx } from '@server/import/read-xlsx.ts';
import { reportedPlan } from '@server/load/reported.ts';
import { CountsResponseSchema, type CountsResponse } from '@shared/contract.ts';
import { apiClient } from '@testing/api.ts';
import { testDb } from '@testing/db.ts';
import { importFixtures, tempDir } from '@testing/import.ts';
import { totalRows } from '@shared/crimes.ts';
import { countsExport, type ExportFigure, type ExportPack } from './export-figure.ts';
import { briefingWorkbook, spreadsheetFile } from './export-spreadsheet.ts';

const api = apiClient(testDb(reportedPlan(join(ROOT, 'data', 'reported'))));

async function counts(query: string): Promise<CountsResponse> {
  return CountsResponseSchema.parse((await api.get(`/api/v1/counts?${query}`)).body);
}

function figure(r: CountsResponse, title: string, commentary = ''): ExportFigure {
  return {
    title,
    subtitle: 'Crimes recorded, 2021/22 to 2023/24',
    source: 'Source: a test source',
    caveats: ['Figures for 8 of 44 forces.'],
    tableNotes: [],
    link: 'https://example.test/forces?version=1',
    ...countsExport(r, 'line'),
    kind: 'line',
    keyFacts: [],
    commentary,
  };
}

/** A pack of two charts, with the API's answers they were made from. */
async function pack(): Promise<ExportPack & { answers: CountsResponse[] }> {
  const byForce = await counts('by=force');
  const lancashire = await counts('force=lancashire&by=outcomeGroup&from=2023-04');
  return {
    answers: [byForce, lancashire],
    title: 'Briefing for the minister',
    link: 'https://example.test/briefing?pack=p2.x',
    created: new Date('2026-12-04T12:00:00Z'),
    figures: [figure(byForce, 'Crimes by force'), figure(lancashire, 'Outcomes', 'Say this.')],
  };
}

async function unzip(blob: Blob): Promise<Record<string, string>> {
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  return Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strFromU8(v)]));
}

/** A sheet's rows from .xlsx XML: each cell as a number (a <v>) or text (an inline string). */
function xlsxRows(xml: string): (string | number)[][] {
  return [...xml.matchAll(/<row r="\d+">(.*?)<\/row>/g)].map(([, row = '']) =>
    [...row.matchAll(/<c r="[A-Z]+\d+"[^>]*?(?: t="inlineStr")?>(.*?)<\/c>/g)].map(([, c = '']) => {
      const v = /^<v>(.*)<\/v>$/.exec(c);
      if (v) return Number(v[1]);
      return (/<t[^>]*>(.*)<\/t>/.exec(c)?.[1] ?? '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&');
    }),
  );
}

/** The rows of an .ods's nth sheet (from 1): numbers (office:value) as numbers, text as text. */
function odsRows(xml: string, sheet: number): (string | number)[][] {
  const table = [...xml.matchAll(/<table:table table:name="[^"]*">(.*?)<\/table:table>/g)][
    sheet - 1
  ]?.[1];
  return [...(table ?? '').matchAll(/<table:table-row>(.*?)<\/table:table-row>/g)].map(
    ([, row = '']) =>
      [...row.matchAll(/<table:table-cell([^>]*)>(.*?)<\/table:table-cell>/g)].map(
        ([, attrs = '', body = '']) => {
          const v = /office:value="([^"]*)"/.exec(attrs);
          if (v) return Number(v[1]);
          return (/<text:p>(.*)<\/text:p>/.exec(body)?.[1] ?? '')
            .replace(/&lt;/g, '<')
            .replace(/&gt;/g, '>')
            .replace(/&quot;/g, '"')
            .replace(/&amp;/g, '&');
        },
      ),
  );
}

describe('a briefing as a spreadsheet', () => {
  it('has a cover, contents and notes sheet, then one table a sheet with names that say what they hold', async () => {
    const book = briefingWorkbook(await pack());
    expect(book.sheets.map((s) => s.name)).toEqual([
      'Cover_sheet',
      'Contents',
      'Notes',
      'Table_1_crimes_by_force',
      'Table_2_outcomes',
    ]);
    for (const s of book.sheets) expect(s.name.length).toBeLessThanOrEqual(31);
  });

  it('writes an .xlsx whose tables hold the API’s numbers as numbers and [x] where none was published', async () => {
    const p = await pack();
    const files = await unzip(spreadsheetFile(p, 'xlsx'));
    const workbook = files['xl/workbook.xml'] ?? '';
    expect(workbook).toContain('name="Cover_sheet"');
    expect(workbook).toContain('name="Notes"');
    const all = Object.entries(files).filter(([k]) => k.startsWith('xl/worksheets/'));
    for (const [, xml] of all) expect(xml).not.toContain('mergeCell');

    const rows = xlsxRows(files['xl/worksheets/sheet4.xml'] ?? '');
    const headerAt = rows.findIndex((r) => r[0] === 'Force');
    expect(headerAt).toBeGreaterThan(0);
    const header = rows[headerAt] ?? [];
    const byForce = p.answers[0];
    if (!byForce) throw new Error('no figure');
    // the unit is in every period's header
    expect(header.slice(1)).toEqual(byForce.periods.map((pd) => `${pd.label} (${byForce.unit})`));
    const table = rows.slice(headerAt + 1);
    for (const s of byForce.series) {
      const row = table.find((r) => r[0] === s.label);
      expect(row, s.label).toBeDefined();
      s.values.forEach((v, i) => {
        const got = row?.[i + 1];
        if (v === null) expect(got).toBe(s.suppressed[i] ? '[c]' : '[x]');
        else expect(got).toBe(v);
      });
      // no blank cells inside the table
      expect(row).toHaveLength(header.length);
    }
    expect(table.flat()).toContain('[x]');
    expect(table.flat().filter((c) => typeof c === 'number').length).toBeGreaterThan(0);
  });

  it('reads back with the xlsx reader the dashboard imports returns with: every sheet, every figure', async () => {
    const p = await pack();
    const dir = mkdtempSync(join(tmpdir(), 'workbook-'));
    try {
      const file = join(dir, 'pack.xlsx');
      writeFileSync(file, new Uint8Array(await spreadsheetFile(p, 'xlsx').arrayBuffer()));
      const rowsOf = async (sheet: string) => {
        const out: string[][] = [];
        for await (const batch of readXlsx(file, sheet).batches)
          for (const r of batch) out.push(r.cells);
        return out;
      };
      expect((await rowsOf('Cover_sheet'))[0]?.[0]).toBe('Briefing for the minister');
      expect((await rowsOf('Contents')).map((r) => r[0])).toContain('Table_2_outcomes');
      const rows = await rowsOf('Table_2_outcomes');
      const lancashire = p.answers[1];
      if (!lancashire) throw new Error('no figure');
      const header = rows.findIndex((r) => r[0] === 'Outcome group');
      for (const s of lancashire.series) {
        const row = rows.slice(header + 1).find((r) => r[0] === s.label);
        expect(row?.slice(1), s.label).toEqual(
          s.values.map((v, i) => (v === null ? (s.suppressed[i] ? '[c]' : '[x]') : String(v))),
        );
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('puts the briefer’s note and the shorthand key on the notes sheet', async () => {
    const files = await unzip(spreadsheetFile(await pack(), 'xlsx'));
    const notes = xlsxRows(files['xl/worksheets/sheet3.xml'] ?? '');
    expect(notes).toContainEqual([
      expect.any(Number),
      'Table_2_outcomes',
      "Briefer's note: Say this.",
    ]);
    const text = notes.map((r) => r[2]).join('\n');
    for (const s of ['[x]', '[c]', '[z]', '[p]']) expect(text).toContain(`${s} means`);
  });

  it('writes an .ods with its mimetype first and uncompressed, numbers as floats', async () => {
    const p = await pack();
    const blob = spreadsheetFile(p, 'ods');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    // a zip's first local header names its first file at byte 30
    expect(strFromU8(bytes.subarray(30, 38))).toBe('mimetype');
    expect(strFromU8(bytes.subarray(38, 84))).toBe(
      'application/vnd.oasis.opendocument.spreadsheet',
    );
    const content = (await unzip(blob))['content.xml'] ?? '';
    expect(content).toContain('table:name="Cover_sheet"');
    expect(content).not.toContain('number-columns-spanned');
    const first = p.answers[0]?.series.find((s) => s.values.some((v) => v !== null));
    const value = first?.values.find((v) => v !== null);
    expect(content).toContain(`office:value-type="float" office:value="${value}"`);
  });
});

describe('figures a force suppressed, in a spreadsheet', async () => {
  // a force's FOI return with one figure suppressed (".."), through the import readers use
  const tmp = tempDir();
  const path = join(tmp.dir, 'returns.db');
  await importFixtures(path, ['lancashire-1252.csv'], {
    dataset: 'returns',
    newDataset: true,
    source: { kind: 'foi', title: 'Lancashire Constabulary FOI return' },
  });
  const db = openDatabase(path);
  const answer = CountsResponseSchema.parse(
    (await apiClient(db).get('/api/v1/counts?dataset=returns&interval=month&by=outcomeGroup')).body,
  );
  db.close();
  tmp.remove();
  const book: ExportPack = {
    title: 'Suppressed figures',
    link: 'https://example.test/briefing?pack=p2.y',
    created: new Date('2026-12-04T12:00:00Z'),
    figures: [figure(answer, 'Outcomes in Lancashire')],
  };
  const rows = [
    ...answer.series.map((s) => ({ label: s.label, values: s.values, suppressed: s.suppressed })),
    ...totalRows(answer),
  ];

  it('has a withheld figure and a figure that includes one to test with', () => {
    const cells = rows.flatMap((r) => r.values.map((v, i) => [v, r.suppressed[i]] as const));
    expect(cells.some(([v, s]) => v === null && s)).toBe(true);
    expect(cells.some(([v, s]) => v !== null && s)).toBe(true);
  });

  it.each(['xlsx', 'ods'] as const)(
    'writes (%s) [c] for a withheld figure, and a number marked [c] in a column beside it where the number includes one',
    async (format) => {
      const files = await unzip(spreadsheetFile(book, format));
      const table =
        format === 'xlsx'
          ? xlsxRows(files['xl/worksheets/sheet4.xml'] ?? '')
          : odsRows(files['content.xml'] ?? '', 4);
      const headerAt = table.findIndex((r) => r[0] === 'Outcome group');
      const header = table[headerAt] ?? [];
      for (const r of rows) {
        const row = table.slice(headerAt + 1).find((t) => t[0] === r.label) ?? [];
        // no blank cells: as many as the header
        expect(row, r.label).toHaveLength(header.length);
        answer.periods.forEach((p, i) => {
          const at = header.indexOf(`${p.label} (${answer.unit})`);
          expect(at, p.label).toBeGreaterThan(0);
          const v = r.values[i] ?? null;
          const marked = rows.some((o) => o.values[i] !== null && o.suppressed[i]);
          const next = String(header[at + 1] ?? '');
          if (v === null) expect(row[at]).toBe(r.suppressed[i] ? '[c]' : '[x]');
          // a number stays a number, suppressed parts or not
          else expect(row[at]).toBe(v);
          expect(next.includes('suppressed figures included'), p.label).toBe(marked);
          if (!marked) return;
          expect(next).toContain(p.label);
          const marker = String(row[at + 1]);
          expect(marker.includes('[c]'), `${r.label}, ${p.label}`).toBe(
            v !== null && (r.suppressed[i] ?? false),
          );
        });
      }
      const notes = (
        format === 'xlsx'
          ? xlsxRows(files['xl/worksheets/sheet3.xml'] ?? '')
          : odsRows(files['content.xml'] ?? '', 3)
      )
        .map((r) => String(r[2] ?? ''))
        .join('\n');
      // the key says what [c] means alone and beside a number
      const key = notes.split('\n').find((t) => t.startsWith('[c] means')) ?? '';
      expect(key).toMatch(/withheld/);
      expect(key).toMatch(/lower bound/);
    },
  );
});
