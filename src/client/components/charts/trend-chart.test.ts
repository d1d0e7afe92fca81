import { describe, expect, it } from 'vitest';
import { PARTIAL_SUFFIX, partWords, periodTicks, trendRows } from './trend-chart.tsx';

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

describe('periodTicks', () => {
  const months = Array.from({ length: 39 }, (_, i) => {
    const m = 3 + i; // Apr 2021 onwards
    return `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m % 12]} ${2021 + Math.floor(m / 12)}`;
  });

  it('labels every period when the widest label fits between neighbours', () => {
    const years = ['2021/22', '2022/23', '2023/24', '2024/25'];
    // 7 characters at 14 px: 58.8 px each, three gaps of 60 px
    expect(periodTicks(years, 180, 14)).toEqual(years);
    expect(periodTicks(['2021/22'], 0, 14)).toEqual(['2021/22']);
  });

  it('labels every k-th period counted back from the latest, which is always named', () => {
    const shown = periodTicks(months, 800, 14);
    expect(shown.at(-1)).toBe('Jun 2024');
    const at = shown.map((l) => months.indexOf(l));
    const steps = new Set(at.slice(1).map((i, k) => i - (at[k] ?? 0)));
    expect(steps.size).toBe(1);
    const step = [...steps][0] ?? 0;
    // on the same months each year: 21 px a month wants about 3.4 months a label, so every 6
    expect(step).toBe(6);
    expect(at[0]).toBeLessThan(step);
  });

  it('steps through quarters by half years or years, and through years by any number', () => {
    const quarters = months.filter((_, i) => i % 3 === 0).map((m) => `Q ${m}`);
    const shown = periodTicks(quarters, 200, 14, 3);
    const at = shown.map((l) => quarters.indexOf(l));
    expect([2, 4, 8]).toContain((at[1] ?? 0) - (at[0] ?? 0));
    const years = Array.from({ length: 12 }, (_, i) => `${2013 + i}/${14 + i}`);
    const three = periodTicks(years, 200, 14, 12).map((l) => years.indexOf(l));
    expect(three.at(-1)).toBe(11);
    // 7 characters at 14 px and a gap: 63.5 px, over 18.2 px a year: every 4th year
    expect((three[1] ?? 0) - (three[0] ?? 0)).toBe(4);
  });

  it('never places labels closer than the widest of them', () => {
    for (const width of [200, 343, 500, 704, 960, 1286]) {
      for (const size of [12, 14]) {
        const shown = periodTicks(months, width, size);
        const gap =
          (width / (months.length - 1)) *
          (months.indexOf(shown[1] ?? '') - months.indexOf(shown[0] ?? ''));
        if (shown.length > 1) expect(gap).toBeGreaterThanOrEqual(8 * 0.6 * size);
      }
    }
  });
});
