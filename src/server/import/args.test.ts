import { describe, expect, it } from 'vitest';
import { parseImportArgs } from './args.ts';
import { FIXTURES } from '@testing/import.ts';

const env = { DB_PATH: '/tmp/crime-args.db' };
const parse = (argv: string[]) => parseImportArgs(argv, env, FIXTURES);

function usageError(argv: string[]): string {
  try {
    parse(argv);
  } catch (e) {
    return e instanceof Error ? `${e.constructor.name}: ${e.message}` : String(e);
  }
  return 'no error';
}

describe('the command line', () => {
  it.each([
    [[], 'give at least one file to import'],
    [['kent-bom.csv', '--colour', 'red'], "Unknown option '--colour'"],
    [['kent-bom.csv', '--dry-run=yes'], "Option '--dry-run' does not take an argument"],
    [['missing.csv'], "cannot read 'missing.csv': there is no such file"],
    [['make.ts'], "'make.ts' is neither CSV (.csv, .txt, .tsv) nor Excel (.xlsx)"],
    [['kent-bom.csv', '--kind', 'blog'], "--kind 'blog' is not one of foi, official, press"],
    [['kent-bom.csv', '--kind', 'illustrative'], "--kind 'illustrative' is not one of"],
    [
      ['kent-bom.csv', '--date', '2024-02-30'],
      "--date '2024-02-30' is not a date written YYYY-MM-DD",
    ],
    [['kent-bom.csv', '--date', '1/7/2024'], "--date '1/7/2024' is not a date written YYYY-MM-DD"],
    [
      ['kent-bom.csv', '--date', '2024-13-45'],
      "--date '2024-13-45' is not a date written YYYY-MM-DD",
    ],
    [
      ['kent-bom.csv', '--platform', 'tiktock'],
      "--platform: 'tiktock' is not a platform; did you mean 'tiktok'?",
    ],
    [['kent-bom.csv', '--sheet', 'Returns'], '--sheet names a sheet of an Excel workbook'],
    [['kent-bom.csv', '--dataset', 'My Data'], "--dataset 'My Data' is not a dataset id"],
    [
      ['kent-bom.csv', '--url', 'javascript:alert(1)'],
      "--url 'javascript:alert(1)' is not a web address; give one that starts http:// or https://",
    ],
    [['kent-bom.csv', '--url', 'data:text/html,hi'], "--url 'data:text/html,hi' is not a web"],
    [['kent-bom.csv', '--url', 'www.kent.police.uk'], "--url 'www.kent.police.uk' is not a web"],
    [
      ['kent-bom.csv', '--source', '=HYPERLINK("http://x","FOI")'],
      `--source '=HYPERLINK("http://x","FOI")' starts with '=', which a spreadsheet runs as a formula`,
    ],
    [['kent-bom.csv', '--publisher', '@Kent'], "--publisher '@Kent' starts with '@'"],
    [['kent-bom.csv', '--source', '+44 FOI'], "--source '+44 FOI' starts with '+'"],
    [['kent-bom.csv', '--source=-1'], "--source '-1' starts with '-'"],
  ])('%j is a usage error', (argv, message) => {
    expect(usageError(argv)).toContain(`UsageError: ${message}`);
  });

  it('reads every option', () => {
    expect(
      parse([
        'kent-bom.csv',
        'dorset.xlsx',
        '--source',
        'FOI 2024/0457',
        '--publisher',
        'Kent Police',
        '--date',
        '2024-07-01',
        '--kind',
        'official',
        '--url',
        'https://example.org/foi',
        '--platform',
        'Tik Tok',
        '--dataset',
        'kent-2024',
        '--sheet',
        'Returns',
        '--partial',
        '--dry-run',
        '--replace',
      ]),
    ).toMatchObject({
      files: [
        { path: `${FIXTURES}/kent-bom.csv`, label: 'kent-bom.csv' },
        { path: `${FIXTURES}/dorset.xlsx`, label: 'dorset.xlsx' },
      ],
      dbPath: '/tmp/crime-args.db',
      dataset: 'kent-2024',
      source: {
        title: 'FOI 2024/0457',
        publisher: 'Kent Police',
        date: '2024-07-01',
        kind: 'official',
        url: 'https://example.org/foi',
      },
      platform: 'tiktok',
      sheet: 'Returns',
      partial: true,
      dryRun: true,
      replace: true,
    });
  });

  it('has defaults, and --help asks for nothing to run', () => {
    expect(parse(['kent-bom.csv'])).toMatchObject({
      dataset: 'reported',
      source: { kind: 'foi' },
      platform: undefined,
      partial: false,
      dryRun: false,
      replace: false,
    });
    expect(parse(['--help'])).toBeNull();
  });
});
