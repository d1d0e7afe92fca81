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
