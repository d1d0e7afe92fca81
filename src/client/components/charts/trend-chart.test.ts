import { describe, expect, it } from 'vitest';
import { PARTIAL_SUFFIX, partWords, trendRows } from './trend-chart.tsx';

describe('partWords', () => {
  it('names the months a part period holds', () => {
    const period = { id: '2024/25', label: '2024/25', partial: true };
    expect(partWords({ ...period, start: '2024-04', end: '2024-06' })).toBe('Apr–Jun only');
    expect(partWords({ ...period, start: '2024-04', end: '2024-04' })).toBe('Apr only');
    expect(partWords({ ...period, start: '2024-11', end: '2025-01' })).toBe('Nov–Jan only');
  });
});

describe('trendRows', () => {
  it('never joins a part period to a full one: its value is a point of its own', () => {
    const fy = (label: string, partial = false) => ({
      id: label,
      label,
      start: '2023-04',
      end: partial ? '2023-06' : '2024-03',
      partial,
    });
    const rows = trendRows(
      [fy('2022/23'), fy('2023/24'), fy('2024/25', true)],
      [
        {
          key: 'all',
          label: 'All',
          colour: '#12436D',
          kind: 'series',
          values: [4750, 6100, 1734],
          suppressed: [false, false, false],
        },
      ],
    );
    expect(rows.map((r) => r.all)).toEqual([4750, 6100, null]);
    expect(rows.map((r) => r[`all${PARTIAL_SUFFIX}`])).toEqual([null, null, 1734]);
  });
});
