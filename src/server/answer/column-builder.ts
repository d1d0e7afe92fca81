import type { Columns } from './store.ts';

/**
 * Growable columns. Counts are doubles: a rollup's sum of whole counts stays exact.
 *
 * A store's columns are views of the first rows of larger arrays. The next version's store writes its
 * new rows into the rest of the same arrays and takes longer views: the previous store's views never
 * cover those rows, so both stay valid, and an import of a few rows copies nothing. Only when the
 * arrays are full are they copied into larger ones.
 */
export class ColumnBuilder {
  private capacity: number;
  length = 0;
  private pStart: Int32Array;
  private pEnd: Int32Array;
  private off: Uint16Array;
  private out: Uint16Array;
  private count: Float64Array;
  private supp: Uint8Array;

  constructor(capacity = 1024) {
    this.capacity = capacity;
    this.pStart = new Int32Array(capacity);
    this.pEnd = new Int32Array(capacity);
    this.off = new Uint16Array(capacity);
    this.out = new Uint16Array(capacity);
    this.count = new Float64Array(capacity);
    this.supp = new Uint8Array(capacity);
  }

  /** Columns that continue the first `rows` rows of `previous`, in its arrays while they have room. */
  static continuing(previous: Columns, rows: number): ColumnBuilder {
    const room = (a: { buffer: ArrayBufferLike; byteOffset: number; BYTES_PER_ELEMENT: number }) =>
      a.byteOffset === 0 ? a.buffer.byteLength / a.BYTES_PER_ELEMENT : 0;
    const capacity = Math.min(
      room(previous.pStart),
      room(previous.pEnd),
      room(previous.off),
      room(previous.out),
      room(previous.count),
      room(previous.supp),
    );
    const b = new ColumnBuilder(0);
    if (capacity <= rows) {
      b.grow(Math.max(1024, Math.ceil(rows * 1.25)));
      b.append(previous, 0, rows);
      return b;
    }
    b.capacity = capacity;
    b.pStart = new Int32Array(previous.pStart.buffer, 0, capacity);
    b.pEnd = new Int32Array(previous.pEnd.buffer, 0, capacity);
    b.off = new Uint16Array(previous.off.buffer, 0, capacity);
    b.out = new Uint16Array(previous.out.buffer, 0, capacity);
    b.count = new Float64Array(previous.count.buffer, 0, capacity);
    b.supp = new Uint8Array(previous.supp.buffer, 0, capacity);
    b.length = rows;
    return b;
  }

  push(s: number, e: number, o: number, u: number, c: number, supp: number): void {
    if (this.length === this.capacity) this.grow(Math.max(1024, Math.ceil(this.capacity * 1.5)));
    const n = this.length++;
    this.pStart[n] = s;
    this.pEnd[n] = e;
    this.off[n] = o;
    this.out[n] = u;
    this.count[n] = c;
    this.supp[n] = supp;
  }

  /** Rows [from, to) of other columns, copied at the end. */
  append(c: Columns, from = 0, to = c.pStart.length): void {
    const n = to - from;
    if (this.length + n > this.capacity)
      this.grow(Math.max(Math.ceil(this.capacity * 1.5), this.length + n));
    const at = this.length;
    this.pStart.set(c.pStart.subarray(from, to), at);
    this.pEnd.set(c.pEnd.subarray(from, to), at);
    this.off.set(c.off.subarray(from, to), at);
    this.out.set(c.out.subarray(from, to), at);
    this.count.set(c.count.subarray(from, to), at);
    this.supp.set(c.supp.subarray(from, to), at);
    this.length += n;
  }

  private grow(capacity: number): void {
    this.capacity = capacity;
    const n = this.length;
    const grow = <T extends Int32Array | Uint16Array | Uint8Array | Float64Array>(
      a: T,
      make: (n: number) => T,
    ): T => {
      const b = make(capacity);
      b.set(a.subarray(0, n));
      return b;
    };
    this.pStart = grow(this.pStart, (k) => new Int32Array(k));
    this.pEnd = grow(this.pEnd, (k) => new Int32Array(k));
    this.off = grow(this.off, (k) => new Uint16Array(k));
    this.out = grow(this.out, (k) => new Uint16Array(k));
    this.count = grow(this.count, (k) => new Float64Array(k));
    this.supp = grow(this.supp, (k) => new Uint8Array(k));
  }

  /** The rows so far, as views; room is left for the next version's rows, but not much more. */
  columns(): Columns {
    const n = this.length;
    if (this.capacity > Math.max(1024, n * 1.25)) this.grow(Math.max(1024, Math.ceil(n * 1.1)));
    return {
      pStart: this.pStart.subarray(0, n),
      pEnd: this.pEnd.subarray(0, n),
      off: this.off.subarray(0, n),
      out: this.out.subarray(0, n),
      count: this.count.subarray(0, n),
      supp: this.supp.subarray(0, n),
    };
  }
}
