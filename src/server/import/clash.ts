import { periodLabel, type MonthRange } from '@shared/period.ts';
import { FORCES } from '@shared/reference/forces.ts';
import { PLATFORMS } from '@shared/reference/platforms.ts';
import type { CurrentTableRow } from '../db/queries.ts';
import { rowList } from './problems.ts';

/**
 * A table that repeats one already loaded (the same force, platform, periods and levels: the same
 * figures again, or a revision of them) would be counted beside it. It is refused, naming the rows,
 * unless the run says --replace, which ends the old table as of the new version. A table that is a
 * different view of the same crimes (another level, other periods) is not a repeat.
 */

export interface NewTable {
  file: string;
  firstRow: number;
  /** the rows, made only when a clash must name them */
  rows: () => readonly number[];
  name: string;
  force: string;
  platform: string;
  periods: readonly MonthRange[];
  levels: { offence: string; outcome: string };
}

export interface ClashProblem {
  file: string;
  row: number;
  message: string;
}

function signature(
  force: string,
  platform: string,
  periods: readonly MonthRange[],
  levels: { offence: string; outcome: string },
): string {
  const p = periods.map((x) => `${x.start}-${x.end}`).join(',');
  return `${force}|${platform}|${p}|${levels.offence}|${levels.outcome}`;
}

/** the finest level of a table, as it would be said: "by offence group", "by outcome" */
const OFFENCE_WORDS: Record<string, string> = {
  group: 'offence group',
  subgroup: 'offence subgroup',
  offence: 'offence',
};
const OUTCOME_WORDS: Record<string, string> = { group: 'outcome group', outcome: 'outcome' };

/** "Kent Police, TikTok, 2023/24, by offence" */
export function describeTable(t: Omit<NewTable, 'file' | 'rows' | 'firstRow' | 'name'>): string {
  const force = FORCES.find((f) => f.id === t.force)?.name ?? t.force;
  const platform = PLATFORMS.find((p) => p.id === t.platform)?.name ?? t.platform;
  const labels = t.periods.map((p) => periodLabel(p));
  const periods =
    labels.length > 3
      ? `${labels.slice(0, 2).join(', ')} … ${labels.at(-1) ?? ''} (${labels.length} periods)`
      : labels.join(', ');
  const by = [OFFENCE_WORDS[t.levels.offence], OUTCOME_WORDS[t.levels.outcome]].filter(
    (x) => x !== undefined,
  );
  return `${force}, ${platform}, ${periods}, ${by.length === 0 ? 'totals' : `by ${by.join(' and ')}`}`;
}

export function findClashes(
  tables: readonly NewTable[],
  current: readonly CurrentTableRow[],
  currentPeriods: readonly { table_id: number; period_start: number; period_end: number }[],
  replace: boolean,
): { problems: ClashProblem[]; replaced: CurrentTableRow[] } {
  const periodsOf = new Map<number, MonthRange[]>();
  for (const p of currentPeriods) {
    const list = periodsOf.get(p.table_id) ?? [];
    list.push({ start: p.period_start, end: p.period_end });
    periodsOf.set(p.table_id, list);
  }
  const loaded = new Map<string, CurrentTableRow[]>();
  for (const t of current) {
    const periods = (periodsOf.get(t.id) ?? []).sort((a, b) => a.start - b.start || a.end - b.end);
    const key = signature(t.force_id, t.platform_id, periods, {
      offence: t.offence_level,
      outcome: t.outcome_level,
    });
    loaded.set(key, [...(loaded.get(key) ?? []), t]);
  }

  const problems: ClashProblem[] = [];
  const replaced = new Map<number, CurrentTableRow>();
  const inLoad = new Map<string, NewTable>();
  for (const t of tables) {
    const key = signature(t.force, t.platform, t.periods, t.levels);
    const first = t.firstRow;
    const what = `rows ${rowList(t.rows())} (${describeTable(t)})`;
    const twin = inLoad.get(key);
    if (twin) {
      problems.push({
        file: t.file,
        row: first,
        message: `${what} repeat rows ${rowList(twin.rows())} of ${twin.file} in this same load; load one of them`,
      });
      continue;
    }
    inLoad.set(key, t);
    for (const old of loaded.get(key) ?? []) {
      if (replace) {
        replaced.set(old.id, old);
        continue;
      }
      const when = old.created_at ? ` on ${old.created_at.slice(0, 10)}` : '';
      const from =
        old.origin === 'seed' ? 'the shipped figures' : (old.version_note ?? 'an import');
      problems.push({
        file: t.file,
        row: first,
        message: `${what} repeat table '${old.name}', loaded in version ${old.from_version}${when} (${from}); give --replace to supersede it`,
      });
    }
  }
  return { problems, replaced: [...replaced.values()] };
}
