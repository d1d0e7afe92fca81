import { describe, expect, it } from 'vitest';
import { BYS } from '@shared/filters.ts';
import type { CountsResponse } from '@shared/contract.ts';
import { apiClient } from '@testing/api.ts';
import { testDb } from '@testing/db.ts';
import { demoPlan } from './demo.ts';

/** The demo dataset as the API serves it: calibrated to the published record, and internally consistent. */

const api = apiClient(testDb(demoPlan()));
const counts = async (q: string) =>
  (await api.get<CountsResponse>(`/api/v1/counts?dataset=demo&${q}`)).body;
const fy = 'from=2021-04&to=2024-03';

describe('demo calibration, through the API', () => {
  it.each([
    ['lancashire', [71, 66, 98]],
    ['hertfordshire', [37, 63, 88]],
    ['dyfed-powys', [22, 42, 42]],
    ['dorset', [14, 16, 16]],
    ['cleveland', [72, 98, 107]],
  ])("gives %s's published TikTok totals by financial year", async (force, values) => {
    expect((await counts(`platform=tiktok&force=${force}&${fy}`)).totals.values).toEqual(values);
  });

  it.each([
    ['cambridgeshire', 513],
    ['derbyshire', 188],
  ])("gives %s's published three-year TikTok total", async (force, value) => {
    expect(
      (await counts(`platform=tiktok&force=${force}&${fy}&interval=total`)).totals.values,
    ).toEqual([value]);
  });

  it("gives Lancashire's TikTok charges: 0, 0 and 3", async () => {
    const r = await counts(`platform=tiktok&force=lancashire&outcome=charged-summonsed&${fy}`);
    expect(r.totals.values).toEqual([0, 0, 3]);
  });

  it('puts the England and Wales TikTok total between 14,000 and 15,000, up about 70%', async () => {
    const total = (await counts(`platform=tiktok&${fy}&interval=total`)).totals.values[0] ?? 0;
    expect(total).toBeGreaterThan(14_000);
    expect(total).toBeLessThan(15_000);
    const [first, , last] = (await counts(`platform=tiktok&${fy}`)).totals.values;
    expect((last ?? 0) / (first ?? 1)).toBeGreaterThan(1.6);
    expect((last ?? 0) / (first ?? 1)).toBeLessThan(1.8);
  });

  it('marks the last, three-month financial year as partial', async () => {
    const r = await counts('platform=tiktok');
    expect(r.periods.at(-1)).toMatchObject({
      id: '2024/25',
      start: '2024-04',
      end: '2024-06',
      partial: true,
    });
  });
});

describe('demo consistency', () => {
  it.each(
    BYS.flatMap((by) => ['fy', 'quarter', 'month'].map((interval) => [by, interval] as const)),
  )(
    'the parts of by=%s (%s) add up to the total, which is the same for every split',
    async (by, interval) => {
      const none = await counts(`platform=all&interval=${interval}`);
      const r = await counts(`platform=all&interval=${interval}&by=${by}`);
      r.periods.forEach((p, i) => {
        const sum = r.series.reduce((a, s) => a + (s.values[i] ?? 0), 0);
        expect(sum, `${by} ${p.id}`).toBe(r.totals.values[i]);
        expect(r.totals.values[i], `${by} ${p.id}`).toBe(none.totals.values[i]);
      });
    },
  );

  it('names the refusals as missing, never as zero', async () => {
    const r = await counts('platform=tiktok&force=wiltshire');
    expect(r.totals.values[0]).toBeNull();
    expect(r.notes).toContainEqual(
      expect.objectContaining({
        code: 'no-figure',
        status: 'refused',
        forces: ['wiltshire'],
        periods: ['2021/22'],
      }),
    );
  });
});

describe('sums across platforms', () => {
  const TWICE = '(a crime naming two platforms counts twice)';

  it('calls a figure over several platforms platform mentions, never crimes', async () => {
    const r = await counts('platform=tiktok,snapchat');
    expect(r.counted).toBe('platform-mentions');
    expect(r.series.map((s) => s.label)).toEqual([
      `All platform mentions in the selection ${TWICE}`,
    ]);
    expect(r.unit).toBe(`platform mentions ${TWICE}`);
    // every platform, as `platform=all` and an empty filter ask, is several
    expect((await counts('platform=all')).counted).toBe('platform-mentions');
    expect((await counts('platform=all&by=force&measure=rate')).unit).toBe(
      `platform mentions per 100,000 residents ${TWICE}`,
    );
    const csv = await api.get<string>('/api/v1/counts.csv?dataset=demo&platform=tiktok,snapchat');
    expect(csv.body).toContain(`# Unit,platform mentions ${TWICE}`);
    expect(csv.body).toMatch(/# Figures,.*are platform mentions, not crimes/);
  });

  it("keeps each platform's own figures crimes when split by platform, their total mentions", async () => {
    const r = await counts('platform=tiktok,snapchat&by=platform');
    expect(r.series.map((s) => s.label)).toEqual(['TikTok', 'Snapchat']);
    expect(r.unit).toBe('crimes');
    expect(r.counted).toBe('platform-mentions');
    // a group that is one platform is that platform's crimes
    const two = await counts('platform=tiktok,snapchat&by=force&force=kent&thenBy=platform');
    expect(two.counted).toBe('platform-mentions');
    expect(two.groups?.[0]?.key).toBe('kent');
  });

  it("calls one platform's figure crimes, as it always was", async () => {
    const r = await counts('platform=tiktok');
    expect(r.counted).toBe('crimes');
    expect(r.series.map((s) => s.label)).toEqual(['All recorded crimes in the selection']);
    expect(r.unit).toBe('crimes');
  });
});
