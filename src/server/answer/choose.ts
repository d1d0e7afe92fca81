import { contains, overlaps, type MonthRange } from '@shared/period.ts';
import { IN, OUT, selectionCovered, type SeriesPlan } from './selection.ts';
import type { DatasetStore, TableInfo } from './store.ts';

/**
 * Which published table answers one force-and-platform for one period, or why none can.
 *
 * The rule: use the coarsest table that is fine enough, meaning its level reaches the detail the
 * question splits by, no figure in it straddles the selection, its facts nest inside the period and
 * together cover it, and it is complete, or lists every row the question asks about, or a coarser
 * complete table gives the total that the rows it does not list make up.
 */

/**
 * ok: facts nest in the period and cover it; unplaced: a fact straddles the period's edge (an annual
 * figure asked for by quarter); short: the facts that nest cover only part of it; absent: none touch it.
 */
export type TimeFit = 'ok' | 'unplaced' | 'short' | 'absent';

export interface Evaluation {
  table: TableInfo;
  time: TimeFit;
  filter: boolean;
  level: boolean;
  complete: boolean;
  /** for a partial table: the selection lies entirely in rows it lists */
  covered: boolean;
  /** the longest period among its facts that nest in the bucket */
  grain: number;
}

export interface Choice {
  table: TableInfo;
  /** the table accounts for every crime in the selection (complete, or lists every selected row) */
  exact: boolean;
  /** a complete, coarser table whose total the chosen partial table's rows are set against */
  remainderFrom: TableInfo | null;
  /**
   * a partial table with no total to set it against, chosen only to show its rows as published (a
   * selection): its figures answer the rows it lists and nothing else, never the total
   */
  selection: boolean;
}

export interface QueryContext {
  store: DatasetStore;
  offState: Uint8Array;
  outState: Uint8Array;
  offSelected: readonly number[];
  outSelected: readonly number[];
  plan: SeriesPlan;
}

export function timeFit(t: TableInfo, bucket: MonthRange): { fit: TimeFit; grain: number } {
  if (t.months && !t.allZero) {
    const { first, prefix } = t.months;
    const last = prefix.length - 1;
    const hi = prefix[Math.max(0, Math.min(last, bucket.end + 1 - first))] ?? 0;
    const lo = prefix[Math.max(0, Math.min(last, bucket.start - first))] ?? 0;
    const present = hi - lo;
    const fit = present === bucket.end - bucket.start + 1 ? 'ok' : present > 0 ? 'short' : 'absent';
    return { fit, grain: 1 };
  }
  let cursor = bucket.start;
  let grain = 0;
  let touches = false;
  let straddles = false;
  // zero crimes over a year are zero crimes in each of its months: a table of zeros splits any way
  const splittable = t.allZero;
  // periods are sorted by start: skip those that end before the bucket begins
  let lo = 0;
  let hi = t.periods.length;
  const earliest = bucket.start - t.longest + 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((t.periods[mid]?.start ?? 0) < earliest) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < t.periods.length; k++) {
    const p = t.periods[k];
    if (!p || p.start > bucket.end) break;
    if (!overlaps(p, bucket)) continue;
    touches = true;
    if (splittable) {
      if (p.start <= cursor) cursor = Math.max(cursor, p.end + 1);
      continue;
    }
    if (!contains(bucket, p)) {
      straddles = true;
      continue;
    }
    grain = Math.max(grain, p.end - p.start + 1);
    if (p.start <= cursor) cursor = Math.max(cursor, p.end + 1);
  }
  if (cursor > bucket.end) return { fit: 'ok', grain };
  return { fit: straddles ? 'unplaced' : touches ? 'short' : 'absent', grain };
}

/** No figure of the table straddles the selection (a zero straddles nothing: it is zero everywhere). */
function filterFit(t: TableInfo, ctx: QueryContext): boolean {
  // with no filter, or only the finest figures, nothing can straddle the selection
  if ((ctx.offSelected.length === 0 && ctx.outSelected.length === 0) || t.leafOnly) return true;
  return t.boxes.every((b) => {
    if (!b.nonZero) return true;
    const so = ctx.offState[b.off];
    const su = ctx.outState[b.out];
    return so === OUT || su === OUT || (so === IN && su === IN);
  });
}

function levelFit(t: TableInfo, ctx: QueryContext): boolean {
  // a complete table of zeros (a nil return) breaks down any way: every part of nothing is zero
  if (t.complete && t.allZero) return true;
  return t.offRank >= ctx.plan.neededOffRank && t.outRank >= ctx.plan.neededOutRank;
}

export function coarseness(t: TableInfo): number {
  return t.offRank + t.outRank;
}

/** Evaluations that depend on the table but not on the period, cached per query. */
export class TableChecks {
  private readonly cache = new Map<
    TableInfo,
    { filter: boolean; level: boolean; covered: boolean }
  >();
  private readonly ctx: QueryContext;
  constructor(ctx: QueryContext) {
    this.ctx = ctx;
  }

  get(t: TableInfo) {
    let c = this.cache.get(t);
    if (!c) {
      c = {
        filter: filterFit(t, this.ctx),
        level: levelFit(t, this.ctx),
        covered:
          t.complete || selectionCovered(t.boxes, this.ctx.offSelected, this.ctx.outSelected),
      };
      this.cache.set(t, c);
    }
    return c;
  }
}

export function evaluate(
  tables: readonly TableInfo[],
  bucket: MonthRange,
  checks: TableChecks,
): Evaluation[] {
  const out: Evaluation[] = [];
  for (const table of tables) {
    const { fit, grain } = timeFit(table, bucket);
    const c = checks.get(table);
    out.push({
      table,
      time: fit,
      filter: c.filter,
      level: c.level,
      complete: table.complete,
      covered: c.covered,
      grain,
    });
  }
  return out;
}

function compareCoarsest(a: Evaluation, b: Evaluation): number {
  return coarseness(a.table) - coarseness(b.table) || a.grain - b.grain || a.table.id - b.table.id;
}

/** The complete table, coarser than `e`, whose total the rows `e` does not list make up. */
function remainderFor(evals: readonly Evaluation[], e: Evaluation): TableInfo | null {
  let best: Evaluation | null = null;
  for (const c of evals) {
    if (c.time !== 'ok' || !c.filter || !c.complete || c.table === e.table) continue;
    if (coarseness(c.table) >= coarseness(e.table)) continue;
    if (best === null || compareCoarsest(c, best) < 0) best = c;
  }
  return best?.table ?? null;
}

/**
 * The table that answers, or null. With `selections`, where no table answers in full, a partial
 * table at the detail asked for is chosen as a selection: its rows are published figures, shown as
 * what they are, though they can never stand in for a total.
 */
export function choose(evals: readonly Evaluation[], selections = false): Choice | null {
  let best: Evaluation | null = null;
  let bestRemainder: TableInfo | null = null;
  let partial: Evaluation | null = null;
  for (const e of evals) {
    if (e.time !== 'ok' || !e.filter || !e.level) continue;
    const remainderFrom = e.complete || e.covered ? null : remainderFor(evals, e);
    if (!e.complete && !e.covered && !remainderFrom) {
      if (partial === null || better(e, partial)) partial = e;
      continue;
    }
    if (best === null || better(e, best)) {
      best = e;
      bestRemainder = remainderFrom;
    }
  }
  if (best)
    return {
      table: best.table,
      exact: best.complete || best.covered,
      remainderFrom: bestRemainder,
      selection: false,
    };
  return selections && partial
    ? { table: partial.table, exact: false, remainderFrom: null, selection: true }
    : null;
}

function better(a: Evaluation, b: Evaluation): boolean {
  const ca = coarseness(a.table);
  const cb = coarseness(b.table);
  if (ca !== cb) return ca < cb;
  if (a.grain !== b.grain) return a.grain < b.grain;
  if (a.complete !== b.complete) return a.complete;
  return a.table.id < b.table.id;
}

export interface SelectionSum {
  value: number;
  suppressed: boolean;
}

/** The table's figures for the selection in the bucket (its facts that nest in it). */
export function selectionSum(
  store: DatasetStore,
  t: TableInfo,
  bucket: MonthRange,
  ctx: QueryContext,
): SelectionSum {
  const f = store.facts;
  let value = 0;
  let suppressed = false;
  for (let i = f.start[t.index] ?? 0; i < (f.end[t.index] ?? 0); i++) {
    if ((f.pStart[i] ?? 0) < bucket.start || (f.pEnd[i] ?? 0) > bucket.end) continue;
    if (ctx.offState[f.off[i] ?? 0] !== IN || ctx.outState[f.out[i] ?? 0] !== IN) continue;
    value += f.count[i] ?? 0;
    if (f.supp[i] === 1) suppressed = true;
  }
  return { value, suppressed };
}
