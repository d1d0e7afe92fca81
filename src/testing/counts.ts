import type { CountsResponse, Period, Series, Source } from '@shared/contract.ts';

/**
 * Small synthetic /api/v1/counts answers for tests of derived figures: series written as they are
 * read (`{ tiktok: [66, 98] }`), totals summed unless given.
 */

const FY: Record<string, [string, string]> = {
  '2021/22': ['2021-04', '2022-03'],
  '2022/23': ['2022-04', '2023-03'],
  '2023/24': ['2023-04', '2024-03'],
  '2024/25': ['2024-04', '2024-06'],
};

export function fyPeriod(label: string): Period {
  const [start, end] = FY[label] ?? ['2021-04', '2024-03'];
  return { id: label, label, start, end, partial: label === '2024/25' };
}

export const gazette: Source = {
  id: 'gazette',
  kind: 'press',
  title: 'Huge rise in TikTok crimes in Lancashire',
  publisher: 'Blackpool Gazette',
  date: '2024-08-04',
  url: null,
};

/**
 * An answer whose breakdowns add up to their totals: its crimes are its totals, it covers the forces
 * with a figure in some period, and it carries no published wording.
 */
export function withCrimes(
  r: Omit<CountsResponse, 'crimes' | 'coverage' | 'wording'> &
    Partial<Pick<CountsResponse, 'wording'>>,
): CountsResponse {
  const { complete: _complete, ...cells } = r.totals;
  return {
    ...r,
    crimes: cells,
    coverage: {
      forces: r.forces.filter((f) =>
        r.totals.missing.some((m, i) => r.totals.values[i] !== null && !m.includes(f)),
      ),
      platforms: r.query.platform,
    },
    wording: r.wording ?? [],
  };
}

export interface CountsSpec {
  periods?: string[];
  series: Record<string, (number | null)[]>;
  forces?: string[];
  complete?: boolean[];
  suppressed?: boolean[];
  /** forces with no figure, per period, for the totals */
  missing?: string[][];
  /** the API's total where it is not the sum of the series (a rate over all forces) */
  totals?: (number | null)[];
  sources?: Source[];
}

export function counts(spec: CountsSpec): CountsResponse {
  return withCrimes(countsWithout(spec));
}

function countsWithout(spec: CountsSpec): Omit<CountsResponse, 'crimes' | 'coverage' | 'wording'> {
  const labels = spec.periods ?? ['2022/23', '2023/24'];
  const periods = labels.map(fyPeriod);
  const entries = Object.entries(spec.series);
  const series: Series[] = entries.map(([key, values]) => ({
    key,
    label: key === 'not-broken-down' ? 'Not broken down' : key.replace(/-/g, ' '),
    kind: key === 'not-broken-down' ? 'not-broken-down' : 'series',
    values,
    missing: values.map(() => []),
    suppressed: spec.suppressed ?? values.map(() => false),
  }));
  const totals = periods.map((_, i) =>
    entries.every(([, v]) => v[i] === null)
      ? null
      : entries.reduce((a, [, v]) => a + (v[i] ?? 0), 0),
  );
  return {
    query: {
      dataset: 'reported',
      version: 1,
      platform: ['tiktok'],
      force: [],
      offence: [],
      outcome: [],
      from: periods[0]?.start ?? '2021-04',
      to: periods.at(-1)?.end ?? '2024-03',
      interval: 'fy',
      by: 'platform',
      measure: 'count',
    },
    dataset: { id: 'reported', title: 'Test', illustrative: false, version: 1, updated: '' },
    unit: 'crimes',
    counted: 'crimes',
    periods,
    forces: spec.forces ?? ['lancashire'],
    series,
    totals: {
      values: spec.totals ?? totals,
      missing: spec.missing ?? periods.map(() => []),
      suppressed: spec.suppressed ?? periods.map(() => false),
      complete: spec.complete ?? periods.map(() => true),
    },
    notes: [],
    sources: spec.sources ?? [gazette],
  };
}
