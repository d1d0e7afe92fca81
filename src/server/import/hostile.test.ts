import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import type { MetaResponse } from '@shared/contract.ts';
import { apiClient } from '@testing/api.ts';
import { ROOT } from '../config.ts';
import { openDatabase } from '../db/open.ts';
import { runImport, type ImportRequest } from './run.ts';
import { dump, NOW, tempDir } from '@testing/import.ts';

/**
 * Returns that must be refused rather than read wrongly: counts too large to hold exactly, files
 * that are not text, hostile workbooks, source fields that could do harm.
 */

const tmp = tempDir();
afterAll(tmp.remove);
let n = 0;

async function importFile(
  name: string,
  content: string | Buffer,
  options: Partial<Omit<ImportRequest, 'files' | 'dbPath'>> = {},
) {
  const path = join(tmp.dir, name);
  writeFileSync(path, content);
  const dbPath = join(tmp.dir, `${++n}.db`);
  return {
    dbPath,
    result: await runImport({
      files: [{ path, label: name }],
      dbPath,
      dataset: 'reported',
      source: { kind: 'foi' },
      now: NOW,
      platform: 'tiktok',
      ...options,
    }),
  };
}

describe('counts the import cannot hold exactly', () => {
  it('are refused with file:row, never stored changed', async () => {
    const { result } = await importFile(
      'huge.csv',
      [
        'Force,Year,Count',
        'Kent,2021/22,2147483648',
        'Kent,2022/23,4294967301',
        'Kent,2023/24,9007199254740993',
        'Essex,2021/22,"2,147,483,648"',
        'Essex,2022/23,99999999999999999999999',
        'Essex,2023/24,4294967301.0',
        '',
      ].join('\n'),
    );
    expect(result.status).toBe('refused');
    if (result.status !== 'refused') return;
    const expected = (row: number, count: string) =>
      `huge.csv:${row}: count '${count}' is larger than the import can hold exactly (at most 2,147,483,647); no force records that many crimes in a period, so check the figure`;
    expect(result.problems).toEqual([
      expected(2, '2147483648'),
      expected(3, '4294967301'),
      expected(4, '9007199254740993'),
      expected(5, '2,147,483,648'),
      expected(6, '99999999999999999999999'),
      expected(7, '4294967301.0'),
    ]);
  });

  it('the largest that it can hold is stored as written', async () => {
    const { result, dbPath } = await importFile(
      'largest.csv',
      'Force,Year,Count\nKent,2021/22,2147483647\nKent,2022/23,0002147483647\n',
    );
    expect(result.status).toBe('written');
    expect(dump(dbPath).facts).toEqual([
      'largest.csv kent tiktok complete 2021/22 * * 2147483647',
      'largest.csv kent tiktok complete 2022/23 * * 2147483647',
    ]);
  });
});

describe('source fields', () => {
  it('a link that is not http(s) and a title that starts as a formula are refused by the loader too', async () => {
    const { result } = await importFile('kent.csv', 'Force,Year,Count\nKent,2021/22,5\n', {
      source: {
        kind: 'foi',
        title: '=HYPERLINK("http://evil","FOI")',
        url: 'javascript:alert(1)',
      },
    });
    expect(result.status).toBe('refused');
    if (result.status !== 'refused') return;
    expect(result.problems.join('\n')).toContain(
      "the address 'javascript:alert(1)' is not a web address (http:// or https://)",
    );
    expect(result.problems.join('\n')).toContain(
      `the title '=HYPERLINK("http://evil","FOI")' starts with '=', which a spreadsheet runs as a formula`,
    );
  });

  it('a link that an earlier version stored is not served', async () => {
    const { dbPath, result } = await importFile('kent2.csv', 'Force,Year,Count\nKent,2021/22,5\n', {
      source: { kind: 'foi', title: 'FOI 1', url: 'https://www.kent.police.uk/foi' },
    });
    expect(result.status).toBe('written');
    const db = openDatabase(dbPath);
    db.prepare(`UPDATE source SET url = 'javascript:alert(1)'`).run();
    const meta = await apiClient(db).get<MetaResponse>('/api/v1/meta');
    expect(meta.body.dataset.sources.map((s) => s.url)).toEqual([null]);
    db.close();
  });
});

/** A minimal workbook around one sheet's rows (and shared strings), as Excel lays one out. */
function workbook(rows: string, shared: string[] | Uint8Array = []): Buffer {
  const xml = (body: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`;
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const parts: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      xml('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    ),
    'xl/workbook.xml': strToU8(
      xml(
        `<workbook ${ns} xmlns:r="${rel}"><sheets><sheet name="Returns" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      xml(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      ),
    ),
    'xl/worksheets/sheet1.xml': strToU8(
      xml(`<worksheet ${ns}><sheetData>${rows}</sheetData></worksheet>`),
    ),
    'xl/sharedStrings.xml':
      shared instanceof Uint8Array
        ? shared
        : strToU8(xml(`<sst ${ns}>${shared.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`)),
  };
  return Buffer.from(zipSync(parts, { level: 1 }));
}

const inline = (ref: string, text: string) =>
  `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const header = `<row r="1">${inline('A1', 'Force')}${inline('B1', 'Year')}${inline('C1', 'Count')}</row>`;

describe('hostile workbooks', () => {
  const made = new Map<string, Buffer>();
  const bytesOf = (name: string, make: () => Buffer) => {
    const bytes = made.get(name) ?? make();
    made.set(name, bytes);
    return bytes;
  };
  const hostile: [name: string, make: () => Buffer, message: RegExp][] = [
    [
      'far-column.xlsx',
      () => workbook(`${header}<row r="2">${inline('ZZZZZZZ2', 'Kent')}</row>`),
      /^far-column\.xlsx:2: has a cell 'ZZZZZZZ2', beyond Excel's last column \(XFD\)/,
    ],
    [
      'bomb.xlsx',
      () => {
        // one shared string of 48 MB that packs into about 50 KB (the one found packed 613 KB)
        const open = strToU8('<sst><si><t>');
        const close = strToU8('</t></si></sst>');
        const body = new Uint8Array(48 * 1024 * 1024).fill(97);
        body.set(open, 0);
        body.set(close, body.length - close.length);
        return workbook(header, body);
      },
      /^bomb\.xlsx: has a part \(xl\/sharedStrings\.xml\) that inflates to far more than a workbook holds: it may be a zip bomb/,
    ],
    [
      'unclosed-row.xlsx',
      () => {
        const rows = Array.from(
          { length: 60_000 },
          (_, i) =>
            `<row r="${i + 3}">${inline(`A${i + 3}`, 'Kent Police')}<c r="B${i + 3}"><v>2023</v></c></row>`,
        ).join('');
        const xlsx = workbook(`${header}<row r="2">${inline('A2', 'Kent')}${rows}`);
        return xlsx;
      },
      /^unclosed-row\.xlsx:2: has a row that is never closed: the next row starts inside it/,
    ],
    [
      'bad-character.xlsx',
      () => workbook(`${header}<row r="2">${inline('A2', 'Kent&#x110000;')}</row>`),
      /^bad-character\.xlsx:2: cannot be read as an Excel workbook \(xl\/worksheets\/sheet1\.xml:.*character/,
    ],
  ];

  it.each(hostile)(
    '%s is refused quickly, naming the file',
    async (name, make, message) => {
      const bytes = make();
      if (name === 'unclosed-row.xlsx') expect(bytes.length).toBeGreaterThan(100_000);
      const started = performance.now();
      const { result } = await importFile(name, bytes);
      expect(performance.now() - started).toBeLessThan(5000);
      expect(result.status).toBe('refused');
      if (result.status !== 'refused') return;
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]).toMatch(message);
    },
    30_000,
  );

  it('the command refuses each within 5 s and 300 MB, exit status 1', () => {
    for (const [name, make] of hostile) {
      const path = join(tmp.dir, name);
      writeFileSync(path, bytesOf(name, make));
      const report =
        "data:text/javascript,process.on('exit',()=>{process.stderr.write('maxRSS '+process.resourceUsage().maxRSS+'\\n')})";
      const started = performance.now();
      const r = spawnSync(
        process.execPath,
        [
          '--import',
          'tsx',
          '--import',
          report,
          join(ROOT, 'scripts', 'import.ts'),
          path,
          '--platform',
          'tiktok',
        ],
        { env: { ...process.env, DB_PATH: join(tmp.dir, 'cli-hostile.db') }, encoding: 'utf8' },
      );
      const seconds = (performance.now() - started) / 1000;
      expect(r.status, name).toBe(1);
      expect(r.stderr, name).toContain(path);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      const mb = Number(/maxRSS (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024;
      expect(mb, name).toBeLessThan(300);
      // the time includes starting Node and tsx
      expect(seconds, name).toBeLessThan(5);
    }
  }, 60_000);
});

describe('a file that is not text', () => {
  it('renamed .csv is refused as not a text file', async () => {
    const bytes = Buffer.alloc(2 * 1024 * 1024);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 251;
    const { result } = await importFile('photo.csv', bytes);
    expect(result.status === 'refused' && result.problems).toEqual([
      'photo.csv: is not a text file: it holds binary data, as a spreadsheet, a PDF or a picture does, not CSV. Save the return from its program as CSV (.csv) or Excel (.xlsx)',
    ]);
  });
});
