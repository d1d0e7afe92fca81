import { describe, expect, it } from 'vitest';
import { countsCsv, toCsv } from './counts-csv.ts';

describe('countsCsv', () => {
  it('writes period,key,label,value rows, quoting what needs it and leaving no number empty', () => {
    const csv = countsCsv({
      periods: [
        { id: '2022/23', label: '2022/23', start: '2022-04', end: '2023-03', partial: false },
        { id: '2023/24', label: '2023/24', start: '2023-04', end: '2024-03', partial: false },
      ],
      series: [
        {
          key: '8L',
          label: 'Harassment, "all kinds"',
          kind: 'series',
          values: [12, null],
          missing: [[], []],
          suppressed: [false, true],
        },
      ],
    });
    expect(csv).toBe(
      'period,key,label,value\r\n2022/23,8L,"Harassment, ""all kinds""",12\r\n2023/24,8L,"Harassment, ""all kinds""",\r\n',
    );
  });
});

describe('toCsv', () => {
  it('writes text a spreadsheet would run as a formula as text, and numbers as numbers', () => {
    expect(
      toCsv([['=HYPERLINK("http://x","y")', '+1', '-2+3', '@SUM(A1)', '\t=1', 'plain', -3, 4.5]]),
    ).toBe(`"'=HYPERLINK(""http://x"",""y"")",'+1,'-2+3,'@SUM(A1),'\t=1,plain,-3,4.5\r\n`);
  });
});
