import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { MonthRange } from '@shared/period.ts';
import {
  ROLLUPS,
  type ColumnSet,
  type DatasetStore,
  type FactWording,
  type Rollup,
  type TableInfo,
} from './store.ts';

/**
 * A store's facts and rollups saved beside the database once they are made, so that the next start
 * reads them in one go (a copy of bytes) instead of reading every fact from SQLite and summing it
 * again: start-up then grows with the size of a file read, not with the work of building.
 *
 * A saved store is used only when it was made from exactly what the database now says about the
 * dataset (its versions, tables, statuses and sources, hashed as `key`); anything else, a damaged or
 * older file included, is ignored and the store is built as before. Only a server that writes to the
 * database saves; read-only servers read what it saved.
 */

const FORMAT = 2;

/**
 * What a table's facts say about it (build-store's TableFacts), as JSON of flat lists of numbers:
 * periods as start, end, …; boxes as offence, outcome, nonZero (0 or 1), …. Millions of small
 * objects took most of a second to parse; the months' prefix counts are made again from the periods.
 */
interface SavedTable {
  periods: number[];
  longest: number;
  boxes: number[];
  leafOnly: boolean;
  allZero: boolean;
  sources: number[];
  offRank: number;
  outRank: number;
}

interface Header {
  format: number;
  dataset: string;
  key: string;
  tables: SavedTable[];
  wording: [number, FactWording][];
  /** rows of each column set, in the order facts, then ROLLUPS */
  rows: number[];
}

export interface SavedFacts {
  tables: SavedTable[];
  facts: ColumnSet;
  rollups: Record<Rollup, ColumnSet>;
  wording: Map<number, FactWording>;
}

/** The hash of what a store is built from. */
export function storeKey(snapshot: unknown): string {
  return createHash('sha1').update(JSON.stringify(snapshot)).digest('base64url');
}

export function applySaved(
  t: TableInfo,
  s: SavedTable,
  monthPrefix: (periods: readonly MonthRange[]) => TableInfo['months'],
): void {
  const periods: MonthRange[] = [];
  for (let i = 0; i + 1 < s.periods.length; i += 2)
    periods.push({ start: s.periods[i] ?? 0, end: s.periods[i + 1] ?? 0 });
  const boxes: TableInfo['boxes'] = [];
  for (let i = 0; i + 2 < s.boxes.length; i += 3)
    boxes.push({ off: s.boxes[i] ?? 0, out: s.boxes[i + 1] ?? 0, nonZero: s.boxes[i + 2] === 1 });
  t.periods = periods;
  t.longest = s.longest;
  t.months = s.longest === 1 ? monthPrefix(periods) : null;
  t.boxes = boxes;
  t.leafOnly = s.leafOnly;
  t.allZero = s.allZero;
  t.sources = s.sources;
  t.offRank = s.offRank;
  t.outRank = s.outRank;
}

type Column = Int32Array | Uint16Array | Uint8Array | Float64Array;
const FIELDS = ['count', 'pStart', 'pEnd', 'off', 'out', 'supp'] as const;

function columnsOf(set: ColumnSet): Column[] {
  return [...FIELDS.map((f) => set[f]), set.start, set.end];
}

const pad = (n: number) => (8 - (n % 8)) % 8;

export class SavedStores {
  private readonly base: string;

  constructor(dbPath: string) {
    this.base = dbPath;
  }

  private path(dataset: string): string {
    return `${this.base}-store-${encodeURIComponent(dataset)}.bin`;
  }

  save(store: DatasetStore): void {
    const sets = [store.facts, ...ROLLUPS.map((k) => store.rollups[k])];
    const header: Header = {
      format: FORMAT,
      dataset: store.id,
      key: store.key,
      tables: store.tables.map((t) => ({
        periods: t.periods.flatMap((p) => [p.start, p.end]),
        longest: t.longest,
        boxes: t.boxes.flatMap((b) => [b.off, b.out, b.nonZero ? 1 : 0]),
        leafOnly: t.leafOnly,
        allZero: t.allZero,
        sources: t.sources,
        offRank: t.offRank,
        outRank: t.outRank,
      })),
      wording: [...store.wording],
      rows: sets.map((s) => s.count.length),
    };
    const json = Buffer.from(JSON.stringify(header));
    const parts: Uint8Array[] = [];
    const lead = Buffer.alloc(8);
    lead.writeUInt32LE(json.length, 0);
    parts.push(lead, json, Buffer.alloc(pad(json.length)));
    for (const set of sets)
      for (const col of columnsOf(set)) {
        parts.push(new Uint8Array(col.buffer, col.byteOffset, col.byteLength));
        parts.push(Buffer.alloc(pad(col.byteLength)));
      }
    const path = this.path(store.id);
    const tmp = `${path}.${process.pid}.tmp`;
    try {
      writeFileSync(tmp, Buffer.concat(parts));
      // a reader sees the old file or the new one, never half of one
      renameSync(tmp, path);
    } finally {
      rmSync(tmp, { force: true });
    }
  }

  /** The saved facts of a dataset made from `key`, or null. */
  load(dataset: string, key: string, tables: number): SavedFacts | null {
    const path = this.path(dataset);
    if (!existsSync(path)) return null;
    try {
      const file = readFileSync(path);
      const length = file.readUInt32LE(0);
      const header = JSON.parse(file.subarray(8, 8 + length).toString('utf8')) as Header;
      if (
        header.format !== FORMAT ||
        header.dataset !== dataset ||
        header.key !== key ||
        header.tables.length !== tables ||
        header.rows.length !== 1 + ROLLUPS.length
      )
        return null;
      // views of the file's bytes, not copies (a column's offset is never 0, so a later store's
      // ColumnBuilder copies them rather than growing into the file's other columns)
      const bytes = file.byteOffset % 8 === 0 ? file : Buffer.from(file);
      let at = 8 + length + pad(length);
      const take = <T extends Column>(
        view: (buffer: ArrayBufferLike, offset: number, n: number) => T,
        size: number,
        n: number,
      ): T => {
        if (at + n * size > bytes.length) throw new Error('The saved store is cut short');
        const col = view(bytes.buffer, bytes.byteOffset + at, n);
        at += n * size + pad(n * size);
        return col;
      };
      const i32 = (b: ArrayBufferLike, o: number, n: number) => new Int32Array(b, o, n);
      const sets = header.rows.map((n): ColumnSet => ({
        count: take((b, o, k) => new Float64Array(b, o, k), 8, n),
        pStart: take(i32, 4, n),
        pEnd: take(i32, 4, n),
        off: take((b, o, k) => new Uint16Array(b, o, k), 2, n),
        out: take((b, o, k) => new Uint16Array(b, o, k), 2, n),
        supp: take((b, o, k) => new Uint8Array(b, o, k), 1, n),
        start: take(i32, 4, tables),
        end: take(i32, 4, tables),
      }));
      const [facts, offence, outcome, total] = sets;
      if (!facts || !offence || !outcome || !total) return null;
      return {
        tables: header.tables,
        facts,
        rollups: { offence, outcome, total },
        wording: new Map(header.wording),
      };
    } catch {
      // a damaged file is no worse than none
      return null;
    }
  }
}
