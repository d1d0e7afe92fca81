import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { childrenOf, UNCLASSIFIED_ID } from '../../shared/hierarchy.ts';
import { fyStartYear, formatMonth, month } from '../../shared/period.ts';
import { FORCES } from '../../shared/reference/forces.ts';
import { offenceHierarchy } from '../../shared/reference/offences.ts';
import { outcomeHierarchy } from '../../shared/reference/outcomes.ts';
import { PLATFORMS } from '../../shared/reference/platforms.ts';
import { DEMO_REFUSALS } from './demo-calibration.ts';
import { DEMO_YEARS, demoPlan, demoYearRange } from './demo.ts';
import type { FactInput, LoadPlan } from './plan.ts';

/**
 * The illustrative dataset, checked on the plan itself: its shape (one complete monthly table per force
 * and platform, leaf offences × outcome codes), its calibration to the published TikTok figures, its
 * refusals, and that it comes out the same on every run.
 */

interface Row extends FactInput {
  force: string;
  platform: string;
  count: number;
}

function collect(plan: LoadPlan): Row[] {
  const rows: Row[] = [];
  for (const t of plan.tables) {
    for (const f of t.facts)
      rows.push({ ...f, force: t.force, platform: t.platform, count: f.count ?? NaN });
  }
  return rows;
}

function factsHash(plan: LoadPlan): { hash: string; facts: number } {
  const h = createHash('sha256');
  let facts = 0;
  for (const t of plan.tables) {
    h.update(`${t.name}|${t.force}|${t.platform}\n`);
    for (const f of t.facts) {
      h.update(`${JSON.stringify(f)}\n`);
      facts++;
    }
  }
  return { hash: h.digest('hex'), facts };
}

const started = performance.now();
const plan = demoPlan();
const rows = collect(plan);
const elapsed = performance.now() - started;
console.log(`demo scale 1: ${rows.length} facts generated in ${Math.round(elapsed)} ms`);

const sum = (where: (r: Row) => boolean): number =>
  rows.reduce((a, r) => a + (where(r) ? r.count : 0), 0);
const tiktokYear = (force: string | null, year: number, outcomes?: string[]): number =>
  sum(
    (r) =>
      r.platform === 'tiktok' &&
      (force === null || r.force === force) &&
      fyStartYear(r.start) === year &&
      (outcomes === undefined || outcomes.includes(r.outcome)),
  );

const isLeaf = (h: typeof offenceHierarchy | typeof outcomeHierarchy, id: string): boolean => {
  const i = h.indexOf.get(id);
  return (
    i !== undefined &&
    id !== UNCLASSIFIED_ID &&
    h.rank[i] === h.maxRank &&
    childrenOf(h, i).length === 0
  );
};

describe('demo dataset: calibration to the published TikTok figures', () => {
  it.each([
    ['lancashire', [71, 66, 98]],
    ['hertfordshire', [37, 63, 88]],
    ['dyfed-powys', [22, 42, 42]],
    ['dorset', [14, 16, 16]],
    ['cleveland', [72, 98, 107]],
  ] as const)('%s has the published yearly totals', (force, totals) => {
    expect([2021, 2022, 2023].map((y) => tiktokYear(force, y))).toEqual(totals);
  });

  it.each([
    ['cambridgeshire', 513],
    ['derbyshire', 188],
  ] as const)('%s has the published three-year total, rising', (force, total) => {
    const years = [2021, 2022, 2023].map((y) => tiktokYear(force, y));
    expect(years.reduce((a, b) => a + b, 0)).toBe(total);
    expect(years[0] ?? 0).toBeLessThan(years[2] ?? 0);
  });

  it.each([
    ['lancashire', [0, 0, 3]],
    ['dyfed-powys', [0, 0, 0]],
  ] as const)('%s has the published charges and summonses each year', (force, charges) => {
    expect([2021, 2022, 2023].map((y) => tiktokYear(force, y, ['1', '1A']))).toEqual(charges);
  });

  it.each([
    ['derbyshire', 2],
    ['northamptonshire', 1],
  ] as const)('%s has the published charges in 2023/24', (force, charges) => {
    expect(tiktokYear(force, 2023, ['1', '1A'])).toBe(charges);
  });

  it('England and Wales: about 14,000 TikTok crimes in three years, up about 70%', () => {
    const years = [2021, 2022, 2023].map((y) => tiktokYear(null, y));
    const total = years.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(14_000);
    expect(total).toBeLessThan(15_000);
    const ratio = (years[2] ?? 0) / (years[0] ?? 1);
    expect(ratio).toBeGreaterThan(1.6);
    expect(ratio).toBeLessThan(1.8);
  });
});

describe('demo dataset: shape', () => {
  it('describes itself as illustrative, with one illustrative source', () => {
    expect(plan.dataset).toMatchObject({
      id: 'demo',
      title: 'Demonstration data (illustrative)',
      illustrative: true,
    });
    expect(plan.dataset.caveats[0]).toMatch(/illustrative.*must not be quoted/i);
    expect(plan).toMatchObject({
      note: 'Illustrative data generated for the dashboard',
      origin: 'seed',
      supersede: 'seed',
    });
    expect(plan.sources).toEqual([
      {
        key: 'demo-generator',
        kind: 'illustrative',
        title: 'Illustrative data generated for this dashboard',
        publisher: 'Social media crime dashboard',
        date: null,
        url: null,
      },
    ]);
  });

  it('has one complete monthly table for every force and platform', () => {
    const tables = [...plan.tables];
    expect(tables).toHaveLength(FORCES.length * PLATFORMS.length);
    const keys = new Set(tables.map((t) => `${t.force}|${t.platform}`));
    for (const f of FORCES)
      for (const p of PLATFORMS) expect(keys.has(`${f.id}|${p.id}`)).toBe(true);
    for (const t of tables) {
      expect(t).toMatchObject({
        name: 'monthly-offence-outcome',
        complete: true,
        source: 'demo-generator',
      });
      expect(Array.isArray(t.facts)).toBe(false);
    }
  });

  it('has only single months from April 2021 to June 2024', () => {
    const bad = rows.filter(
      (r) => r.start !== r.end || r.start < month(2021, 4) || r.end > month(2024, 6),
    );
    expect(bad).toEqual([]);
    expect(new Set(rows.map((r) => r.start)).size).toBe(39);
  });

  const crimes = rows.filter((r) => r.count > 0);
  const zeros = rows.filter((r) => r.count === 0);

  it('has only leaf offences and outcome codes, from several offence groups', () => {
    const offences = new Set(crimes.map((r) => r.offence));
    const outcomes = new Set(crimes.map((r) => r.outcome));
    expect([...offences].filter((id) => !isLeaf(offenceHierarchy, id))).toEqual([]);
    expect([...outcomes].filter((id) => !isLeaf(outcomeHierarchy, id))).toEqual([]);
    expect(offences.size).toBeGreaterThanOrEqual(12);
    const groups = new Set(
      [...offences].map((id) => offenceHierarchy.top[offenceHierarchy.indexOf.get(id) ?? 0]),
    );
    expect(groups.size).toBeGreaterThanOrEqual(5);
  });

  it('states a month with no crimes as one zero for all offences and outcomes, alone in its month', () => {
    expect(zeros.length).toBeGreaterThan(0);
    expect(zeros.filter((r) => r.offence !== '*' || r.outcome !== '*')).toEqual([]);
    const busy = new Set(crimes.map((r) => `${r.force}|${r.platform}|${r.start}`));
    expect(zeros.filter((r) => busy.has(`${r.force}|${r.platform}|${r.start}`))).toEqual([]);
    const months = new Set(rows.map((r) => `${r.force}|${r.platform}|${r.start}`));
    const refusedMonths = DEMO_REFUSALS.reduce((n, x) => n + (x.year === 2024 ? 3 : 12), 0);
    expect(months.size).toBe(FORCES.length * PLATFORMS.length * 39 - refusedMonths);
  });

  it('has positive whole counts (or a zero for a month) and no cell twice', () => {
    expect(crimes.filter((r) => !Number.isInteger(r.count))).toEqual([]);
    const keys = new Set(
      rows.map((r) => `${r.force}|${r.platform}|${r.start}|${r.offence}|${r.outcome}`),
    );
    expect(keys.size).toBe(rows.length);
  });

  it('has a status for every force, platform and financial year', () => {
    expect(plan.statuses).toHaveLength(FORCES.length * PLATFORMS.length * DEMO_YEARS.length);
    const keys = new Set(
      plan.statuses.map(
        (s) => `${s.force}|${s.platform}|${formatMonth(s.start)}|${formatMonth(s.end)}`,
      ),
    );
    expect(keys.size).toBe(plan.statuses.length);
    expect(keys.has(`btp|x|2024-04|2024-06`)).toBe(true);
    for (const s of plan.statuses) {
      expect(s.source).toBe('demo-generator');
      if (s.status === 'provided') expect(s.note).toBeNull();
      else expect(s.status).toBe('refused');
    }
  });

  it.each(DEMO_REFUSALS.map((r) => [r.force, r.platform, r.year] as const))(
    '%s refused %s for %i: no facts that year and a refused status',
    (force, platform, year) => {
      const { start, end } = demoYearRange(year);
      const inYear = rows.filter(
        (r) => r.force === force && r.platform === platform && r.start >= start && r.start <= end,
      );
      expect(inYear).toEqual([]);
      expect(rows.some((r) => r.force === force && r.platform === platform)).toBe(true);
      const status = plan.statuses.find(
        (s) => s.force === force && s.platform === platform && s.start === start,
      );
      expect(status).toMatchObject({ status: 'refused', end });
      expect(status?.note).toMatch(/^Refused under section/);
    },
  );

  it('refuses only a few requests, never a calibrated TikTok figure nor all of BTP', () => {
    const refused = plan.statuses.filter((s) => s.status === 'refused');
    expect(refused.length).toBeGreaterThanOrEqual(3);
    expect(refused.length).toBeLessThanOrEqual(6);
    const calibrated = [
      'lancashire',
      'hertfordshire',
      'dyfed-powys',
      'dorset',
      'cleveland',
      'cambridgeshire',
      'derbyshire',
    ];
    expect(refused.filter((s) => s.platform === 'tiktok' && calibrated.includes(s.force))).toEqual(
      [],
    );
    expect(refused.filter((s) => s.force === 'btp')).toEqual([]);
  });

  it('leaves far more crimes without an outcome in the last quarter than in 2021', () => {
    const share = (from: number, to: number): number => {
      const inRange = (r: Row): boolean => r.start >= from && r.start <= to;
      return sum((r) => inRange(r) && r.outcome === 'NYA') / sum(inRange);
    };
    const early = share(month(2021, 4), month(2021, 12));
    const late = share(month(2024, 4), month(2024, 6));
    expect(early).toBeLessThan(0.03);
    expect(late).toBeGreaterThan(0.4);
    expect(late).toBeLessThan(0.6);
  });

  it('looks plausible: few charges, platforms of different sizes, TikTok rising and X not', () => {
    const total = sum(() => true);
    const charges = sum((r) => r.outcome === '1' || r.outcome === '1A') / total;
    expect(charges).toBeGreaterThan(0.02);
    expect(charges).toBeLessThan(0.08);
    const platformYear = (p: string, y: number): number =>
      sum((r) => r.platform === p && fyStartYear(r.start) === y);
    expect(platformYear('snapchat', 2021)).toBeGreaterThan(platformYear('tiktok', 2021));
    expect(platformYear('youtube', 2021)).toBeLessThan(platformYear('x', 2021));
    expect(platformYear('x', 2023)).toBeLessThanOrEqual(platformYear('x', 2021));
    const city = sum((r) => r.force === 'city-of-london');
    expect(city).toBeGreaterThan(0);
    expect(city).toBeLessThan(total / 200);
  });
});

describe('demo dataset: generation', () => {
  it('is the same on every run', () => {
    const a = factsHash(demoPlan());
    const b = factsHash(demoPlan());
    expect(a.facts).toBe(rows.length);
    expect(b).toEqual(a);
  });

  it('takes well under a few seconds at scale 1', () => {
    expect(elapsed).toBeLessThan(3_000);
  });

  it('makes at least a million facts at scale 40', () => {
    const t0 = performance.now();
    const { facts } = factsHash(demoPlan({ scale: 40 }));
    console.log(
      `demo scale 40: ${facts} facts generated in ${Math.round(performance.now() - t0)} ms`,
    );
    expect(facts).toBeGreaterThanOrEqual(1_000_000);
  }, 30_000);
});
