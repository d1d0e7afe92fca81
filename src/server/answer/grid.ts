import { FORCES } from '@shared/reference/forces.ts';

/**
 * Accumulators for one grid of series × periods. A force whose figures for a period account for every
 * crime is "full" there: it contributes a known 0 to every series it does not mention. Populations are
 * tracked only for rates, as sets of contributing forces, so that a force counts once per cell.
 */
export class Grid {
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

  /** the crimes per 100,000 residents of the contributing forces that have a population, unrounded */
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
      rate: population > 0 ? ((this.valueWithPop[k] ?? 0) / population) * 100_000 : null,
      popless,
    };
  }
}
