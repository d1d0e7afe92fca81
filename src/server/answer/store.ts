import type { ReturnStatus, Source } from '@shared/contract.ts';
import type { MonthRange } from '@shared/period.ts';
import { FORCES } from '@shared/reference/forces.ts';
import { offenceHierarchy } from '@shared/reference/offences.ts';
import { outcomeHierarchy } from '@shared/reference/outcomes.ts';
import { PLATFORMS } from '@shared/reference/platforms.ts';
import type { ReadQueries, VersionRow } from '../db/queries.ts';
import { ROOT_ID } from '@shared/hierarchy.ts';

/**
 * One dataset, all versions, held in memory as columns so that a question is answered by one pass
 * over the facts of the forces it asks about. Built from the database; rebuilt when a version is added.
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
   * rows.
   */
  rollups: Record<Rollup, ColumnSet>;
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
  count: Int32Array;
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

function index(map: ReadonlyMap<string, number>, id: string, what: string): number {
  const i = map.get(id);
  if (i === undefined) throw new Error(`The database holds an unknown ${what} '${id}'`);
  return i;
}

export function buildStore(q: ReadQueries, datasetId: string): DatasetStore {
  const versions = q.versions(datasetId);
  const generation = versions.at(-1)?.version ?? 0;
  const rows = q.tables(datasetId);
  const units = FORCES.length * PLATFORM_COUNT;
  const unitTables: TableInfo[][] = Array.from({ length: units }, () => []);
  const byId = new Map<number, TableInfo>();
  const tables = rows.map((r, position): TableInfo => {
    const t: TableInfo = {
      id: r.id,
      name: r.name,
      force: index(forceIndex, r.force_id, 'force'),
      platform: index(platformIndex, r.platform_id, 'platform'),
      complete: r.complete === 1,
      note: r.note,
      fromVersion: r.from_version,
      toVersion: r.to_version,
      index: 0,
      longest: 1,
      months: null,
      offRank: 0,
      outRank: 0,
      periods: [],
      boxes: [],
      leafOnly: true,
      allZero: false,
      sources: [],
    };
    t.index = position;
    byId.set(r.id, t);
    unitTables[unitOf(t.force, t.platform)]?.push(t);
    return t;
  });

  const facts = new ColumnBuilder();
  const tableStart = new Int32Array(tables.length);
  const tableEnd = new Int32Array(tables.length);
  let current: TableInfo | undefined;
  let periodKeys = new Set<number>();
  let boxes = new Map<number, { off: number; out: number; nonZero: boolean }>();
  let sources = new Set<number>();
  const finish = () => {
    if (!current) return;
    tableEnd[current.index] = facts.length;
    current.periods = [...periodKeys]
      .map((k) => ({ start: Math.floor(k / 65536), end: k % 65536 }))
      .sort((a, b) => a.start - b.start || a.end - b.end);
    current.longest = Math.max(1, ...current.periods.map((p) => p.end - p.start + 1));
    current.months = current.longest === 1 ? monthPrefix(current.periods) : null;
    current.boxes = [...boxes.values()];
    current.allZero = current.boxes.every((b) => !b.nonZero);
    current.leafOnly = current.boxes.every(
      (b) =>
        offenceHierarchy.rank[b.off] === offenceHierarchy.maxRank &&
        outcomeHierarchy.rank[b.out] === outcomeHierarchy.maxRank,
    );
    current.sources = [...sources];
  };

  const wording = new Map<number, FactWording>();
  for (const [tableId, s, e, offId, outId, c, sourceId, asPublished, note] of q.facts(datasetId)) {
    if (current?.id !== tableId) {
      finish();
      current = byId.get(tableId);
      if (!current) throw new Error(`Fact of unknown table ${tableId}`);
      tableStart[current.index] = facts.length;
      periodKeys = new Set();
      boxes = new Map();
      sources = new Set();
    }
    const o = index(offenceHierarchy.indexOf, offId, 'offence');
    const u = index(outcomeHierarchy.indexOf, outId, 'outcome');
    if (asPublished || note)
      wording.set(facts.length, {
        asPublished: asPublished === '' ? null : asPublished,
        note: note === '' ? null : note,
        source: sourceId,
      });
    facts.push(s, e, o, u, c ?? 0, c === null ? 1 : 0);
    periodKeys.add(s * 65536 + e);
    const boxKey = o * 65536 + u;
    const box = boxes.get(boxKey);
    if (box) box.nonZero ||= c !== 0;
    else boxes.set(boxKey, { off: o, out: u, nonZero: c !== 0 });
    if (sourceId !== null) sources.add(sourceId);
    current.offRank = Math.max(current.offRank, offenceHierarchy.rank[o] ?? 0);
    current.outRank = Math.max(current.outRank, outcomeHierarchy.rank[u] ?? 0);
  }
  finish();
  const factSet: ColumnSet = { ...facts.columns(), start: tableStart, end: tableEnd };

  const unitStatuses: StatusInfo[][] = Array.from({ length: units }, () => []);
  for (const s of q.statuses(datasetId)) {
    const u = unitOf(
      index(forceIndex, s.force_id, 'force'),
      index(platformIndex, s.platform_id, 'platform'),
    );
    unitStatuses[u]?.push({
      start: s.period_start,
      end: s.period_end,
      status: s.status as ReturnStatus,
      note: s.note,
      source: s.source_id,
      fromVersion: s.from_version,
      toVersion: s.to_version,
    });
  }

  const sourceMap = new Map<number, Source>(
    q.sources(datasetId).map((s) => [
      s.id,
      {
        id: s.key,
        kind: s.kind,
        title: s.title,
        publisher: s.publisher,
        date: s.date,
        url: s.url,
      },
    ]),
  );

  const askedPlatforms = new Set<number>(tables.map((t) => t.platform));
  unitStatuses.forEach((list, u) => {
    if (list.some((s) => s.status !== 'not_asked')) askedPlatforms.add(u % PLATFORM_COUNT);
  });

  return {
    askedPlatforms,
    id: datasetId,
    generation,
    versions,
    tables,
    unitTables,
    unitStatuses,
    facts: factSet,
    rollups: {
      offence: rollUp(factSet, tables.length, false, true),
      outcome: rollUp(factSet, tables.length, true, false),
      total: rollUp(factSet, tables.length, true, true),
    },
    sources: sourceMap,
    wording,
  };
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

function monthPrefix(periods: readonly MonthRange[]): { first: number; prefix: Int32Array } | null {
  const first = periods[0]?.start;
  const last = periods.at(-1)?.end;
  if (first === undefined || last === undefined) return null;
  const prefix = new Int32Array(last - first + 2);
  for (const p of periods) prefix[p.start - first + 1] = 1;
  for (let i = 1; i < prefix.length; i++) prefix[i] = (prefix[i] ?? 0) + (prefix[i - 1] ?? 0);
  return { first, prefix };
}

/** Growable columns. */
class ColumnBuilder {
  private capacity = 1024;
  length = 0;
  private pStart = new Int32Array(this.capacity);
  private pEnd = new Int32Array(this.capacity);
  private off = new Uint16Array(this.capacity);
  private out = new Uint16Array(this.capacity);
  private count = new Int32Array(this.capacity);
  private supp = new Uint8Array(this.capacity);

  push(s: number, e: number, o: number, u: number, c: number, supp: number): void {
    if (this.length === this.capacity) this.grow();
    const n = this.length++;
    this.pStart[n] = s;
    this.pEnd[n] = e;
    this.off[n] = o;
    this.out[n] = u;
    this.count[n] = c;
    this.supp[n] = supp;
  }

  private grow(): void {
    this.capacity *= 2;
    const grow = <T extends Int32Array | Uint16Array | Uint8Array>(
      a: T,
      make: (n: number) => T,
    ): T => {
      const b = make(this.capacity);
      b.set(a);
      return b;
    };
    this.pStart = grow(this.pStart, (n) => new Int32Array(n));
    this.pEnd = grow(this.pEnd, (n) => new Int32Array(n));
    this.off = grow(this.off, (n) => new Uint16Array(n));
    this.out = grow(this.out, (n) => new Uint16Array(n));
    this.count = grow(this.count, (n) => new Int32Array(n));
    this.supp = grow(this.supp, (n) => new Uint8Array(n));
  }

  columns(): Columns {
    const n = this.length;
    return {
      pStart: this.pStart.slice(0, n),
      pEnd: this.pEnd.slice(0, n),
      off: this.off.slice(0, n),
      out: this.out.slice(0, n),
      count: this.count.slice(0, n),
      supp: this.supp.slice(0, n),
    };
  }
}

const OFF_ROOT = offenceHierarchy.indexOf.get(ROOT_ID) ?? 0;
const OUT_ROOT = outcomeHierarchy.indexOf.get(ROOT_ID) ?? 0;

/** Sum each table's facts over offences and/or outcomes, keeping periods and the other dimension. */
function rollUp(
  facts: ColumnSet,
  tables: number,
  overOffences: boolean,
  overOutcomes: boolean,
): ColumnSet {
  const b = new ColumnBuilder();
  const start = new Int32Array(tables);
  const end = new Int32Array(tables);
  for (let t = 0; t < tables; t++) {
    start[t] = b.length;
    const cells = new Map<string, [number, number, number, number, number, number]>();
    for (let i = facts.start[t] ?? 0; i < (facts.end[t] ?? 0); i++) {
      const s = facts.pStart[i] ?? 0;
      const e = facts.pEnd[i] ?? 0;
      const o = overOffences ? OFF_ROOT : (facts.off[i] ?? 0);
      const u = overOutcomes ? OUT_ROOT : (facts.out[i] ?? 0);
      const key = `${s}:${e}:${o}:${u}`;
      const cell = cells.get(key);
      if (cell) {
        cell[4] += facts.count[i] ?? 0;
        cell[5] |= facts.supp[i] ?? 0;
      } else cells.set(key, [s, e, o, u, facts.count[i] ?? 0, facts.supp[i] ?? 0]);
    }
    for (const c of cells.values()) b.push(...c);
    end[t] = b.length;
  }
  return { ...b.columns(), start, end };
}
