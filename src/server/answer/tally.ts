import { FORCES } from '@shared/reference/forces.ts';
import { PLATFORMS } from '@shared/reference/platforms.ts';
import { selectionSum, type Choice } from './choose.ts';
import type { UnitChoices } from './choose-tables.ts';
import type { Frame } from './frame.ts';
import { Grid } from './grid.ts';
import { IN } from './selection.ts';
import type { TableInfo } from './store.ts';

/**
 * The accumulate stage: each force and platform's chosen tables added into the answer's grids. A
 * unit's facts go first into scratch rows (reused), then merge into the series, the sum of what is
 * drawn (`totals`) and the number of crimes (`crimes`).
 */
export class Tally {
  readonly grid: Grid;
  readonly totals: Grid;
  /** each force's number of crimes, where its breakdown's sum is not that number */
  readonly crimes: Grid;
  /**
   * per period: forces whose figures are drawn but whose number of crimes is unknown (a selection);
   * undefined: none
   */
  readonly outOfCrimes: (Set<string> | undefined)[];
  /** by force and platform index: 1 where some period is answered */
  readonly answeredForces = new Uint8Array(FORCES.length);
  readonly answeredPlatforms = new Uint8Array(PLATFORMS.length);
  /** per period: some answering force's figures do not account for every crime in the split */
  readonly incomplete: Uint8Array;
  /** per series (and Not broken down) × period: forces in scope that contribute nothing (undefined: none) */
  readonly missing: (Set<string> | undefined)[];
  readonly usedSources = new Set<number>();
  /** series that some published figure names, even as 0 ("no charges") */
  readonly mentioned: Uint8Array;

  // a unit's scratch rows: all 0 whenever no unit is being added
  private readonly uVal: Float64Array;
  private readonly uHit: Uint8Array;
  private readonly uSupp: Uint8Array;
  private readonly uNbd: Float64Array;
  /** the unit's total, from the coarser table its partial breakdown is set against */
  private readonly uWhole: Float64Array;
  private readonly uWholeSupp: Uint8Array;
  private readonly uHasWhole: Uint8Array;
  /**
   * The sum of the units merged by mergeUnit or addExactUnit, whose crimes are their totals: added
   * into `totals` and `crimes` once, by finish(). Counts are whole numbers, so the order of the sums
   * does not change them.
   */
  private readonly plainValue: Float64Array;
  private readonly plainKnown: Uint8Array;
  private readonly plainSupp: Uint8Array;
  private finished = false;
  private readonly fr: Frame;

  constructor(fr: Frame) {
    this.fr = fr;
    const { S, nb } = fr;
    const rates = fr.q.measure === 'rate';
    this.grid = new Grid(S + 1, nb, rates); // the last row is "Not broken down"
    this.totals = new Grid(1, nb, rates);
    this.crimes = new Grid(1, nb, rates);
    this.outOfCrimes = new Array<Set<string> | undefined>(nb).fill(undefined);
    this.incomplete = new Uint8Array(nb);
    this.missing = new Array<Set<string> | undefined>((S + 1) * nb).fill(undefined);
    this.mentioned = new Uint8Array(S);
    this.uVal = new Float64Array(S * nb);
    this.uHit = new Uint8Array(S * nb);
    this.uSupp = new Uint8Array((S + 1) * nb);
    this.uNbd = new Float64Array(nb);
    this.uWhole = new Float64Array(nb);
    this.uWholeSupp = new Uint8Array(nb);
    this.uHasWhole = new Uint8Array(nb);
    this.plainValue = new Float64Array(nb);
    this.plainKnown = new Uint8Array(nb);
    this.plainSupp = new Uint8Array(nb);
  }

  markMissing(series: number, bi: number, force: string): void {
    addTo(this.missing, series * this.fr.nb + bi, force);
  }

  /**
   * Add one force and platform's chosen tables (one per period, null: none), as worked out once per
   * kind of question (choose-tables.ts).
   */
  addUnit(f: number, p: number, unit: UnitChoices, unitSeries: number): void {
    const { fr } = this;
    const { chosen, tableAt, scan } = unit;
    this.answeredForces[f] = 1;
    this.answeredPlatforms[p] = 1;
    // a split by force, region, platform or nothing, no rates (no populations to track), no partial
    // tables: the unit's figures go straight into its one series
    const simple = unit.plain && fr.plan.dimension === 'unit' && fr.q.measure !== 'rate';
    if (simple && unit.allExact) {
      this.addExactUnit(unit, unitSeries);
      return;
    }
    // a unit is almost always answered by one table for every period: each table is scanned once
    const used = this.usedSources;
    for (const t of scan) {
      for (const id of t.sources) used.add(id);
      this.accumulate(t, tableAt);
    }
    if (simple) {
      this.mergeUnit(unit, unitSeries);
      return;
    }
    for (let bi = 0; bi < chosen.length; bi++) {
      const c = chosen[bi];
      if (!c || !fr.bks[bi]) continue;
      if (c.remainderFrom) this.remainder(f, p, c, bi);
      if (c.selection) this.mergeSelection(f, bi);
      else this.merge(f, bi, unitSeries, c.exact);
    }
    this.uVal.fill(0);
    this.uHit.fill(0);
    this.uSupp.fill(0);
    this.uNbd.fill(0);
    this.uHasWhole.fill(0);
  }

  /** A partial breakdown set against a coarser table's total: the rest is Not broken down. */
  private remainder(f: number, p: number, c: Choice, bi: number): void {
    const { fr } = this;
    const b = fr.bks[bi];
    if (!c.remainderFrom || !b) return;
    for (const id of c.remainderFrom.sources) this.usedSources.add(id);
    const whole = selectionSum(fr.store, c.remainderFrom, b, fr.ctx);
    const part = selectionSum(fr.store, c.table, b, fr.ctx);
    this.uHasWhole[bi] = 1;
    this.uWhole[bi] = whole.value;
    this.uWholeSupp[bi] = whole.suppressed ? 1 : 0;
    if (!whole.suppressed && !part.suppressed && whole.value >= part.value) {
      this.uNbd[bi] = (this.uNbd[bi] ?? 0) + whole.value - part.value;
      fr.notes.partialBreakdown(f, p, b, c.table, part.value, whole.value);
    } else if (whole.suppressed || part.suppressed) {
      fr.notes.suppressed(f, b);
    }
  }

  /**
   * Add a chosen table's facts into the unit's scratch rows. The hot loop of every answer: it reads
   * the smallest column set that can answer the question and does only integer work per row.
   */
  private accumulate(t: TableInfo, chosenTable: readonly (TableInfo | null)[]): void {
    const { cols, plan, offState, outState, monthBucket, first, bucketStart, bucketEnd, nb } =
      this.fr;
    const { pStart, pEnd, off, out, count, supp } = cols;
    const { uHit, uVal } = this;
    const nodeSeries = plan.nodeSeries;
    const inside = IN;
    const byOff = plan.dimension === 'offence';
    const byOut = plan.dimension === 'outcome';
    const span = monthBucket.length;
    const end = cols.end[t.index] ?? 0;
    for (let i = cols.start[t.index] ?? 0; i < end; i++) {
      const o = off[i] ?? 0;
      const u = out[i] ?? 0;
      if (offState[o] !== inside || outState[u] !== inside) continue;
      const s = pStart[i] ?? 0;
      const e = pEnd[i] ?? 0;
      const c = count[i] ?? 0;
      const sup = supp[i] === 1;
      const rel = s - first;
      const bi = rel >= 0 && rel < span ? (monthBucket[rel] ?? -1) : -1;
      const series = byOff ? (nodeSeries[o] ?? -1) : byOut ? (nodeSeries[u] ?? -1) : 0;
      const node = byOff ? o : u;
      if (bi >= 0 && e <= (bucketEnd[bi] ?? 0)) {
        if (chosenTable[bi] !== t) continue;
        if (series >= 0 && !sup) {
          // place(), for the common row: a known figure in a series
          const k = series * nb + bi;
          uHit[k] = 1;
          uVal[k] = (uVal[k] ?? 0) + c;
        } else this.place(t, series, c, sup, bi, node);
      } else if (c === 0 && !sup) {
        // a zero over a longer span is a zero in every period inside it
        for (let xi = 0; xi < nb; xi++) {
          if ((bucketStart[xi] ?? 0) <= e && s <= (bucketEnd[xi] ?? 0) && chosenTable[xi] === t)
            this.place(t, series, 0, false, xi, node);
        }
      }
    }
  }

  private place(
    t: TableInfo,
    series: number,
    c: number,
    sup: boolean,
    bi: number,
    node: number,
  ): void {
    const { S, nb, bks, notes } = this.fr;
    if (series < 0) {
      this.uNbd[bi] = (this.uNbd[bi] ?? 0) + c;
      if (sup) this.uSupp[S * nb + bi] = 1;
      const b = bks[bi];
      if (c > 0 && b) notes.coarse(t.force, b, node, c);
      return;
    }
    const k = series * nb + bi;
    this.uHit[k] = 1;
    this.uVal[k] = (this.uVal[k] ?? 0) + c;
    if (sup) {
      this.uSupp[k] = 1;
      const b = bks[bi];
      if (b) notes.suppressed(t.force, b);
    }
  }

  private merge(f: number, bi: number, unitSeries: number, exact: boolean): void {
    const { S, nb, plan } = this.fr;
    const { uVal, uHit, uSupp, grid } = this;
    const nbd = this.uNbd[bi] ?? 0;
    const nbdSupp = uSupp[S * nb + bi] === 1;
    // a series the force's figures do not mention is a true 0 only when they account for every crime
    const full = exact && nbd === 0 && !nbdSupp;
    let total = nbd;
    let anySupp = nbdSupp;
    if (plan.dimension === 'unit') {
      const supp = uSupp[bi] === 1;
      if (uHit[bi] === 1 || full) {
        if (uHit[bi] === 1) this.mentioned[unitSeries] = 1;
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
        this.mentioned[s] = 1;
        grid.add(s, bi, uVal[k] ?? 0, f, supp);
        total += uVal[k] ?? 0;
      }
      grid.add(S, bi, nbd, f, nbdSupp);
    }
    if (!full) this.incomplete[bi] = 1;
    this.totals.add(0, bi, total, f, anySupp);
    // where a breakdown does not add up to the total it is set against, the crimes are the total
    if (this.uHasWhole[bi] === 1)
      this.crimes.add(0, bi, this.uWhole[bi] ?? 0, f, this.uWholeSupp[bi] === 1);
    else this.crimes.add(0, bi, total, f, anySupp);
  }

  /**
   * merge() for every period at once, for a unit of a simple split (see addUnit) some of whose periods
   * have no table, or a table that does not account for every crime.
   */
  private mergeUnit(unit: UnitChoices, unitSeries: number): void {
    const { S, nb } = this.fr;
    const { uVal, uHit, uSupp, uNbd, incomplete } = this;
    const { tableAt, exactAt } = unit;
    const gValue = this.grid.value;
    const gKnown = this.grid.known;
    const gSupp = this.grid.suppressed;
    const pValue = this.plainValue;
    const pKnown = this.plainKnown;
    const pSupp = this.plainSupp;
    const row = unitSeries * nb;
    const nbdRow = S * nb;
    let mentioned = false;
    for (let bi = 0; bi < nb; bi++) {
      if (tableAt[bi] === null) continue;
      const nbd = uNbd[bi] ?? 0;
      const nbdSupp = uSupp[nbdRow + bi] === 1;
      const full = exactAt[bi] === 1 && nbd === 0 && !nbdSupp;
      let total = nbd;
      let anySupp = nbdSupp;
      const hit = uHit[bi] === 1;
      const v = uVal[bi] ?? 0;
      const supp = uSupp[bi] === 1;
      // the only scratch a unit of a simple split writes (its one series, in periods with a chosen
      // table), cleared as it is read
      uVal[bi] = 0;
      uHit[bi] = 0;
      uSupp[bi] = 0;
      if (hit || full) {
        if (hit) mentioned = true;
        const k = row + bi;
        gValue[k] = (gValue[k] ?? 0) + v;
        gKnown[k] = 1;
        if (supp) gSupp[k] = 1;
        total += v;
        anySupp ||= supp;
      }
      if (!full) incomplete[bi] = 1;
      pValue[bi] = (pValue[bi] ?? 0) + total;
      pKnown[bi] = 1;
      if (anySupp) pSupp[bi] = 1;
    }
    if (mentioned) this.mentioned[unitSeries] = 1;
  }

  /**
   * A unit of a simple split (see addUnit) whose every period has a table that accounts for every
   * crime: accumulate() and mergeUnit() in one pass, each fact added straight into the unit's series
   * and the plain total. Monthly views of every force make 352 of these units × 39 months: kept to
   * plain array work.
   */
  private addExactUnit(unit: UnitChoices, unitSeries: number): void {
    const {
      cols,
      q,
      offState,
      outState,
      monthBucket,
      first,
      bucketStart,
      bucketEnd,
      nb,
      bks,
      notes,
    } = this.fr;
    const { pStart, pEnd, off, out, count, supp } = cols;
    const { tableAt, scan } = unit;
    const gValue = this.grid.value;
    const gSupp = this.grid.suppressed;
    const gKnown = this.grid.known;
    const pValue = this.plainValue;
    const pSupp = this.plainSupp;
    const used = this.usedSources;
    const filtered = q.offences.length > 0 || q.outcomes.length > 0;
    const inside = IN;
    const span = monthBucket.length;
    const row = unitSeries * nb;
    let mentioned = false;
    for (const t of scan) {
      for (const id of t.sources) used.add(id);
      const end = cols.end[t.index] ?? 0;
      for (let i = cols.start[t.index] ?? 0; i < end; i++) {
        if (filtered && (offState[off[i] ?? 0] !== inside || outState[out[i] ?? 0] !== inside))
          continue;
        const s = pStart[i] ?? 0;
        const e = pEnd[i] ?? 0;
        const c = count[i] ?? 0;
        const rel = s - first;
        const bi = rel >= 0 && rel < span ? (monthBucket[rel] ?? -1) : -1;
        if (bi >= 0 && e <= (bucketEnd[bi] ?? 0)) {
          if (tableAt[bi] !== t) continue;
          mentioned = true;
          gValue[row + bi] = (gValue[row + bi] ?? 0) + c;
          pValue[bi] = (pValue[bi] ?? 0) + c;
          if (supp[i] === 1) {
            gSupp[row + bi] = 1;
            pSupp[bi] = 1;
            const b = bks[bi];
            if (b) notes.suppressed(t.force, b);
          }
        } else if (c === 0 && supp[i] !== 1) {
          // a zero over a longer span is a zero in every period inside it
          for (let xi = 0; xi < nb; xi++) {
            if ((bucketStart[xi] ?? 0) <= e && s <= (bucketEnd[xi] ?? 0) && tableAt[xi] === t)
              mentioned = true;
          }
        }
      }
    }
    // every period is answered in full: a known figure, 0 where no fact is in it
    gKnown.fill(1, row, row + nb);
    this.plainKnown.fill(1);
    if (mentioned) this.mentioned[unitSeries] = 1;
  }

  /** Add the plain total into the totals and the crimes: once, when every unit has been added. */
  finish(): this {
    if (this.finished) return this;
    this.finished = true;
    const { nb } = this.fr;
    const { plainValue, plainKnown, plainSupp, totals, crimes } = this;
    for (let bi = 0; bi < nb; bi++) {
      if (plainKnown[bi] !== 1) continue;
      const v = plainValue[bi] ?? 0;
      totals.value[bi] = (totals.value[bi] ?? 0) + v;
      totals.known[bi] = 1;
      crimes.value[bi] = (crimes.value[bi] ?? 0) + v;
      crimes.known[bi] = 1;
      if (plainSupp[bi] === 1) {
        totals.suppressed[bi] = 1;
        crimes.suppressed[bi] = 1;
      }
    }
    return this;
  }

  /**
   * A published selection: its rows answer the series they name, as published; every other series,
   * and the force's number of crimes, are unknown, never 0. Its figures are in the sum of what is
   * drawn (`totals`), never in the crimes.
   */
  private mergeSelection(f: number, bi: number): void {
    const { S, nb } = this.fr;
    const { uVal, uHit, uSupp, grid, missing } = this;
    const force = FORCES[f]?.id ?? '';
    let total = 0;
    let anySupp = false;
    for (let s = 0; s < S; s++) {
      const k = s * nb + bi;
      if (uHit[k] !== 1) {
        addTo(missing, k, force);
        continue;
      }
      this.mentioned[s] = 1;
      grid.add(s, bi, uVal[k] ?? 0, f, uSupp[k] === 1);
      total += uVal[k] ?? 0;
      anySupp ||= uSupp[k] === 1;
    }
    const nbd = this.uNbd[bi] ?? 0;
    const nbdSupp = uSupp[S * nb + bi] === 1;
    if (nbd > 0 || nbdSupp) {
      grid.add(S, bi, nbd, f, nbdSupp);
      total += nbd;
      anySupp ||= nbdSupp;
    } else addTo(missing, S * nb + bi, force);
    this.totals.add(0, bi, total, f, anySupp);
    addTo(this.outOfCrimes, bi, force);
    this.incomplete[bi] = 1;
  }
}

/** Add a force to the set at `k`, made when the first one is added. */
function addTo(sets: (Set<string> | undefined)[], k: number, force: string): void {
  const set = sets[k];
  if (set) set.add(force);
  else sets[k] = new Set([force]);
}
