import { overlaps, type MonthRange } from '@shared/period.ts';
import type { StatusInput } from '../load/plan.ts';
import type { CurrentStatusRow } from '../db/queries.ts';

/**
 * Return statuses that follow from an import. A force whose figures are loaded has `provided` for the
 * periods they cover: the finest periods its tables publish (the years, not the three-year total
 * beside them), plus any stretch only a longer period covers. A status the load states itself (a
 * refusal) wins over a derived one for the same period.
 */

export interface UnitTables {
  force: string;
  platform: string;
  periods: readonly MonthRange[];
}

/** The finest periods, then the months that only coarser periods cover, as contiguous stretches. */
export function statusPeriods(periods: readonly MonthRange[]): MonthRange[] {
  const distinct = [...new Map(periods.map((p) => [`${p.start}:${p.end}`, p] as const)).values()];
  const finest = distinct.filter(
    (p) =>
      !distinct.some(
        (q) =>
          q !== p &&
          p.start <= q.start &&
          q.end <= p.end &&
          !(q.start === p.start && q.end === p.end),
      ),
  );
  const covered = new Set<number>();
  for (const p of finest) for (let m = p.start; m <= p.end; m++) covered.add(m);
  const rest = new Set<number>();
  for (const p of distinct) for (let m = p.start; m <= p.end; m++) if (!covered.has(m)) rest.add(m);
  const stretches: MonthRange[] = [];
  for (const m of [...rest].sort((a, b) => a - b)) {
    const last = stretches.at(-1);
    if (last?.end === m - 1) last.end = m;
    else stretches.push({ start: m, end: m });
  }
  return [...finest, ...stretches].sort((a, b) => a.start - b.start || a.end - b.end);
}

export function providedStatuses(
  units: readonly UnitTables[],
  stated: readonly StatusInput[],
  source: string | null,
  note: string,
): StatusInput[] {
  const byUnit = new Map<string, { force: string; platform: string; periods: MonthRange[] }>();
  for (const u of units) {
    const key = `${u.force}|${u.platform}`;
    const entry = byUnit.get(key) ?? { force: u.force, platform: u.platform, periods: [] };
    entry.periods.push(...u.periods);
    byUnit.set(key, entry);
  }
  const out: StatusInput[] = [];
  for (const u of byUnit.values()) {
    const own = stated.filter((s) => s.force === u.force && s.platform === u.platform);
    for (const p of statusPeriods(u.periods)) {
      const stately = own.some((s) => overlaps(s, p));
      if (!stately)
        out.push({ force: u.force, platform: u.platform, ...p, status: 'provided', note, source });
    }
  }
  return out;
}

/**
 * The current statuses that a load's statuses answer: the same force and platform, overlapping
 * periods. An "unknown" or a refusal is superseded by the return that has now been loaded.
 */
export function statusesToEnd(
  current: readonly CurrentStatusRow[],
  loaded: readonly StatusInput[],
): number[] {
  const byUnit = new Map<string, StatusInput[]>();
  for (const s of loaded) {
    const key = `${s.force}|${s.platform}`;
    const list = byUnit.get(key) ?? [];
    list.push(s);
    byUnit.set(key, list);
  }
  return current
    .filter((c) =>
      (byUnit.get(`${c.force_id}|${c.platform_id}`) ?? []).some((s) =>
        overlaps(s, { start: c.period_start, end: c.period_end }),
      ),
    )
    .map((c) => c.id);
}
