import { ancestorsOrSelf, type Hierarchy } from '@shared/hierarchy.ts';
import { overlaps, type MonthRange } from '@shared/period.ts';
import { offenceHierarchy, OFFENCE_LEVELS } from '@shared/reference/offences.ts';
import { outcomeHierarchy, OUTCOME_LEVELS } from '@shared/reference/outcomes.ts';
import type { FactInput } from '../load/plan.ts';
import { detach } from './vocabulary.ts';

/**
 * One table of a return, held as columns of numbers: a million-row file fits in a few tens of
 * megabytes, and facts are made one at a time only while they are written.
 */

/** Strings that repeat on many rows (sources, notes, published wording) are stored once. */
export class Strings {
  private readonly index = new Map<string, number>();
  readonly values: string[] = [];

  id(text: string | null): number {
    if (text === null) return -1;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.values.length;
      const kept = detach(text);
      this.values.push(kept);
      this.index.set(kept, i);
    }
    return i;
  }

  get(i: number): string | null {
    return i < 0 ? null : (this.values[i] ?? null);
  }
}

const COLUMNS = ['row', 'start', 'end', 'count', 'source', 'published', 'note'] as const;

export interface Cell {
  row: number;
  start: number;
  end: number;
  offence: string;
  outcome: string;
  /** null: suppressed */
  count: number | null;
  source: number;
  published: number;
  note: number;
}

function nodeIndex(h: Hierarchy, id: string): number {
  const i = h.indexOf.get(id);
  if (i === undefined) throw new Error(`'${id}' is not in the hierarchy`);
  return i;
}

export class TableBuilder {
  readonly name: string;
  readonly force: string;
  readonly platform: string;
  readonly complete: boolean;
  /** the row that first said whether the table is complete */
  readonly completeRow: number;
  length = 0;
  suppressed = 0;
  private capacity = 16;
  private ints: Record<(typeof COLUMNS)[number], Int32Array>;
  private off = new Uint16Array(16);
  private out = new Uint16Array(16);

  constructor(name: string, force: string, platform: string, complete: boolean, firstRow: number) {
    this.name = name;
    this.force = force;
    this.platform = platform;
    this.complete = complete;
    this.completeRow = firstRow;
    this.ints = Object.fromEntries(COLUMNS.map((c) => [c, new Int32Array(16)])) as Record<
      (typeof COLUMNS)[number],
      Int32Array
    >;
  }

  add(c: Cell): void {
    if (this.length === this.capacity) this.grow();
    const n = this.length++;
    const ints = this.ints;
    ints.row[n] = c.row;
    ints.start[n] = c.start;
    ints.end[n] = c.end;
    ints.count[n] = c.count ?? -1;
    if (c.count === null) this.suppressed++;
    ints.source[n] = c.source;
    ints.published[n] = c.published;
    ints.note[n] = c.note;
    this.off[n] = nodeIndex(offenceHierarchy, c.offence);
    this.out[n] = nodeIndex(outcomeHierarchy, c.outcome);
  }

  private grow(): void {
    this.capacity *= 2;
    for (const c of COLUMNS) {
      const next = new Int32Array(this.capacity);
      next.set(this.ints[c]);
      this.ints[c] = next;
    }
    const off = new Uint16Array(this.capacity);
    off.set(this.off);
    this.off = off;
    const out = new Uint16Array(this.capacity);
    out.set(this.out);
    this.out = out;
  }

  get firstRow(): number {
    return this.ints.row[0] ?? 0;
  }

  /** the source named on the table's first row, if any */
  firstSource(strings: Strings): string | null {
    return this.length > 0 ? strings.get(this.ints.source[0] ?? -1) : null;
  }

  rows(): number[] {
    return Array.from(this.ints.row.subarray(0, this.length));
  }

  /** distinct periods, by start then end */
  periods(): MonthRange[] {
    const seen = new Map<number, MonthRange>();
    for (let i = 0; i < this.length; i++) {
      const start = this.ints.start[i] ?? 0;
      const end = this.ints.end[i] ?? 0;
      seen.set(start * 65536 + end, { start, end });
    }
    return [...seen.entries()].sort((a, b) => a[0] - b[0]).map(([, p]) => p);
  }

  /** the finest offence and outcome levels among the facts, as the writer computes them */
  levels(): { offence: string; outcome: string } {
    let offRank = 0;
    let outRank = 0;
    for (let i = 0; i < this.length; i++) {
      offRank = Math.max(offRank, offenceHierarchy.rank[this.off[i] ?? 0] ?? 0);
      outRank = Math.max(outRank, outcomeHierarchy.rank[this.out[i] ?? 0] ?? 0);
    }
    return { offence: OFFENCE_LEVELS[offRank] ?? 'all', outcome: OUTCOME_LEVELS[outRank] ?? 'all' };
  }

  *facts(strings: Strings, defaultSource: string): Generator<FactInput> {
    const ints = this.ints;
    for (let i = 0; i < this.length; i++) {
      const count = ints.count[i] ?? -1;
      const source = ints.source[i] ?? -1;
      yield {
        start: ints.start[i] ?? 0,
        end: ints.end[i] ?? 0,
        offence: offenceHierarchy.nodes[this.off[i] ?? 0]?.id ?? '',
        outcome: outcomeHierarchy.nodes[this.out[i] ?? 0]?.id ?? '',
        count: count < 0 ? null : count,
        source: source >= 0 ? strings.get(source) : defaultSource === '' ? null : defaultSource,
        asPublished: strings.get(ints.published[i] ?? -1),
        note: strings.get(ints.note[i] ?? -1),
      };
    }
  }

  /**
   * Rows that repeat another row's cell (the same period, offence and outcome), and rows that count
   * crimes another row also counts: a "Total" row among a breakdown, or a year beside its months. A
   * table's rows must be disjoint, or the answers would count twice. Checked once the file is read,
   * table by table, so the index it needs is never held for the whole load.
   */
  check(): { repeats: [row: number, earlier: number][]; overlaps: Map<number, number[]> } {
    const repeats: [number, number][] = [];
    const found = new Map<number, number[]>();
    const periods = this.periods();
    const byPeriod = new Map<number, Map<number, number>>();
    for (let i = 0; i < this.length; i++) {
      const pk = (this.ints.start[i] ?? 0) * 65536 + (this.ints.end[i] ?? 0);
      let cells = byPeriod.get(pk);
      if (!cells) {
        cells = new Map<number, number>();
        byPeriod.set(pk, cells);
      }
      const key = (this.off[i] ?? 0) * 65536 + (this.out[i] ?? 0);
      const row = this.ints.row[i] ?? 0;
      const earlier = cells.get(key);
      if (earlier === undefined) cells.set(key, row);
      else repeats.push([row, earlier]);
    }
    for (let i = 0; i < this.length; i++) {
      const p = { start: this.ints.start[i] ?? 0, end: this.ints.end[i] ?? 0 };
      const off = this.off[i] ?? 0;
      const out = this.out[i] ?? 0;
      const row = this.ints.row[i] ?? 0;
      for (const q of periods) {
        if (!overlaps(p, q)) continue;
        const same = q.start === p.start && q.end === p.end;
        const cells = byPeriod.get(q.start * 65536 + q.end);
        if (!cells) continue;
        for (const a of OFFENCE_UP[off] ?? []) {
          for (const b of OUTCOME_UP[out] ?? []) {
            if (same && a === off && b === out) continue;
            const other = cells.get(a * 65536 + b);
            // the same cell in two overlapping periods: the longer period covers the shorter
            if (
              other === undefined ||
              (a === off && b === out && q.end - q.start < p.end - p.start)
            )
              continue;
            const list = found.get(other) ?? [];
            list.push(row);
            found.set(other, list);
          }
        }
      }
    }
    return { repeats, overlaps: found };
  }
}

const OFFENCE_UP = offenceHierarchy.nodes.map((_, i) => ancestorsOrSelf(offenceHierarchy, i));
const OUTCOME_UP = outcomeHierarchy.nodes.map((_, i) => ancestorsOrSelf(outcomeHierarchy, i));
