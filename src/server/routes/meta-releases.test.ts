import { describe, expect, it } from 'vitest';
import { MetaResponseSchema, type ReleaseSummary } from '@shared/meta-releases.ts';
import { apiClient } from '@testing/api.ts';
import { fact, table, testDb, testPlan } from '@testing/db.ts';

const api = apiClient(
  testDb(testPlan([table('kent', 'totals', [fact('2023/24', '*', '*', 9)])], [], 'demo')),
);

async function release(): Promise<ReleaseSummary> {
  const r = await api.get('/api/v1/meta');
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  const meta = MetaResponseSchema.parse(r.body);
  // the datasets are listed as before, the release beside them
  expect(meta.datasets.map((d) => d.id)).toEqual(['demo']);
  expect(meta.releases).toHaveLength(1);
  const [first] = meta.releases;
  if (!first) throw new Error('no release');
  return first;
}

describe('GET /api/v1/meta: the releases', () => {
  it('names the platform series release, its publisher, version and where it is served', async () => {
    const r = await release();
    expect(r).toMatchObject({ id: 'nspcc-grooming', path: '/api/v1/platform-series', version: 1 });
    expect(r.title).toMatch(/^Platforms in police records of online grooming/);
    expect(r.publisher).toMatch(/^NSPCC/);
    expect(r.versions.map((v) => [v.version, v.note])).toEqual([
      [1, 'Shipped published figures (data/platform-series)'],
    ]);
    expect(r.sources.map((s) => s.id)).toContain('lincolnite-2018');
    expect(r.figures).toBeGreaterThan(140);
  });

  it('lists its areas by kind and id, a region with the forces it names', async () => {
    const r = await release();
    const area = (kind: string, id: string) => r.areas.find((a) => a.kind === kind && a.id === id);
    expect(area('country', 'united-kingdom')).toMatchObject({ forces: null });
    expect(area('region', 'south-east')?.forces).toEqual(['hampshire', 'kent', 'surrey', 'sussex']);
    // the West Midlands is a region of the release and a force, each an area of its own
    expect(area('region', 'west-midlands')?.forces).toEqual([
      'staffordshire',
      'warwickshire',
      'west-midlands',
      'west-mercia',
    ]);
    expect(area('force', 'kent')).toMatchObject({ name: 'Kent Police', forces: null });
    // only areas with figures: a force the release never names is not listed
    expect(area('force', 'city-of-london')).toBeUndefined();
  });

  it('lists the offences, the platforms with groups flagged, the periods and that shares carry a base', async () => {
    const r = await release();
    expect(r.offences.map((o) => o.code)).toEqual(['71/17', '86']);
    const platform = (id: string) => r.platforms.find((p) => p.id === id);
    expect(platform('snapchat')).toMatchObject({ group: false, members: ['snapchat'] });
    expect(platform('*')).toMatchObject({ group: false, members: [] });
    expect(platform('facebook+messenger')).toMatchObject({
      group: true,
      members: ['facebook', 'messenger'],
    });
    expect(r.periodKinds).toEqual(['financial-year', 'financial-years', 'calendar-year', 'months']);
    expect(r.undated).toBe(1);
    expect(r.tables).toEqual(['totals', 'platform-known', 'platform-share', 'platforms']);
    expect(r.shares).toMatchObject({ withBase: true, bases: ['platform-known'] });
    expect(r.shares.count).toBeGreaterThan(0);
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (
      await api.get<{ components: { schemas: Record<string, unknown> } }>('/api/v1/openapi.json')
    ).body;
    const meta = doc.components.schemas.Meta as { properties: Record<string, unknown> };
    expect(Object.keys(meta.properties)).toContain('releases');
    const release = doc.components.schemas.Release as { properties: Record<string, unknown> };
    expect(Object.keys(release.properties)).toEqual(
      expect.arrayContaining(['areas', 'platforms', 'periodKinds', 'shares', 'publisher']),
    );
  });
});
