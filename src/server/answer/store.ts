import type { ReturnStatus, Source } from '@shared/contract.ts';
import type { MonthRange } from '@shared/period.ts';
import { FORCES } from '@shared/reference/forces.ts';
import { PLATFORMS } from '@shared/reference/platforms.ts';
import type { VersionRow } from '../db/queries.ts';

/**
 * One dataset, all versions, held in memory as columns so that a question is answered by one pass
 * over the facts of the forces it asks about. Built from the database by build-store.ts.
 */

export interface TableInfo {
  id: number;
  name: string;
  force: number;
  platform: number;
  complete: boolean;
  note: string | null;
  fromVersion: number;
  toVersion: number | null;
  /** the finest rank among the table's facts, per dimension */
  offRank: number;
  outRank: number;
  /** position in the store's tables; its facts are rows [start, end) of every column set */
  index: number;
  /** the distinct periods of its facts, by start */
  periods: MonthRange[];
  /** months in its longest period */
  longest: number;
  /**
   * For a table of single months: prefix counts of the months it has, from `first`, so that whether
   * it covers a period is one subtraction.
   */
  months: { first: number; prefix: Int32Array } | null;
  /** the distinct (offence, outcome) cells of its facts; nonZero: any of them has a count above 0 */
  boxes: { off: number; out: number; nonZero: boolean }[];
  leafOnly: boolean;
  /** every figure in it is 0 */
  allZero: boolean;
  sources: number[];
}

export interface StatusInfo {
  start: number;
  end: number;
  status: ReturnStatus;
  note: string | null;
  source: number | null;
  fromVersion: number;
  toVersion: number | null;
}

export interface DatasetStore {
  id: string;
  /** the latest version when the store was built */
  generation: number;
  /** the hash of what the database said about the dataset when it was built (saved-store.ts) */
  key: string;
  versions: VersionRow[];
  tables: TableInfo[];
  /** tables per unit (force index * platform count + platform index) */
  unitTables: TableInfo[][];
  unitStatuses: StatusInfo[][];
  /** the facts as published */
  facts: ColumnSet;
  /**
   * The same facts summed over a dimension a question does not look at: over outcomes (`offence`),
   * over offences (`outcome`) or over both (`total`), within each table. A question that neither
   * filters nor splits by outcome gets the same answer from `offence` as from the facts, from far fewer
   * rows. A store is served as soon as its facts are in memory: until a rollup is made, it is the
   * facts themselves (the same answers, from more rows), and `rollupsMade` is false.
   */
  rollups: Record<Rollup, ColumnSet>;
  rollupsMade: boolean;
  sources: Map<number, Source>;
  /**
   * The source's own words for a figure, and the caveats noted beside it, by its row in `facts`: few
   * figures have them (the published ones), so they are kept apart from the columns.
   */
  wording: Map<number, FactWording>;
  /** platforms with a table or a status other than not_asked, in any version */
  askedPlatforms: Set<number>;
}

export interface FactWording {
  asPublished: string | null;
  note: string | null;
  source: number | null;
}

export interface Columns {
  pStart: Int32Array;
  pEnd: Int32Array;
  off: Uint16Array;
  out: Uint16Array;
  /** the known count (0 for a suppressed cell) */
  count: Float64Array;
  /** 1: the cell is, or includes, a cell the force suppressed */
  supp: Uint8Array;
}

export interface ColumnSet extends Columns {
  /** rows of table i are [start[i], end[i]) */
  start: Int32Array;
  end: Int32Array;
}

export const ROLLUPS = ['offence', 'outcome', 'total'] as const;
export type Rollup = (typeof ROLLUPS)[number];
export const PLATFORM_COUNT = PLATFORMS.length;
export const forceIndex = new Map(FORCES.map((f, i) => [f.id, i]));
export const platformIndex = new Map<string, number>(PLATFORMS.map((p, i) => [p.id, i]));

export function unitOf(force: number, platform: number): number {
  return force * PLATFORM_COUNT + platform;
}

export function isActive(
  row: { fromVersion: number; toVersion: number | null },
  version: number,
): boolean {
  return row.fromVersion <= version && (row.toVersion === null || version < row.toVersion);
}

/** The platforms (indexes) a version holds figures for: those of its tables with a period. */
const heldCache = new WeakMap<DatasetStore, Map<number, ReadonlySet<number>>>();

export function platformsHeld(store: DatasetStore, version: number): ReadonlySet<number> {
  let cache = heldCache.get(store);
  if (!cache) {
    cache = new Map();
    heldCache.set(store, cache);
  }
  let held = cache.get(version);
  if (!held) {
    held = new Set(
      store.tables
        .filter((t) => isActive(t, version) && t.periods.length > 0)
        .map((t) => t.platform),
    );
    cache.set(version, held);
  }
  return held;
}

/** The dataset's coverage in a version: the months its facts span. */
const coverageCache = new WeakMap<DatasetStore, Map<number, MonthRange | null>>();

export function coverageOf(store: DatasetStore, version: number): MonthRange | null {
  let cache = coverageCache.get(store);
  if (!cache) {
    cache = new Map();
    coverageCache.set(store, cache);
  }
  if (!cache.has(version)) cache.set(version, computeCoverage(store, version));
  return cache.get(version) ?? null;
}

function computeCoverage(store: DatasetStore, version: number): MonthRange | null {
  let start = Infinity;
  let end = -Infinity;
  for (const t of store.tables) {
    if (!isActive(t, version) || t.periods.length === 0) continue;
    start = Math.min(start, t.periods[0]?.start ?? Infinity);
    for (const p of t.periods) end = Math.max(end, p.end);
  }
  return Number.isFinite(start) ? { start, end } : null;
}
