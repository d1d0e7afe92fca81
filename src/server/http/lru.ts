/**
 * A cache bounded by the bytes it holds, dropping the least recently used entry first. A Map keeps
 * insertion order, so an entry read is moved to the end and the first key is always the oldest.
 */
export class Lru<V> {
  private readonly entries = new Map<string, { value: V; bytes: number }>();
  private held = 0;
  private readonly maxBytes: number;
  private readonly sizeOf: (value: V) => number;

  constructor(maxBytes: number, sizeOf: (value: V) => number) {
    this.maxBytes = maxBytes;
    this.sizeOf = sizeOf;
  }

  get(key: string): V | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    this.entries.delete(key);
    this.entries.set(key, e);
    return e.value;
  }

  set(key: string, value: V): void {
    const bytes = this.sizeOf(value) + key.length;
    // an entry larger than the whole cache would only push everything else out
    if (bytes > this.maxBytes) return;
    const old = this.entries.get(key);
    if (old) {
      this.held -= old.bytes;
      this.entries.delete(key);
    }
    this.entries.set(key, { value, bytes });
    this.held += bytes;
    for (const [k, e] of this.entries) {
      if (this.held <= this.maxBytes) break;
      this.entries.delete(k);
      this.held -= e.bytes;
    }
  }

  get size(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.held;
  }
}
