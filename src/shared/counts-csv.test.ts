import { describe, expect, it } from 'vitest';
import { countsCsv } from './counts-csv.ts';

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
