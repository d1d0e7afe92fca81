import { BYS, MEASURES } from '../src/shared/filters.ts';
import { INTERVALS } from '../src/shared/period.ts';
import { FORCES, REGIONS } from '../src/shared/reference/forces.ts';
import { PLATFORMS } from '../src/shared/reference/platforms.ts';

/**
 * The dashboard's questions as the bench asks them: every split and interval, one to all forces, with
 * and without filters, on the demo dataset; the same on every run.
 */

/** mulberry32: the same query mix on every run. */
export function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function queryMix(n: number): string[] {
  const r = rng(20240801);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const some = <T>(xs: readonly T[], k: number): T[] => [...xs].sort(() => r() - 0.5).slice(0, k);
  const offences = [
    '8R',
    '8L',
    '8Q',
    '71/17',
    '88A',
    '86',
    'stalking-and-harassment',
    'violence-against-the-person',
    'sexual-offences',
  ];
  const outcomes = [
    'charged-summonsed',
    '18',
    '15',
    '16',
    'NYA',
    'evidential-difficulties-victim-does-not-support',
  ];
  const regions = REGIONS.slice(0, -1);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const p = new URLSearchParams({ dataset: 'demo' });
    // every split and interval appears; as on the dashboard, most views are financial years or quarters
    p.set('by', BYS[i % BYS.length] ?? 'none');
    p.set(
      'interval',
      i % 3 === 0 ? pick(INTERVALS) : pick(['fy', 'fy', 'quarter', 'month', 'year']),
    );
    const forces = r();
    if (forces < 0.35) p.set('force', pick(FORCES).id);
    else if (forces < 0.6)
      p.set(
        'force',
        some(FORCES, 2 + Math.floor(r() * 8))
          .map((f) => f.id)
          .join(','),
      );
    else if (forces < 0.7) {
      const region = pick(regions);
      p.set(
        'force',
        FORCES.filter((f) => f.region === region)
          .map((f) => f.id)
          .join(','),
      );
    }
    const platforms = r();
    if (platforms < 0.5) p.set('platform', 'tiktok');
    else if (platforms < 0.75)
      p.set(
        'platform',
        some(PLATFORMS, 2 + Math.floor(r() * 3))
          .map((x) => x.id)
          .join(','),
      );
    if (r() < 0.25) p.set('offence', pick(offences));
    if (r() < 0.15) p.set('outcome', pick(outcomes));
    if (r() < 0.3) p.set('measure', pick(MEASURES));
    if (r() < 0.2) {
      p.set('from', pick(['2021-04', '2022-04', '2022-01', '2023-04']));
      p.set('to', pick(['2024-03', '2024-06', '2023-12']));
    }
    out.push(`/api/v1/counts?${p.toString()}`);
  }
  return out;
}
