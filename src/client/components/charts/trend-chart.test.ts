import { describe, expect, it } from 'vitest';
import { partWords } from './trend-chart.tsx';

describe('partWords', () => {
  it('names the months a part period holds', () => {
    const period = { id: '2024/25', label: '2024/25', partial: true };
    expect(partWords({ ...period, start: '2024-04', end: '2024-06' })).toBe('Apr–Jun only');
    expect(partWords({ ...period, start: '2024-04', end: '2024-04' })).toBe('Apr only');
    expect(partWords({ ...period, start: '2024-11', end: '2025-01' })).toBe('Nov–Jan only');
  });
});
