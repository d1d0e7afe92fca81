import { COUNTED_WORDS, countedOver, type Counted } from '@shared/counted.ts';
import {
  buckets,
  formatMonth,
  type Bucket,
  type Interval,
  type MonthRange,
} from '@shared/period.ts';
import { PLATFORMS } from '@shared/reference/platforms.ts';
import { offenceHierarchy } from '@shared/reference/offences.ts';
import { outcomeHierarchy } from '@shared/reference/outcomes.ts';
import { TableChecks, type QueryContext } from './choose.ts';
import { NoteBook } from './notes.ts';
import { seriesPlan, selectionState, type SeriesPlan } from './selection.ts';
import { platformsHeld, type ColumnSet, type DatasetStore } from './store.ts';
import type { ResolvedQuery } from './types.ts';

/**
 * What every stage of an answer reads and none changes: the question, its periods, the selection's
 * states, the series plan and the columns that can answer it. Built once per answer.
 */
export interface Frame {
  store: DatasetStore;
  q: ResolvedQuery;
  notes: NoteBook;
  bks: readonly Bucket[];
  /** each period's first and last months as the answer writes them (YYYY-MM) */
  bucketFrom: readonly string[];
  bucketTo: readonly string[];
  /** the number of periods */
  nb: number;
  /** the first period's first month: months are indexed from it */
  first: number;
  bucketStart: Int32Array;
  bucketEnd: Int32Array;
  /** for each month from `first`, the period that starts with it (-1: none) */
  monthBucket: Int32Array;
  offState: Uint8Array;
  outState: Uint8Array;
  plan: SeriesPlan;
  /** what a figure adding up the question's platforms counts (crimes for one, mentions for several) */
  counted: Counted;
  ctx: QueryContext;
  checks: TableChecks;
  /** the number of series (the grid has one more row: Not broken down) */
  S: number;
  /**
   * Whether a published selection (some rows of a breakdown, with no total) answers. Its rows are
   * shown only beside the other rows of a split, and as numbers of crimes: a share needs the total
   * that a selection does not have, and so does a rate over several forces (their populations would
   * be counted for some rows and not others). Counted in a split of several forces, each of its rows
   * is in the row it names, as a partial breakdown's listed rows are: so a category holds the same
   * published figures whether it is a row of the whole breakdown or the filter of a closer look
   * (Cleveland's 55 stalking and harassment offences count in both). Its figures are in the sum of
   * what is drawn, never in the number of crimes.
   */
  selections: boolean;
  /** the fewest rows that answer: summed over any dimension the question neither filters nor splits */
  cols: ColumnSet;
}

/** The periods of a question, and how months map to them: the same for every question over them. */
interface Periods {
  bks: readonly Bucket[];
  bucketFrom: readonly string[];
  bucketTo: readonly string[];
  first: number;
  bucketStart: Int32Array;
  bucketEnd: Int32Array;
  monthBucket: Int32Array;
}

/** periods by interval and range: a dashboard asks over few; none is ever changed once made */
const PERIODS_KEPT = 256;
const periodsCache = new Map<string, Periods>();

function periodsOf(interval: Interval, range: MonthRange | null): Periods {
  const key = range ? `${interval}|${range.start}|${range.end}` : interval;
  const kept = periodsCache.get(key);
  if (kept) return kept;
  const bks: Bucket[] = range ? buckets(interval, range) : [];
  const nb = bks.length;
  const first = bks[0]?.start ?? 0;
  const monthBucket = new Int32Array(nb > 0 ? (bks[nb - 1]?.end ?? 0) - first + 1 : 0).fill(-1);
  bks.forEach((b, bi) => monthBucket.fill(bi, b.start - first, b.end - first + 1));
  const periods: Periods = {
    bks,
    bucketFrom: bks.map((b) => formatMonth(b.start)),
    bucketTo: bks.map((b) => formatMonth(b.end)),
    first,
    bucketStart: Int32Array.from(bks, (b) => b.start),
    bucketEnd: Int32Array.from(bks, (b) => b.end),
    monthBucket,
  };
  if (periodsCache.size >= PERIODS_KEPT)
    periodsCache.delete(periodsCache.keys().next().value ?? '');
  periodsCache.set(key, periods);
  return periods;
}

export function frame(store: DatasetStore, q: ResolvedQuery): Frame {
  const { bks, bucketFrom, bucketTo, first, bucketStart, bucketEnd, monthBucket } = periodsOf(
    q.interval,
    q.range,
  );
  const nb = bks.length;
  const offState = selectionState(offenceHierarchy, q.offences);
  const outState = selectionState(outcomeHierarchy, q.outcomes);
  // decided here, once for every answer and group: from the platforms asked and those held
  const held = platformsHeld(store, q.version);
  const counted = countedOver(
    q.platforms.map((p) => PLATFORMS[p]?.id ?? ''),
    PLATFORMS.filter((_, p) => held.has(p)).map((p) => p.id),
  );
  const plan = seriesPlan(
    q.by,
    q.forces,
    q.platforms,
    offState,
    outState,
    COUNTED_WORDS[counted].all,
  );
  const ctx: QueryContext = {
    store,
    offState,
    outState,
    offSelected: q.offences,
    outSelected: q.outcomes,
    plan,
  };
  const needOff = q.offences.length > 0 || plan.dimension === 'offence';
  const needOut = q.outcomes.length > 0 || plan.dimension === 'outcome';
  return {
    store,
    q,
    notes: new NoteBook(q, store.askedPlatforms),
    bks,
    bucketFrom,
    bucketTo,
    nb,
    first,
    bucketStart,
    bucketEnd,
    monthBucket,
    offState,
    outState,
    plan,
    counted,
    ctx,
    checks: new TableChecks(ctx),
    S: plan.defs.length,
    selections:
      plan.dimension !== 'unit' &&
      (q.measure === 'count' || (q.measure === 'rate' && q.forces.length === 1)),
    cols:
      needOff && needOut
        ? store.facts
        : needOff
          ? store.rollups.offence
          : needOut
            ? store.rollups.outcome
            : store.rollups.total,
  };
}

/** The period a fact starting at month `start` lies in, if it starts one (-1: none). */
export function bucketOf(fr: Frame, start: number): number {
  const rel = start - fr.first;
  return rel >= 0 && rel < fr.monthBucket.length ? (fr.monthBucket[rel] ?? -1) : -1;
}
