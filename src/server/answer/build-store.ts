import type { ReturnStatus, Source } from '@shared/contract.ts';
import { ROOT_ID } from '@shared/hierarchy.ts';
import type { MonthRange } from '@shared/period.ts';
import { FORCES } from '@shared/reference/forces.ts';
import { offenceHierarchy } from '@shared/reference/offences.ts';
import { outcomeHierarchy } from '@shared/reference/outcomes.ts';
import type { ReadQueries, TableRow } from '../db/queries.ts';
import { isWebAddress } from '../load/source-fields.ts';
import { ColumnBuilder } from './column-builder.ts';
import { applySaved, storeKey, type SavedStores } from './saved-store.ts';
import {
  forceIndex,
  platformIndex,
  PLATFORM_COUNT,
  ROLLUPS,
  unitOf,
  type ColumnSet,
  type DatasetStore,
  type FactWording,
  type Rollup,
  type StatusInfo,
  type TableInfo,
} from './store.ts';

/**
 * A dataset's store, built a step at a time (a page of facts, a slice of a rollup) so that the server
 * builds it between requests instead of in front of them: every step is a few milliseconds, and
 * nothing stays open on the connection between steps.
 *
 * A store built after a version is added starts from the previous one. A table's facts never change
 * once written (a later version only ends the table), so only the new tables' facts are read; the
 * versions, tables' ends, statuses and sources are read again, together, as of one moment.
 */

const PAGE = 1000;
const ROLLUP_SLICE = 2000;

function index(map: ReadonlyMap<string, number>, id: string, what: string): number {
  const i = map.get(id);
  if (i === undefined) throw new Error(`The database holds an unknown ${what} '${id}'`);
  return i;
}

/** Build a store in one go, rollups and all: for tests, scripts, and stores small enough not to matter. */
export function buildStore(
  q: ReadQueries,
  datasetId: string,
  previous: DatasetStore | null = null,
  saved: SavedStores | null = null,
): DatasetStore {
  const steps = buildStoreSteps(q, datasetId, previous, saved);
  for (;;) {
    const r = steps.next();
    if (r.done) {
      const rollups = rollupSteps(r.value, previous);
      while (!r.value.rollupsMade && !rollups.next().done);
      return r.value;
    }
  }
}

function newTable(r: TableRow, position: number): TableInfo {
  return {
    id: r.id,
    name: r.name,
    force: index(forceIndex, r.force_id, 'force'),
    platform: index(platformIndex, r.platform_id, 'platform'),
    complete: r.complete === 1,
    note: r.note,
    fromVersion: r.from_version,
    toVersion: r.to_version,
    index: position,
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
}

export function* buildStoreSteps(
  q: ReadQueries,
  datasetId: string,
  previous: DatasetStore | null,
  saved: SavedStores | null = null,
): Generator<void, DatasetStore> {
  const snap = q.snapshot(datasetId);
  // what the facts are is pinned by the tables they are in and, for a database made again with the
  // same tables, by how many facts were ever written
  const key = storeKey({ snap, lastFact: q.lastFact() });
  const versions = snap.versions;
  const generation = versions.at(-1)?.version ?? 0;
  const rows = snap.tables.filter((r) => r.from_version <= generation);
  // the previous store's tables are the first of these, unless the database was rebuilt under us
  const reuse =
    previous !== null &&
    previous.tables.length <= rows.length &&
    previous.tables.every((t, i) => rows[i]?.id === t.id)
      ? previous
      : null;
  const unitTables: TableInfo[][] = Array.from({ length: UNITS }, () => []);
  const tables = rows.map((r, position): TableInfo => {
    const old = reuse?.tables[position];
    const t = old ? { ...old, toVersion: r.to_version, note: r.note } : newTable(r, position);
    unitTables[unitOf(t.force, t.platform)]?.push(t);
    return t;
  });
  yield;

  // a start: the facts and rollups saved when this very version was last built
  const kept = previous === null ? (saved?.load(datasetId, key, tables.length) ?? null) : null;
  if (kept)
    tables.forEach((t, i) => {
      const s = kept.tables[i];
      if (s) applySaved(t, s, monthPrefix);
    });
  const { factSet, wording } = kept
    ? { factSet: kept.facts, wording: kept.wording }
    : yield* factSteps(q, tables, reuse);

  const unitStatuses = statusesByUnit(snap.statuses);
  const askedPlatforms = new Set<number>(tables.map((t) => t.platform));
  unitStatuses.forEach((list, u) => {
    if (list.some((s) => s.status !== 'not_asked')) askedPlatforms.add(u % PLATFORM_COUNT);
  });

  return {
    askedPlatforms,
    id: datasetId,
    generation,
    key,
    versions,
    tables,
    unitTables,
    unitStatuses,
    facts: factSet,
    // made after the store is served (rollupSteps), unless they were saved: start-up does not wait
    rollups: kept?.rollups ?? { offence: factSet, outcome: factSet, total: factSet },
    rollupsMade: kept !== null,
    sources: sourcesOf(snap.sources),
    wording,
  };
}

const UNITS = FORCES.length * PLATFORM_COUNT;

/** Read the facts of the tables the previous store does not hold, a page at a time. */
function* factSteps(
  q: ReadQueries,
  tables: readonly TableInfo[],
  reuse: DatasetStore | null,
): Generator<void, { factSet: ColumnSet; wording: Map<number, FactWording> }> {
  const facts = reuse
    ? ColumnBuilder.continuing(reuse.facts, reuse.facts.pStart.length)
    : new ColumnBuilder();
  const tableStart = new Int32Array(tables.length);
  const tableEnd = new Int32Array(tables.length);
  // kept facts keep their rows, so their published words keep their keys
  const wording = new Map<number, FactWording>(reuse?.wording);
  if (reuse) {
    tableStart.set(reuse.facts.start);
    tableEnd.set(reuse.facts.end);
    yield;
  }
  for (let i = reuse?.tables.length ?? 0; i < tables.length; i++) {
    const t = tables[i];
    if (!t) continue;
    tableStart[i] = facts.length;
    const acc = new TableFacts();
    let afterStart = -1;
    let afterRow = -1;
    for (;;) {
      const page = q.factPage(t.id, afterStart, afterRow, PAGE);
      for (const [, s, e, offId, outId, c, sourceId, asPublished, note] of page) {
        const o = index(offenceHierarchy.indexOf, offId, 'offence');
        const u = index(outcomeHierarchy.indexOf, outId, 'outcome');
        if (asPublished || note)
          wording.set(facts.length, {
            asPublished: asPublished === '' ? null : asPublished,
            note: note === '' ? null : note,
            source: sourceId,
          });
        facts.push(s, e, o, u, c ?? 0, c === null ? 1 : 0);
        acc.add(s, e, o, u, c, sourceId);
      }
      const last = page.at(-1);
      yield;
      if (page.length < PAGE || !last) break;
      afterRow = last[0];
      afterStart = last[1];
    }
    tableEnd[i] = facts.length;
    acc.finish(t);
  }
  const factSet: ColumnSet = { ...facts.columns(), start: tableStart, end: tableEnd };
  yield;
  return { factSet, wording };
}

type Snapshot = ReturnType<ReadQueries['snapshot']>;

function statusesByUnit(statuses: Snapshot['statuses']): StatusInfo[][] {
  const unitStatuses: StatusInfo[][] = Array.from({ length: UNITS }, () => []);
  for (const s of statuses) {
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
  return unitStatuses;
}

function sourcesOf(sources: Snapshot['sources']): Map<number, Source> {
  return new Map<number, Source>(
    sources.map((s) => [
      s.id,
      {
        id: s.key,
        kind: s.kind,
        title: s.title,
        publisher: s.publisher,
        date: s.date,
        // a database written before addresses were checked may hold another scheme: never serve it
        url: s.url !== null && isWebAddress(s.url) ? s.url : null,
      },
    ]),
  );
}

/** What a table's facts say about it: its periods, cells, sources and finest levels. */
class TableFacts {
  private readonly periodKeys = new Set<number>();
  private readonly boxes = new Map<number, { off: number; out: number; nonZero: boolean }>();
  private readonly sources = new Set<number>();
  private offRank = 0;
  private outRank = 0;

  add(s: number, e: number, o: number, u: number, c: number | null, sourceId: number | null) {
    this.periodKeys.add(s * 65536 + e);
    const boxKey = o * 65536 + u;
    const box = this.boxes.get(boxKey);
    if (box) box.nonZero ||= c !== 0;
    else this.boxes.set(boxKey, { off: o, out: u, nonZero: c !== 0 });
    if (sourceId !== null) this.sources.add(sourceId);
    this.offRank = Math.max(this.offRank, offenceHierarchy.rank[o] ?? 0);
    this.outRank = Math.max(this.outRank, outcomeHierarchy.rank[u] ?? 0);
  }

  finish(t: TableInfo): void {
    t.periods = [...this.periodKeys]
      .map((k) => ({ start: Math.floor(k / 65536), end: k % 65536 }))
      .sort((a, b) => a.start - b.start || a.end - b.end);
    t.longest = Math.max(1, ...t.periods.map((p) => p.end - p.start + 1));
    t.months = t.longest === 1 ? monthPrefix(t.periods) : null;
    t.boxes = [...this.boxes.values()];
    t.allZero = t.boxes.every((b) => !b.nonZero);
    t.leafOnly = t.boxes.every(
      (b) =>
        offenceHierarchy.rank[b.off] === offenceHierarchy.maxRank &&
        outcomeHierarchy.rank[b.out] === outcomeHierarchy.maxRank,
    );
    t.sources = [...this.sources];
    t.offRank = this.offRank;
    t.outRank = this.outRank;
  }
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

/**
 * Make a served store's rollups, a slice at a time, each put in place as it is finished. The previous
 * store's rollups are continued when they were made and its tables are the first of this one's.
 */
export function* rollupSteps(
  store: DatasetStore,
  previous: DatasetStore | null,
): Generator<void, void> {
  const reuse =
    previous?.rollupsMade === true &&
    previous.tables.length <= store.tables.length &&
    previous.tables.every((t, i) => store.tables[i]?.id === t.id)
      ? previous
      : null;
  const kept = reuse?.tables.length ?? 0;
  for (const kind of ROLLUPS) {
    store.rollups[kind] = yield* rollUpSteps(store.facts, kind, reuse?.rollups[kind] ?? null, kept);
  }
  store.rollupsMade = true;
}

const OFF_ROOT = offenceHierarchy.indexOf.get(ROOT_ID) ?? 0;
const OUT_ROOT = outcomeHierarchy.indexOf.get(ROOT_ID) ?? 0;

/**
 * Each table's facts summed over offences and/or outcomes, keeping periods and the other dimension.
 * The first `kept` tables' rows are copied from the previous store's rollup.
 */
function* rollUpSteps(
  facts: ColumnSet,
  kind: Rollup,
  previous: ColumnSet | null,
  kept: number,
): Generator<void, ColumnSet> {
  const overOffences = kind !== 'offence';
  const overOutcomes = kind !== 'outcome';
  const tables = facts.start.length;
  const keptRows = previous && kept > 0 ? (previous.end[kept - 1] ?? 0) : 0;
  const b =
    previous && kept > 0 ? ColumnBuilder.continuing(previous, keptRows) : new ColumnBuilder();
  const start = new Int32Array(tables);
  const end = new Int32Array(tables);
  if (previous && kept > 0) {
    start.set(previous.start.subarray(0, kept));
    end.set(previous.end.subarray(0, kept));
    yield;
  }
  let work = 0;
  for (let t = kept; t < tables; t++) {
    start[t] = b.length;
    // a cell is its period and the dimension kept (months < 65536, node indexes < 65536): one number
    const cells = new Map<number, [number, number, number, number, number, number]>();
    for (let i = facts.start[t] ?? 0; i < (facts.end[t] ?? 0); i++) {
      const s = facts.pStart[i] ?? 0;
      const e = facts.pEnd[i] ?? 0;
      const o = overOffences ? OFF_ROOT : (facts.off[i] ?? 0);
      const u = overOutcomes ? OUT_ROOT : (facts.out[i] ?? 0);
      const key = (s * 65536 + e) * 65536 + (overOffences ? u : o);
      const cell = cells.get(key);
      if (cell) {
        cell[4] += facts.count[i] ?? 0;
        cell[5] |= facts.supp[i] ?? 0;
      } else cells.set(key, [s, e, o, u, facts.count[i] ?? 0, facts.supp[i] ?? 0]);
      if (++work % ROLLUP_SLICE === 0) yield;
    }
    for (const c of cells.values()) b.push(...c);
    end[t] = b.length;
  }
  return { ...b.columns(), start, end };
}
