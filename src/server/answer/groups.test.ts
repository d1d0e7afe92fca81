import { describe, expect, it } from 'vitest';
import type { CountsResponse } from '@shared/contract.ts';
import { FORCES, regionId } from '@shared/reference/forces.ts';
import { apiClient } from '@testing/api.ts';
import { fact, table, testDb, testPlan } from '@testing/db.ts';
import { forceIndex, platformIndex } from './store.ts';
import { narrowTo } from './groups.ts';
import type { ResolvedQuery } from './engine.ts';

/** The two-level split: each group is the one-level answer to that series' own question. */

const db = testDb(
  testPlan([
    table('lancashire', 'offences', [
      fact('2023/24', '8R', '1', 5),
      fact('2023/24', '8R', '18', 3),
      fact('2023/24', '8L', '18', 2),
    ]),
    table('kent', 'offences', [fact('2023/24', '8L', '1', 4), fact('2023/24', '8L', '18', null)]),
    table('kent', 'offences', [fact('2023/24', '8R', '*', 7)], { platform: 'snapchat' }),
    table('cleveland', 'totals', [fact('2023/24', '*', '*', 9)]),
    // a part breakdown beside the total: the rest is Not broken down
    table('cleveland', 'offences', [fact('2023/24', '8R', '*', 4)], { complete: false }),
  ]),
);
const api = apiClient(db);

/** a region is its forces */
const forcesOf = (region: string) =>
  FORCES.filter((f) => regionId(f.region) === region)
    .map((f) => f.id)
    .join(',');

async function counts(query: string): Promise<CountsResponse> {
  const r = await api.get<CountsResponse>(`/api/v1/counts?${query}`);
  expect(r.status).toBe(200);
  return r.body;
}

describe('thenBy', () => {
  it.each([
    ['force', 'offenceGroup', (k: string) => `force=${k}`],
    ['region', 'force', (k: string) => `force=${forcesOf(k)}`],
    ['platform', 'outcomeGroup', (k: string) => `platform=${k}`],
    ['offence', 'force', (k: string) => `offence=${k}`],
    ['outcomeGroup', 'offence', (k: string) => `outcome=${k}`],
  ])('by=%s&thenBy=%s: each group as its own question', async (by, thenBy, own) => {
    const two = await counts(`by=${by}&thenBy=${thenBy}`);
    const keys = two.series.filter((s) => s.kind === 'series').map((s) => s.key);
    expect(two.groups?.map((g) => g.key)).toEqual(keys);
    for (const g of two.groups ?? []) {
      const alone = await counts(`${own(g.key)}&by=${thenBy}`);
      expect({ key: g.key, series: g.series, totals: g.totals }).toEqual({
        key: g.key,
        series: alone.series,
        totals: alone.totals,
      });
    }
  });

  it('gives Not broken down no group: it is no one thing to split', async () => {
    const two = await counts('by=offenceGroup&thenBy=force');
    expect(two.series.some((s) => s.kind === 'not-broken-down')).toBe(true);
    expect(two.groups?.map((g) => g.key)).not.toContain('not-broken-down');
  });

  it('narrows the resolved query to one series of the first split', () => {
    const q: ResolvedQuery = {
      version: 1,
      forces: [...forceIndex.values()],
      platforms: [...platformIndex.values()],
      offences: [],
      outcomes: [],
      range: null,
      interval: 'fy',
      by: 'force',
      measure: 'count',
    };
    expect(narrowTo(q, 'force', 'kent')?.forces).toEqual([forceIndex.get('kent')]);
    expect(narrowTo(q, 'platform', 'snapchat')?.platforms).toEqual([platformIndex.get('snapchat')]);
    expect(narrowTo(q, 'force', 'atlantis')).toBeNull();
    expect(narrowTo(q, 'none', 'all')).toBeNull();
    expect(narrowTo({ ...q, forces: [] }, 'region', 'south-east')).toBeNull();
  });
});
