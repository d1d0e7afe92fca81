import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runImport, type ImportRequest } from './run.ts';
import { dump, NOW, tempDir } from './testing.ts';

/**
 * Returns that must be refused rather than read wrongly: counts too large to hold exactly, files
 * that are not text, hostile workbooks, source fields that could do harm.
 */

const tmp = tempDir();
afterAll(tmp.remove);
let n = 0;

function importFile(
  name: string,
  content: string | Buffer,
  options: Partial<Omit<ImportRequest, 'files' | 'dbPath'>> = {},
) {
  const path = join(tmp.dir, name);
  writeFileSync(path, content);
  const dbPath = join(tmp.dir, `${++n}.db`);
  return {
    dbPath,
    result: runImport({
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
  it('are refused with file:row, never stored changed', () => {
    const { result } = importFile(
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

  it('the largest that it can hold is stored as written', () => {
    const { result, dbPath } = importFile(
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
