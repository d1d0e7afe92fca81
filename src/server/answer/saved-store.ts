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

const FORMAT = 1;

/** What a table's facts say about it (build-store's TableFacts), as JSON. */
interface SavedTable {
  periods: MonthRange[];
  longest: number;
  months: { first: number; prefix: number[] } | null;
  boxes: TableInfo['boxes'];
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

export function applySaved(t: TableInfo, s: SavedTable): void {
  t.periods = s.periods;
  t.longest = s.longest;
  t.months = s.months ? { first: s.months.first, prefix: Int32Array.from(s.months.prefix) } : null;
  t.boxes = s.boxes;
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
        periods: t.periods,
        longest: t.longest,
        months: t.months ? { first: t.months.first, prefix: [...t.months.prefix] } : null,
        boxes: t.boxes,
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
      let at = 8 + length + pad(length);
      // copies, not views of the file: a later store grows its columns in place (ColumnBuilder)
      const take = <T extends Column>(make: (n: number) => T, n: number): T => {
        const col = make(n);
        const bytes = n * col.BYTES_PER_ELEMENT;
        if (at + bytes > file.length) throw new Error('The saved store is cut short');
        new Uint8Array(col.buffer).set(file.subarray(at, at + bytes));
        at += bytes + pad(bytes);
        return col;
      };
      const sets = header.rows.map((n): ColumnSet => ({
        count: take((k) => new Float64Array(k), n),
        pStart: take((k) => new Int32Array(k), n),
        pEnd: take((k) => new Int32Array(k), n),
        off: take((k) => new Uint16Array(k), n),
        out: take((k) => new Uint16Array(k), n),
        supp: take((k) => new Uint8Array(k), n),
        start: take((k) => new Int32Array(k), tables),
        end: take((k) => new Int32Array(k), tables),
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
