import { fyRange, month, monthOfYear, type Month } from '../../shared/period.ts';
import { FORCES, type Force } from '../../shared/reference/forces.ts';
import { PLATFORMS, type PlatformId } from '../../shared/reference/platforms.ts';
import {
  CHARGE_OUTCOMES,
  CHARGE_SWAP_OUTCOMES,
  NO_SUSPECT_INDEX,
  OFFENCE_IDS,
  OFFENCE_IS_CHILD,
  OFFENCE_PROFILE,
  OUTCOME_IDS,
  PLATFORM_SHAPE,
  SEASON,
  notAssignedShare,
  offenceWeights,
} from './demo-mix.ts';
import {
  largestRemainder,
  multinomial,
  pickWeighted,
  rngFor,
  uniformFor,
  type Rng,
} from './demo-random.ts';
import {
  CALIBRATED_TIKTOK,
  CHARGE_TARGETS,
  DEMO_REFUSALS,
  NATIONAL_TIKTOK,
  type DemoRefusal,
} from './demo-calibration.ts';
import type { FactInput, LoadPlan, StatusInput, TableInput } from './plan.ts';

/**
 * The `demo` dataset: invented monthly figures for every force, platform, leaf offence and outcome code,
 * April 2021 to June 2024, so that every view of the dashboard has something to show. Yearly totals are
 * fixed first (TikTok's calibrated to the published figures), then split into months and cells by exact
 * integer allocation, so every sum is exact. Seeded, so every run gives the same facts in the same order.
 */

const SEED = 20240601;
export const DEMO_FIRST_MONTH: Month = month(2021, 4);
export const DEMO_LAST_MONTH: Month = month(2024, 6);
/** Financial years by first year; 2024/25 is covered only to June 2024. */
export const DEMO_YEARS = [2021, 2022, 2023, 2024] as const;
export const DEMO_SOURCE = 'demo-generator';
export const DEMO_TABLE = 'monthly-offence-outcome';

/** The months of a financial year that the demo covers. */
export function demoYearRange(year: number): { start: Month; end: Month } {
  const r = fyRange(year);
  return { start: Math.max(r.start, DEMO_FIRST_MONTH), end: Math.min(r.end, DEMO_LAST_MONTH) };
}

function refusal(force: string, platform: string, year: number): DemoRefusal | undefined {
  return DEMO_REFUSALS.find((r) => r.force === force && r.platform === platform && r.year === year);
}

/** People the force polices: residents; BTP a modest fixed figure; the City adds some daytime workers. */
function effectivePopulation(f: Force): number {
  if (f.population === null) return 450_000;
  return f.id === 'city-of-london' ? f.population * 6 : f.population;
}

const forceWeight = (f: Force): number =>
  effectivePopulation(f) * uniformFor(SEED, 0.6, 1.5, 'force', f.id);
const yearNoise = (f: Force, p: string, year: number): number =>
  uniformFor(SEED, 0.88, 1.12, 'year', f.id, p, year);
const TIKTOK_TREND = PLATFORM_SHAPE.tiktok.trend;
const TREND_3Y = TIKTOK_TREND[0] + TIKTOK_TREND[1] + TIKTOK_TREND[2];

/**
 * Each force's yearly volume (at scale 1) by platform, in crimes a year: TikTok 2021/22 to 2023/24 are
 * exact (published, or the national remainder split by largest remainder); the rest are rates.
 */
function yearlyVolumes(): Map<string, number[]> {
  const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
  const free = FORCES.filter((f) => !CALIBRATED_TIKTOK[f.id]);
  const fixedTotal = sum(Object.values(CALIBRATED_TIKTOK).map(sum));
  const k = (sum(NATIONAL_TIKTOK) - fixedTotal) / (sum(free.map(forceWeight)) * TREND_3Y);
  const level = (f: Force): number => {
    const fixed = CALIBRATED_TIKTOK[f.id];
    return fixed ? sum(fixed) / TREND_3Y : forceWeight(f) * k;
  };
  const tiktok = new Map<string, number[]>(
    FORCES.map((f) => [f.id, [...(CALIBRATED_TIKTOK[f.id] ?? [])]]),
  );
  NATIONAL_TIKTOK.forEach((national, y) => {
    const year = DEMO_YEARS[y] ?? 0;
    const remainder = national - sum(Object.values(CALIBRATED_TIKTOK).map((v) => v[y] ?? 0));
    const weights = free.map((f) =>
      refusal(f.id, 'tiktok', year)
        ? 0
        : level(f) * (TIKTOK_TREND[y] ?? 1) * yearNoise(f, 'tiktok', year),
    );
    largestRemainder(remainder, weights).forEach((n, i) => tiktok.get(free[i]?.id ?? '')?.push(n));
  });
  const out = new Map<string, number[]>();
  for (const f of FORCES) {
    for (const { id: p } of PLATFORMS) {
      const shape = PLATFORM_SHAPE[p];
      const spread = p === 'tiktok' ? 1 : uniformFor(SEED, 0.75, 1.3, 'spread', f.id, p);
      const rates = DEMO_YEARS.map(
        (year, y) =>
          level(f) * shape.ratio * spread * (shape.trend[y] ?? 1) * yearNoise(f, p, year),
      );
      if (p === 'tiktok') {
        const exact = tiktok.get(f.id) ?? [];
        exact.forEach((n, y) => (rates[y] = n));
        const last = exact[2] ?? 0; // 2024/25 follows 2023/24 (or the force's level if refused)
        const base = last > 0 ? last : level(f) * TIKTOK_TREND[2];
        rates[3] = (base * TIKTOK_TREND[3]) / TIKTOK_TREND[2];
      }
      out.set(`${f.id}|${p}`, rates);
    }
  }
  return out;
}

const CELLS_PER_MONTH = OFFENCE_IDS.length * OUTCOME_IDS.length;

/** Move crimes into or out of the charge outcomes until the year has exactly `target` charges. */
function meetChargeTarget(cells: Int32Array, target: number, rng: Rng): void {
  const U = OUTCOME_IDS.length;
  const charged = (i: number): boolean => CHARGE_OUTCOMES.includes(i % U);
  const swappable = (i: number): boolean => CHARGE_SWAP_OUTCOMES.includes(i % U);
  const count = (): number => cells.reduce((a, n, i) => a + (charged(i) ? n : 0), 0);
  for (let c = count(); c !== target; c += c < target ? 1 : -1) {
    const from = c > target ? charged : swappable;
    const i = pickWeighted(
      rng,
      Array.from(cells, (n, j) => (from(j) ? n : 0)),
    );
    if (i < 0) return;
    const cell = i - (i % U);
    cells[i] = (cells[i] ?? 0) - 1;
    const to = cell + (c > target ? (CHARGE_SWAP_OUTCOMES[1] ?? 0) : (CHARGE_OUTCOMES[0] ?? 0));
    cells[to] = (cells[to] ?? 0) + 1;
  }
}

/** One force–platform–year as counts by month × offence × outcome. */
function yearCells(
  f: Force,
  p: PlatformId,
  year: number,
  total: number,
  growth: number,
  scale: number,
): Int32Array {
  const rng = rngFor(SEED, 'cells', f.id, p, year);
  const { start, end } = demoYearRange(year);
  const first = fyRange(year).start;
  const monthWeights: number[] = [];
  for (let m = start; m <= end; m++) {
    const season = SEASON[monthOfYear(m) - 1] ?? 1;
    monthWeights.push(season * (1 + (growth * (m - first - 5.5)) / 12) * (0.85 + 0.3 * rng()));
  }
  const offenceMix = offenceWeights(p).map(
    (w, o) => w * uniformFor(SEED, 0.7, 1.4, 'mix', f.id, p, OFFENCE_IDS[o] ?? ''),
  );
  // forces differ in how often they charge and how often they find no suspect
  const outcomeFactor = OUTCOME_IDS.map((_, u) =>
    CHARGE_OUTCOMES.includes(u)
      ? uniformFor(SEED, 0.5, 1.6, 'charge', f.id)
      : u === NO_SUSPECT_INDEX
        ? uniformFor(SEED, 0.8, 1.25, 'no-suspect', f.id)
        : 1,
  );
  const cells = new Int32Array(monthWeights.length * CELLS_PER_MONTH);
  largestRemainder(total, monthWeights).forEach((n, mi) => {
    multinomial(rng, n, offenceMix).forEach((k, o) => {
      if (k === 0) return;
      const nya = notAssignedShare(DEMO_LAST_MONTH - (start + mi), OFFENCE_IS_CHILD[o] ?? false);
      const profile = (OFFENCE_PROFILE[o] ?? []).map((w, u) => w * (outcomeFactor[u] ?? 1));
      const final = profile.reduce((a, b) => a + b, 0);
      const weights = [...profile.map((w) => ((1 - nya) * w) / final), nya];
      const base = mi * CELLS_PER_MONTH + o * OUTCOME_IDS.length;
      multinomial(rng, k, weights).forEach((c, u) => (cells[base + u] = c));
    });
  });
  const target = year <= 2023 ? CHARGE_TARGETS[`${f.id}|${p}`]?.[year - 2021] : undefined;
  if (target !== undefined && target !== null)
    meetChargeTarget(cells, Math.round(target * scale), rng);
  return cells;
}

function* tableFacts(
  f: Force,
  p: PlatformId,
  rates: number[],
  scale: number,
): Generator<FactInput> {
  const trend = PLATFORM_SHAPE[p].trend;
  for (const [y, year] of DEMO_YEARS.entries()) {
    if (refusal(f.id, p, year)) continue;
    const { start, end } = demoYearRange(year);
    const rate = (rates[y] ?? 0) * scale;
    let total = Math.round(rate);
    if (end - start < 11) {
      let part = 0;
      for (let m = start; m <= end; m++) part += SEASON[monthOfYear(m) - 1] ?? 1;
      total = Math.round((rate * part) / SEASON.reduce((a, b) => a + b, 0));
    }
    const growth = (trend[Math.min(y + 1, 3)] ?? 1) / (trend[Math.min(y + 1, 3) - 1] ?? 1) - 1;
    const cells = yearCells(f, p, year, total, growth, scale);
    for (let m = start; m <= end; m++) {
      const first = (m - start) * CELLS_PER_MONTH;
      let any = false;
      for (let within = 0; within < CELLS_PER_MONTH; within++) {
        const count = cells[first + within] ?? 0;
        if (count <= 0) continue;
        any = true;
        const offence = OFFENCE_IDS[Math.floor(within / OUTCOME_IDS.length)] ?? '';
        const outcome = OUTCOME_IDS[within % OUTCOME_IDS.length] ?? '';
        yield { start: m, end: m, offence, outcome, count };
      }
      // a complete cross-tabulation states every month it covers: a month with no crimes is a
      // published zero, not a gap in the return
      if (!any) yield { start: m, end: m, offence: '*', outcome: '*', count: 0 };
    }
  }
}

export const DEMO_NOTE = 'Illustrative data generated for the dashboard';

export function demoPlan(options: { scale?: number } = {}): LoadPlan {
  const scale = options.scale ?? 1;
  if (!(scale > 0)) throw new Error(`demo scale must be positive, not ${scale}`);
  const volumes = yearlyVolumes();
  const tables: TableInput[] = [];
  const statuses: StatusInput[] = [];
  for (const f of FORCES) {
    for (const { id: p } of PLATFORMS) {
      const rates = volumes.get(`${f.id}|${p}`) ?? [];
      tables.push({
        name: DEMO_TABLE,
        force: f.id,
        platform: p,
        complete: true,
        source: DEMO_SOURCE,
        facts: { [Symbol.iterator]: () => tableFacts(f, p, rates, scale) },
      });
      for (const year of DEMO_YEARS) {
        const refused = refusal(f.id, p, year);
        statuses.push({
          force: f.id,
          platform: p,
          ...demoYearRange(year),
          status: refused ? 'refused' : 'provided',
          note: refused ? refused.note : null,
          source: DEMO_SOURCE,
        });
      }
    }
  }
  return {
    dataset: {
      id: 'demo',
      title: 'Demonstration data (illustrative)',
      description:
        'Invented figures for every force, platform, month, offence and outcome, made by a program so that ' +
        'every view of the dashboard has something to show. The yearly TikTok totals of the forces whose ' +
        'figures were published are set to match them; everything else is made up. Do not quote these figures.',
      illustrative: true,
      caveats: [
        'These figures are illustrative: they were invented by a program and must not be quoted or used as evidence about any force or platform.',
        'Only the published TikTok totals and charge counts are real; the other platforms, the months, the offences and the outcomes are made up.',
        'The refusals are invented too: they are here to show how the dashboard displays a force that refused a request.',
        'As in real recorded-crime data, many crimes from the last few months have no outcome yet ("not yet assigned").',
      ],
    },
    note: DEMO_NOTE,
    origin: 'seed',
    supersede: 'seed',
    sources: [
      {
        key: DEMO_SOURCE,
        kind: 'illustrative',
        title: 'Illustrative data generated for this dashboard',
        publisher: 'Social media crime dashboard',
        date: null,
        url: null,
      },
    ],
    tables,
    statuses,
  };
}
