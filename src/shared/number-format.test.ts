import { describe, expect, it } from 'vitest';
import { formatLongDate, formatNumber } from './number-format.ts';

const intl = (n: number, min: number, max: number) =>
  new Intl.NumberFormat('en-GB', { minimumFractionDigits: min, maximumFractionDigits: max }).format(
    n,
  );

/** a small deterministic generator, so that a failure can be run again */
function* numbers(): Generator<number> {
  let seed = 17;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = 0; i < 2000; i++) {
    const scale = 10 ** Math.floor(next() * 12 - 4);
    yield (next() - 0.3) * scale;
    // halves at each place, which binary fractions hold only approximately
    yield Math.round(next() * 100000) / 1000 + 0.0005;
    yield Math.round(next() * 10000) / 100 + 0.005;
    yield Math.round(next() * 1000) / 10 + 0.05;
    yield -(Math.round(next() * 1000) + 0.5);
  }
}

describe('formatNumber', () => {
  it('writes what Intl.NumberFormat en-GB writes, at every precision the dashboard uses', () => {
    const cases: [number, number][] = [
      [0, 0],
      [1, 1],
      [2, 2],
      [0, 3],
    ];
    const wrong: string[] = [];
    for (const n of numbers())
      for (const [min, max] of cases) {
        const ours = formatNumber(n, { min, max });
        const theirs = intl(n, min, max);
        if (ours !== theirs) wrong.push(`${n} (${min}–${max}): ${ours}, Intl ${theirs}`);
      }
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it('groups thousands, pads and rounds half away from zero', () => {
    expect(formatNumber(1234567)).toBe('1,234,567');
    expect(formatNumber(12.25, 1)).toBe('12.3');
    expect(formatNumber(-12.25, 1)).toBe('-12.3');
    expect(formatNumber(999.96, 1)).toBe('1,000.0');
    expect(formatNumber(1.005, 2)).toBe('1.01');
    expect(formatNumber(0.4)).toBe('0');
    expect(formatNumber(-0.4)).toBe('-0');
    expect(formatNumber(3, 1)).toBe('3.0');
    expect(formatNumber(1.5, { min: 0, max: 3 })).toBe('1.5');
  });

  it('writes very large and very small numbers out in full, as Intl does', () => {
    for (const n of [1.5e21, 123456789012345680000, 1e-7, 2.5e-3, Number.MAX_SAFE_INTEGER])
      for (const d of [0, 1, 2]) expect(formatNumber(n, d), String(n)).toBe(intl(n, d, d));
  });

  it('says what Intl says of numbers that are not finite', () => {
    for (const n of [NaN, Infinity, -Infinity]) expect(formatNumber(n)).toBe(intl(n, 0, 0));
  });
});

describe('formatLongDate', () => {
  it('writes a day as en-GB does, in the local time zone', () => {
    const DAY = { day: 'numeric', month: 'long', year: 'numeric' } as const;
    for (const iso of ['2026-12-05T03:59:00Z', '2024-01-31T23:30:00Z', '2021-04-01T00:00:00Z']) {
      const date = new Date(iso);
      expect(formatLongDate(date)).toBe(date.toLocaleDateString('en-GB', DAY));
    }
  });
});
