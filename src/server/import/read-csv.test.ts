import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toCsv } from '@shared/counts-csv.ts';
import { readCsv, readCsvNow } from './read-csv.ts';
import { FileProblem, type RawRow } from './rows.ts';
import { tempDir } from '@testing/import.ts';

/** CSV as csv-parse reads it for the importer: lenient where spreadsheets are sloppy, never silent. */

const tmp = tempDir();
afterAll(tmp.remove);
let n = 0;

async function rowsOf(content: string | Buffer): Promise<string[][]> {
  const path = join(tmp.dir, `${++n}.csv`);
  writeFileSync(path, content);
  const rows: RawRow[] = [];
  for await (const batch of readCsv(path).batches) rows.push(...batch);
  // the reader for a small file read at once gives the same records
  expect(readCsvNow(path).batches).toEqual([rows]);
  expect(rows.map((r) => r.row)).toEqual(rows.map((_, i) => i + 1));
  return rows.map((r) => r.cells);
}

describe('reading CSV', () => {
  it.each([
    [
      'plain',
      'a,b\r\n1,2\r\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'no final line break',
      'a,b\n1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    ['quoted delimiter, quote and line break', 'a,"b,""c""\nd"\n', [['a', 'b,"c"\nd']]],
    [
      'empty fields',
      'x,y,z\n,,\n',
      [
        ['x', 'y', 'z'],
        ['', '', ''],
      ],
    ],
    ['empty quoted field', '"",x\n', [['', 'x']]],
    ['a blank line is an empty record', 'a\n\nb\n', [['a'], [''], ['b']]],
    ['old Mac line ends', 'a\rb\r', [['a'], ['b']]],
    ['a quote inside an unquoted field is text', 'say "hi",x\n', [['say "hi"', 'x']]],
    ['spaces before an opening quote', 'a, "b,c"\n', [['a', 'b,c']]],
    ['rows of different lengths', 'a,b,c\n1\n', [['a', 'b', 'c'], ['1']]],
  ])('%s', async (_name, text, expected) => {
    expect(await rowsOf(text)).toEqual(expected);
  });

  it('reads semicolon-separated text and skips a byte-order mark', async () => {
    expect(await rowsOf('\uFEFFforce;count\nkent;"1;2"\n')).toEqual([
      ['force', 'count'],
      ['kent', '1;2'],
    ]);
  });

  it('reads what the CSV writer writes, formula guard and all', async () => {
    const rows = [
      ['force', 'note'],
      ['kent', 'said "few", then\nmore'],
      ['essex', '=1+2'],
    ];
    expect(await rowsOf(toCsv(rows))).toEqual([
      ['force', 'note'],
      ['kent', 'said "few", then\nmore'],
      ['essex', "'=1+2"],
    ]);
  });

  it('refuses a quote that is never closed, naming the row it starts on', async () => {
    const path = join(tmp.dir, 'unclosed.csv');
    writeFileSync(path, 'Force,Year,Count\nKent,2021/22,5\nKent,"2022/23,6\nKent,2023/24,7\n');
    const read = async () => {
      for await (const _batch of readCsv(path).batches);
    };
    await expect(read()).rejects.toThrow(FileProblem);
    await expect(read()).rejects.toMatchObject({
      row: 3,
      message: expect.stringContaining(
        'a quoted cell that starts on this row is never closed',
      ) as string,
    });
  });
});
