import { describe, expect, it } from 'vitest';
import { toCsv } from '@shared/counts-csv.ts';
import { CsvParser, parseCsv, parseCsvRecords } from './csv.ts';

/** Feed text in pieces of every size: records must not depend on where a chunk ends. */
function inChunks(text: string, size: number, delimiter = ','): string[][] {
  const parser = new CsvParser(delimiter);
  const rows: string[][] = [];
  for (let i = 0; i < text.length; i += size) rows.push(...parser.push(text.slice(i, i + size)));
  rows.push(...parser.end());
  return rows;
}

describe('CSV', () => {
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
    ['empty fields', ',,\n', [['', '', '']]],
    ['empty quoted field', '"",x\n', [['', 'x']]],
    ['a blank line is an empty record', 'a\n\nb\n', [['a'], [''], ['b']]],
    ['old Mac line ends', 'a\rb\r', [['a'], ['b']]],
    ['a quote inside an unquoted field is text', 'say "hi",x\n', [['say "hi"', 'x']]],
    ['spaces before an opening quote', 'a, "b,c"\n', [['a', 'b,c']]],
  ])('%s', (_name, text, expected) => {
    expect(parseCsv(text)).toEqual(expected);
    for (const size of [1, 2, 3, 5, 7]) expect(inChunks(text, size)).toEqual(expected);
  });

  it('reads semicolon-separated text and skips a byte-order mark', () => {
    expect(parseCsv('\uFEFFforce;count\nkent;"1;2"\n', ';')).toEqual([
      ['force', 'count'],
      ['kent', '1;2'],
    ]);
  });

  it('keeps records keyed by header and writes what it reads', () => {
    const text = toCsv([
      ['force', 'note'],
      ['kent', 'said "few", then more'],
    ]);
    expect(parseCsvRecords(text)).toEqual([{ force: 'kent', note: 'said "few", then more' }]);
  });
});
