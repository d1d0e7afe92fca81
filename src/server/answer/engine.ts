import type { Note, Period, Series, Source, Wording } from '@shared/contract.ts';
import { NOT_BROKEN_DOWN_KEY } from '@shared/contract.ts';
import type { By, Measure } from '@shared/filters.ts';
import {
  buckets,
  formatMonth,
  overlaps,
  type Bucket,
  type Interval,
  type MonthRange,
} from '@shared/period.ts';
import { FORCES } from '@shared/reference/forces.ts';
import { offenceHierarchy } from '@shared/reference/offences.ts';
import { outcomeHierarchy } from '@shared/reference/outcomes.ts';
import { PLATFORMS } from '@shared/reference/platforms.ts';
import {
  choose,
  evaluate,
  selectionSum,
  TableChecks,
  type Choice,
  type QueryContext,
} from './choose.ts';
import { NoteBook } from './notes.ts';
import { IN, seriesPlan, selectionState } from './selection.ts';
import { isWithin, type Hierarchy } from '@shared/hierarchy.ts';
import { isActive, unitOf, type DatasetStore, type TableInfo } from './store.ts';

/** A query with ids resolved to indexes and the range clipped to the dataset's coverage. */
export interface ResolvedQuery {
  version: number;
  forces: number[];
  platforms: number[];
  offences: number[];
  outcomes: number[];
  range: MonthRange | null;
  interval: Interval;
  by: By;
  measure: Measure;
  allLabel: string;
}

interface Cells {
  values: (number | null)[];
  missing: string[][];
  suppressed: boolean[];
}

export interface Answer {
  periods: Period[];
  series: Series[];
  totals: Cells & { complete: boolean[] };
  crimes: Cells;
  coverage: { forces: string[]; platforms: string[] };
  notes: Note[];
  sources: Source[];
  wording: Wording[];
  unit: string;
}

/** the most published wordings an answer carries: an import may give every row its own words */
const MAX_WORDING = 200;

const UNITS: Record<Measure, string> = {
  count: 'crimes',
  rate: 'crimes per 100,000 residents',
  share: 'percent of the period total',
};

/**
 * Rates and shares are given to one decimal place, the precision the dashboard shows: rounding them
 * once more for display (12.647 → 12.65 → 12.7) would print figures that are wrong.
 */
const PLACES = 1;

function round(value: number, places: number): number {
  const f = 10 ** places;
  return Math.round(value * f) / f;
}

/**
 * Accumulators for one grid of series × periods. A force whose figures for a period account for every
 * crime is "full" there: it contributes a known 0 to every series it does not mention. Populations are
 * tracked only for rates, as sets of contributing forces, so that a force counts once per cell.
 */
class Grid {
  readonly value: Float64Array;
  readonly known: Uint8Array;
  readonly suppressed: Uint8Array;
  private readonly valueWithPop: Float64Array;
  private readonly forces: Set<number>[] | null;
  private readonly full: Set<number>[] | null;
  private readonly fullAny: Uint8Array;
  readonly cols: number;

  constructor(rows: number, cols: number, rates: boolean) {
    this.cols = cols;
    const n = rows * cols;
    this.value = new Float64Array(n);
    this.known = new Uint8Array(n);
    this.suppressed = new Uint8Array(n);
    this.valueWithPop = new Float64Array(rates ? n : 0);
    this.forces = rates ? Array.from({ length: n }, () => new Set<number>()) : null;
    this.full = rates ? Array.from({ length: cols }, () => new Set<number>()) : null;
    this.fullAny = new Uint8Array(cols);
  }

  add(row: number, col: number, value: number, force: number, suppressed: boolean): void {
    const k = row * this.cols + col;
    this.value[k] = (this.value[k] ?? 0) + value;
    this.known[k] = 1;
    if (suppressed) this.suppressed[k] = 1;
    if (this.forces) {
      this.forces[k]?.add(force);
      if ((FORCES[force]?.population ?? null) !== null)
        this.valueWithPop[k] = (this.valueWithPop[k] ?? 0) + value;
    }
  }

  addFull(col: number, force: number): void {
    this.fullAny[col] = 1;
    this.full?.[col]?.add(force);
  }

  isKnown(row: number, col: number): boolean {
    return this.known[row * this.cols + col] === 1 || this.fullAny[col] === 1;
  }

  /** per 100,000 residents of the contributing forces that have a population */
  rate(row: number, col: number): { rate: number | null; popless: boolean } {
    const k = row * this.cols + col;
    let population = 0;
    let popless = false;
    const seen = new Set([...(this.forces?.[k] ?? []), ...(this.full?.[col] ?? [])]);
    for (const f of seen) {
      const p = FORCES[f]?.population ?? null;
      if (p === null) popless = true;
      else population += p;
    }
    return {
      rate:
        population > 0 ? round(((this.valueWithPop[k] ?? 0) / population) * 100_000, PLACES) : null,
      popless,
    };
  }
}

export function answer(store: DatasetStore, q: ResolvedQuery): Answer {
  const notes = new NoteBook(q, store.askedPlatforms);
  const bks: Bucket[] = q.range ? buckets(q.interval, q.range) : [];
  const nb = bks.length;
  const offState = selectionState(offenceHierarchy, q.offences);
  const outState = selectionState(outcomeHierarchy, q.outcomes);
  const plan = seriesPlan(q.by, q.forces, q.platforms, offState, outState, q.allLabel);
  const ctx: QueryContext = {
    store,
    offState,
    outState,
    offSelected: q.offences,
    outSelected: q.outcomes,
    plan,
  };
  const checks = new TableChecks(ctx);
  const S = plan.defs.length;
  const rates = q.measure === 'rate';
  const grid = new Grid(S + 1, nb, rates); // the last row is "Not broken down"
  const totals = new Grid(1, nb, rates);
  /** each force's number of crimes, where its breakdown's sum is not that number */
  const crimes = new Grid(1, nb, rates);
  /** per period: forces whose figures are drawn but whose number of crimes is unknown (a selection) */
  const outOfCrimes: Set<string>[] = Array.from({ length: nb }, () => new Set());
  const answeredForces = new Set<number>();
  const answeredPlatforms = new Set<number>();
  const wording: Wording[] = [];
  // a published selection's rows can be shown only beside the other rows of a split, a share needs
  // the total that a selection does not have, and added to other forces' breakdowns they would make
  // a sum of nothing in particular: a selection answers a question about its own force alone
  const selections = plan.dimension !== 'unit' && q.measure !== 'share' && q.forces.length === 1;
  /** per period: every answering force's figures account for every crime in the split */
  const incomplete = new Uint8Array(nb);
  const missing: Set<string>[] = Array.from({ length: (S + 1) * nb }, () => new Set());
  const usedSources = new Set<number>();
  /** series that some published figure names, even as 0 ("no charges") */
  const mentioned = new Uint8Array(S);

  const first = bks[0]?.start ?? 0;
  const bucketStart = Int32Array.from(bks, (b) => b.start);
  const bucketEnd = Int32Array.from(bks, (b) => b.end);
  // the fewest rows that answer: sum over any dimension the question neither filters nor splits by
  const needOff = q.offences.length > 0 || plan.dimension === 'offence';
  const needOut = q.outcomes.length > 0 || plan.dimension === 'outcome';
  const cols =
    needOff && needOut
      ? store.facts
      : needOff
        ? store.rollups.offence
        : needOut
          ? store.rollups.outcome
          : store.rollups.total;
  const monthBucket = new Int32Array(nb > 0 ? (bks[nb - 1]?.end ?? 0) - first + 1 : 0).fill(-1);
  bks.forEach((b, bi) => monthBucket.fill(bi, b.start - first, b.end - first + 1));

  // per-unit scratch, reused
  const uVal = new Float64Array(S * nb);
  const uHit = new Uint8Array(S * nb);
  const uSupp = new Uint8Array((S + 1) * nb);
  const uNbd = new Float64Array(nb);
  /** the unit's total, from the coarser table its partial breakdown is set against */
  const uWhole = new Float64Array(nb);
  const uWholeSupp = new Uint8Array(nb);
  const uHasWhole = new Uint8Array(nb);
  const chosen: (Choice | null)[] = new Array<Choice | null>(nb).fill(null);
  const chosenTable: (TableInfo | null)[] = new Array<TableInfo | null>(nb).fill(null);

  for (const f of q.forces) {
    for (const p of q.platforms) {
      const u = unitOf(f, p);
      const tables = (store.unitTables[u] ?? []).filter((t) => isActive(t, q.version));
      const statuses = (store.unitStatuses[u] ?? []).filter((s) => isActive(s, q.version));
      const unitSeries = plan.dimension === 'unit' ? plan.unitSeries(f, p) : -1;
      if (plan.dimension === 'unit' && unitSeries < 0) continue;

      let anyChosen = false;
      for (let bi = 0; bi < nb; bi++) {
        const b = bks[bi];
        if (!b) continue;
        const evals = evaluate(tables, b, checks);
        const choice = choose(evals, selections);
        chosen[bi] = choice;
        chosenTable[bi] = choice?.table ?? null;
        if (choice) {
          anyChosen = true;
          if (choice.selection) notes.selection(f, p, b, choice.table);
          else if (tables.length > 1) notes.disagreements(store, f, p, b, choice, evals, ctx);
          continue;
        }
        const st = statuses.filter((s) => overlaps(s, b));
        const inScope =
          st.some((s) => s.status !== 'not_asked') ||
          tables.some((t) => t.periods.some((x) => overlaps(x, b)));
        if (!inScope) {
          notes.notAsked(p);
          continue;
        }
        notes.missing(f, p, b, evals, st, ctx);
        const force = FORCES[f]?.id ?? '';
        if (plan.dimension === 'unit') missing[unitSeries * nb + bi]?.add(force);
        else for (let s = 0; s <= S; s++) missing[s * nb + bi]?.add(force);
      }
      if (!anyChosen) continue;
      answeredForces.add(f);
      answeredPlatforms.add(p);

      uVal.fill(0);
      uHit.fill(0);
      uSupp.fill(0);
      uNbd.fill(0);
      uHasWhole.fill(0);
      const scanned = new Set<TableInfo>();
      for (let bi = 0; bi < nb; bi++) {
        const c = chosen[bi];
        if (!c || scanned.has(c.table)) continue;
        scanned.add(c.table);
        for (const id of c.table.sources) usedSources.add(id);
        accumulate(c.table);
      }
      for (let bi = 0; bi < nb; bi++) {
        const c = chosen[bi];
        const b = bks[bi];
        if (!c || !b) continue;
        if (c.remainderFrom) {
          for (const id of c.remainderFrom.sources) usedSources.add(id);
          const whole = selectionSum(store, c.remainderFrom, b, ctx);
          const part = selectionSum(store, c.table, b, ctx);
          uHasWhole[bi] = 1;
          uWhole[bi] = whole.value;
          uWholeSupp[bi] = whole.suppressed ? 1 : 0;
          if (!whole.suppressed && !part.suppressed && whole.value >= part.value) {
            uNbd[bi] = (uNbd[bi] ?? 0) + whole.value - part.value;
            notes.partialBreakdown(f, p, b, c.table, part.value, whole.value);
          } else if (whole.suppressed || part.suppressed) {
            notes.suppressed(f, b);
          }
        }
        if (c.selection) mergeSelection(f, bi);
        else merge(f, bi, unitSeries, c.exact);
      }
      if (store.wording.size > 0 && wording.length < MAX_WORDING) collectWording(f, p, unitSeries);
    }
  }

  /**
   * Add a chosen table's facts into the unit's scratch rows. The hot loop of every answer: it reads
   * the smallest column set that can answer the question and does only integer work per row.
   */
  function accumulate(t: TableInfo): void {
    const { pStart, pEnd, off, out, count, supp } = cols;
    const nodeSeries = plan.nodeSeries;
    const byOff = plan.dimension === 'offence';
    const byOut = plan.dimension === 'outcome';
    const span = monthBucket.length;
    const end = cols.end[t.index] ?? 0;
    for (let i = cols.start[t.index] ?? 0; i < end; i++) {
      const o = off[i] ?? 0;
      const u = out[i] ?? 0;
      if (offState[o] !== IN || outState[u] !== IN) continue;
      const s = pStart[i] ?? 0;
      const e = pEnd[i] ?? 0;
      const c = count[i] ?? 0;
      const sup = supp[i] === 1;
      const rel = s - first;
      const bi = rel >= 0 && rel < span ? (monthBucket[rel] ?? -1) : -1;
      if (bi >= 0 && e <= (bucketEnd[bi] ?? 0)) {
        if (chosenTable[bi] === t)
          place(
            t,
            byOff ? (nodeSeries[o] ?? -1) : byOut ? (nodeSeries[u] ?? -1) : 0,
            c,
            sup,
            bi,
            byOff ? o : u,
          );
      } else if (c === 0 && !sup) {
        // a zero over a longer span is a zero in every period inside it
        for (let xi = 0; xi < nb; xi++) {
          if ((bucketStart[xi] ?? 0) <= e && s <= (bucketEnd[xi] ?? 0) && chosenTable[xi] === t)
            place(
              t,
              byOff ? (nodeSeries[o] ?? -1) : byOut ? (nodeSeries[u] ?? -1) : 0,
              0,
              false,
              xi,
              byOff ? o : u,
            );
        }
      }
    }
  }

  function place(
    t: TableInfo,
    series: number,
    c: number,
    sup: boolean,
    bi: number,
    node: number,
  ): void {
    if (series < 0) {
      uNbd[bi] = (uNbd[bi] ?? 0) + c;
      if (sup) uSupp[S * nb + bi] = 1;
      const b = bks[bi];
      if (c > 0 && b) notes.coarse(t.force, b, node, c);
      return;
    }
    const k = series * nb + bi;
    uHit[k] = 1;
    uVal[k] = (uVal[k] ?? 0) + c;
    if (sup) {
      uSupp[k] = 1;
      const b = bks[bi];
      if (b) notes.suppressed(t.force, b);
    }
  }

  function merge(f: number, bi: number, unitSeries: number, exact: boolean): void {
    const nbd = uNbd[bi] ?? 0;
    const nbdSupp = uSupp[S * nb + bi] === 1;
    // a series the force's figures do not mention is a true 0 only when they account for every crime
    const full = exact && nbd === 0 && !nbdSupp;
    let total = nbd;
    let anySupp = nbdSupp;
    if (plan.dimension === 'unit') {
      const supp = uSupp[bi] === 1;
      if (uHit[bi] === 1 || full) {
        if (uHit[bi] === 1) mentioned[unitSeries] = 1;
        grid.add(unitSeries, bi, uVal[bi] ?? 0, f, supp);
        total += uVal[bi] ?? 0;
        anySupp ||= supp;
      }
    } else {
      if (full) grid.addFull(bi, f);
      for (let s = 0; s < S; s++) {
        const k = s * nb + bi;
        if (uHit[k] !== 1) continue;
        const supp = uSupp[k] === 1;
        anySupp ||= supp;
        mentioned[s] = 1;
        grid.add(s, bi, uVal[k] ?? 0, f, supp);
        total += uVal[k] ?? 0;
      }
      grid.add(S, bi, nbd, f, nbdSupp);
    }
    if (!full) incomplete[bi] = 1;
    totals.add(0, bi, total, f, anySupp);
    // where a breakdown does not add up to the total it is set against, the crimes are the total
    if (uHasWhole[bi] === 1) crimes.add(0, bi, uWhole[bi] ?? 0, f, uWholeSupp[bi] === 1);
    else crimes.add(0, bi, total, f, anySupp);
  }

  /**
   * A published selection: its rows answer the series they name, as published; every other series,
   * and the force's number of crimes, are unknown, never 0. Its figures are in the sum of what is
   * drawn (`totals`), never in the crimes.
   */
  function mergeSelection(f: number, bi: number): void {
    const force = FORCES[f]?.id ?? '';
    let total = 0;
    let anySupp = false;
    for (let s = 0; s < S; s++) {
      const k = s * nb + bi;
      if (uHit[k] !== 1) {
        missing[k]?.add(force);
        continue;
      }
      mentioned[s] = 1;
      grid.add(s, bi, uVal[k] ?? 0, f, uSupp[k] === 1);
      total += uVal[k] ?? 0;
      anySupp ||= uSupp[k] === 1;
    }
    const nbd = uNbd[bi] ?? 0;
    const nbdSupp = uSupp[S * nb + bi] === 1;
    if (nbd > 0 || nbdSupp) {
      grid.add(S, bi, nbd, f, nbdSupp);
      total += nbd;
      anySupp ||= nbdSupp;
    } else missing[S * nb + bi]?.add(force);
    totals.add(0, bi, total, f, anySupp);
    outOfCrimes[bi]?.add(force);
    incomplete[bi] = 1;
  }

  /** The published words and caveats of the figures this unit's answer is drawn from. */
  function collectWording(f: number, p: number, unitSeries: number): void {
    const fs = store.facts;
    const span = monthBucket.length;
    // each table once: the tables chosen, and those whose totals their breakdowns are set against
    const uses = new Map<TableInfo, boolean>();
    for (const c of chosen) {
      if (!c) continue;
      if (!uses.has(c.table)) uses.set(c.table, false);
      if (c.remainderFrom) uses.set(c.remainderFrom, true);
    }
    for (const [t, isTotal] of uses) {
      for (let i = fs.start[t.index] ?? 0; i < (fs.end[t.index] ?? 0); i++) {
        const w = store.wording.get(i);
        if (!w) continue;
        const rel = (fs.pStart[i] ?? 0) - first;
        const bi = rel >= 0 && rel < span ? (monthBucket[rel] ?? -1) : -1;
        const c = chosen[bi];
        const b = bks[bi];
        if (!c || !b || (fs.pEnd[i] ?? 0) > b.end) continue;
        if ((isTotal ? c.remainderFrom : c.table) !== t) continue;
        const o = fs.off[i] ?? 0;
        const u = fs.out[i] ?? 0;
        if (offState[o] !== IN || outState[u] !== IN) continue;
        if (wording.length >= MAX_WORDING) return;
        wording.push({
          force: FORCES[f]?.id ?? '',
          forceName: FORCES[f]?.name ?? '',
          platform: PLATFORMS[p]?.id ?? '',
          period: b.id,
          series: isTotal ? null : seriesKey(o, u, unitSeries),
          count: fs.supp[i] === 1 ? null : (fs.count[i] ?? 0),
          asPublished: w.asPublished,
          note: w.note,
          source: w.source === null ? null : (store.sources.get(w.source)?.id ?? null),
        });
      }
    }
    // another table's statement of the very same figure (a three-year total beside three yearly
    // ones, "no charges this year" beside "none in three years"): not what was summed, but published
    // words about this cell, so they reach its reader too
    const others = (store.unitTables[unitOf(f, p)] ?? []).filter(
      (t) => !uses.has(t) && isActive(t, q.version),
    );
    for (const t of others) {
      for (let i = fs.start[t.index] ?? 0; i < (fs.end[t.index] ?? 0); i++) {
        const w = store.wording.get(i);
        if (!w) continue;
        const rel = (fs.pStart[i] ?? 0) - first;
        const bi = rel >= 0 && rel < span ? (monthBucket[rel] ?? -1) : -1;
        const b = bks[bi];
        if (!chosen[bi] || !b || fs.pStart[i] !== b.start || fs.pEnd[i] !== b.end) continue;
        const o = fs.off[i] ?? 0;
        const u = fs.out[i] ?? 0;
        const cell = wholeCell(o, u);
        if (cell === null) continue;
        if (wording.length >= MAX_WORDING) return;
        wording.push({
          force: FORCES[f]?.id ?? '',
          forceName: FORCES[f]?.name ?? '',
          platform: PLATFORMS[p]?.id ?? '',
          period: b.id,
          series: cell === 'total' ? null : seriesKey(o, u, unitSeries),
          count: fs.supp[i] === 1 ? null : (fs.count[i] ?? 0),
          asPublished: w.asPublished,
          note: w.note,
          source: w.source === null ? null : (store.sources.get(w.source)?.id ?? null),
        });
      }
    }
  }

  /**
   * Which whole cell of the answer a fact states, if any: a series' cell (its node in the split
   * dimension is the series' own node) or the total's (the one top of the selection there), and in
   * every other dimension the one top of the selection. A fact of a part of a cell states no cell.
   */
  function wholeCell(o: number, u: number): 'series' | 'total' | null {
    const top = (h: Hierarchy, state: Uint8Array, n: number): boolean => {
      if (state[n] !== IN) return false;
      const parent = h.parent[n] ?? -1;
      if (parent >= 0 && state[parent] === IN) return false;
      return h.nodes.every((_, k) => state[k] !== IN || isWithin(h, k, n));
    };
    const own = (h: Hierarchy, n: number) =>
      plan.defs[plan.nodeSeries[n] ?? -1]?.key === h.nodes[n]?.id;
    const offTop = top(offenceHierarchy, offState, o);
    const outTop = top(outcomeHierarchy, outState, u);
    switch (plan.dimension) {
      case 'offence':
        if (!outTop) return null;
        return offTop ? 'total' : offState[o] === IN && own(offenceHierarchy, o) ? 'series' : null;
      case 'outcome':
        if (!offTop) return null;
        return outTop ? 'total' : outState[u] === IN && own(outcomeHierarchy, u) ? 'series' : null;
      case 'unit':
        return offTop && outTop ? 'series' : null;
    }
  }

  function seriesKey(o: number, u: number, unitSeries: number): string {
    if (plan.dimension === 'unit') return plan.defs[unitSeries]?.key ?? '';
    const node = plan.dimension === 'offence' ? o : u;
    const s = plan.nodeSeries[node] ?? -1;
    return s < 0 ? NOT_BROKEN_DOWN_KEY : (plan.defs[s]?.key ?? '');
  }

  return finish();

  function finish(): Answer {
    const values = (g: Grid, row: number): (number | null)[] =>
      bks.map((_, bi) => {
        const k = row * nb + bi;
        if (!g.isKnown(row, bi)) return null;
        const v = g.value[k] ?? 0;
        // only suppressed figures, or zeros beside them: a lower bound of 0 says nothing, and would
        // read as a true zero (in the CSV, which has no flag); it is not a number
        if (v === 0 && g.suppressed[k] === 1) return null;
        switch (q.measure) {
          case 'count':
            return v;
          case 'rate': {
            const r = g.rate(row, bi);
            if (r.popless) notes.rateWithoutPopulation();
            return r.rate;
          }
          case 'share': {
            const tk = bi;
            const t = totals.isKnown(0, tk) ? (totals.value[tk] ?? 0) : null;
            return t !== null && t > 0 ? round((v / t) * 100, PLACES) : null;
          }
        }
      });
    const missingOf = (row: number) => bks.map((_, bi) => [...(missing[row * nb + bi] ?? [])]);
    const suppressedOf = (g: Grid, row: number) =>
      bks.map((_, bi) => g.suppressed[row * nb + bi] === 1);

    const series: Series[] = [];
    const selected = new Set(
      plan.dimension === 'offence'
        ? q.offences.map((o) => offenceHierarchy.nodes[o]?.id)
        : plan.dimension === 'outcome'
          ? q.outcomes.map((o) => outcomeHierarchy.nodes[o]?.id)
          : [],
    );
    plan.defs.forEach((d, s) => {
      const counts = bks.map((_, bi) =>
        grid.isKnown(s, bi) ? (grid.value[s * nb + bi] ?? 0) : null,
      );
      const keep =
        plan.dimension === 'unit' ||
        selected.has(d.key) ||
        mentioned[s] === 1 ||
        counts.some((v) => v !== null && v > 0) ||
        bks.some((_, bi) => grid.suppressed[s * nb + bi] === 1);
      if (!keep) return;
      series.push({
        key: d.key,
        label: d.label,
        kind: 'series',
        values: values(grid, s),
        missing: missingOf(s),
        suppressed: suppressedOf(grid, s),
      });
    });
    const nbdCounts = bks.map((_, bi) => grid.value[S * nb + bi] ?? 0);
    if (
      plan.dimension !== 'unit' &&
      (nbdCounts.some((v) => v > 0) || bks.some((_, bi) => grid.suppressed[S * nb + bi] === 1))
    ) {
      series.push({
        key: NOT_BROKEN_DOWN_KEY,
        label: 'Not broken down',
        kind: 'not-broken-down',
        values: values(grid, S),
        missing: missingOf(S),
        suppressed: suppressedOf(grid, S),
      });
    }

    // a selection is missing from the series it does not list, but is in the sum of what is drawn
    const totalMissing = bks.map((_, bi) => {
      const all = new Set<string>();
      for (let s = 0; s <= S; s++) for (const m of missing[s * nb + bi] ?? []) all.add(m);
      return [...all].filter((m) => outOfCrimes[bi]?.has(m) !== true);
    });
    const crimesMissing = bks.map((_, bi) => [
      ...new Set([...(totalMissing[bi] ?? []), ...(outOfCrimes[bi] ?? [])]),
    ]);
    const wholeValues = (g: Grid) =>
      bks.map((_, bi) => {
        if (!g.isKnown(0, bi)) return null;
        const v = g.value[bi] ?? 0;
        if (v === 0 && g.suppressed[bi] === 1) return null;
        if (q.measure === 'count') return v;
        if (q.measure === 'share') return v > 0 ? 100 : null;
        const r = g.rate(0, bi);
        if (r.popless) notes.rateWithoutPopulation();
        return r.rate;
      });

    const periods: Period[] = bks.map((b) => ({
      id: b.id,
      label: b.label,
      start: formatMonth(b.start),
      end: formatMonth(b.end),
      partial: b.start !== b.full.start || b.end !== b.full.end,
    }));
    if (periods.some((p) => p.partial)) notes.partialPeriods(periods.filter((p) => p.partial));

    return {
      periods,
      series,
      totals: {
        values: wholeValues(totals),
        missing: totalMissing,
        suppressed: bks.map((_, bi) => totals.suppressed[bi] === 1),
        complete: bks.map((_, bi) => totals.isKnown(0, bi) && incomplete[bi] !== 1),
      },
      crimes: {
        values: wholeValues(crimes),
        missing: crimesMissing,
        suppressed: bks.map((_, bi) => crimes.suppressed[bi] === 1),
      },
      coverage: {
        forces: q.forces.filter((f) => answeredForces.has(f)).map((f) => FORCES[f]?.id ?? ''),
        platforms: q.platforms
          .filter((p) => answeredPlatforms.has(p))
          .map((p) => PLATFORMS[p]?.id ?? ''),
      },
      wording,
      notes: notes.list(),
      sources: [...usedSources].flatMap((id) => {
        const s = store.sources.get(id);
        return s ? [s] : [];
      }),
      unit: UNITS[q.measure],
    };
  }
}
