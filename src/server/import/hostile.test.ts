import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { MetaResponse } from '@shared/contract.ts';
import { apiClient } from '@testing/api.ts';
import { openDatabase } from '../db/open.ts';
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

describe('source fields', () => {
  it('a link that is not http(s) and a title that starts as a formula are refused by the loader too', () => {
    const { result } = importFile('kent.csv', 'Force,Year,Count\nKent,2021/22,5\n', {
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
    const { dbPath, result } = importFile('kent2.csv', 'Force,Year,Count\nKent,2021/22,5\n', {
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
