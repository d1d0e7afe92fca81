import { describe, expect, it } from 'vitest';
import { counts } from '@testing/counts.ts';
import { countsCsv, toCsv } from './counts-csv.ts';

function records(csv: string): Record<string, string>[] {
  const lines = csv
    .trimEnd()
    .split('\r\n')
    .filter((l) => !l.startsWith('#'));
  const header = lines[0]?.split(',') ?? [];
  return lines
    .slice(1)
    .map((l) =>
      Object.fromEntries(l.split(',').map((v, i): [string, string] => [header[i] ?? '', v])),
    );
}

describe('countsCsv', () => {
  it('marks each empty or incomplete cell with the shorthand and its reason', () => {
    const r = counts({
      periods: ['2023/24', '2024/25'],
      series: { kent: [12, null], btp: [null, 3] },
      suppressed: [false, true],
    });
    const btp = r.series[1];
    if (btp) btp.missing = [['btp'], []];
    r.query.measure = 'rate';
    const rows = records(countsCsv(r, { title: 'Test' }));
    expect(rows.map((x) => [x.series_key, x.period, x.value, x.marker, x.part_period])).toEqual([
      ['kent', '2023/24', '12', '', 'no'],
      ['kent', '2024/25', '', '[c]', 'yes'],
      ['btp', '2023/24', '', '[z]', 'no'],
      ['btp', '2024/25', '3', '[c]', 'yes'],
      ['total', '2023/24', '12', '', 'no'],
      ['total', '2024/25', '3', '[c]', 'yes'],
    ]);
    expect(rows[3]?.reason).toBe('includes figures a force suppressed: a lower bound');
  });
});

describe('toCsv', () => {
  it('writes text a spreadsheet would run as a formula as text, and numbers as numbers', () => {
    expect(
      toCsv([['=HYPERLINK("http://x","y")', '+1', '-2+3', '@SUM(A1)', '\t=1', 'plain', -3, 4.5]]),
    ).toBe(`"'=HYPERLINK(""http://x"",""y"")",'+1,'-2+3,'@SUM(A1),'\t=1,plain,-3,4.5\r\n`);
  });
});
