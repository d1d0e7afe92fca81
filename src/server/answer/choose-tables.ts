import { overlaps, type MonthRange } from '@shared/period.ts';
import { FORCES } from '@shared/reference/forces.ts';
import { choose, evaluate, type Choice, type Evaluation } from './choose.ts';
import type { Frame } from './frame.ts';
import { isActive, unitOf, type DatasetStore, type StatusInfo, type TableInfo } from './store.ts';
import type { Tally } from './tally.ts';

/**
 * The first stage: for one force and platform, the table that answers each period (null: none). A
 * period nothing answers is noted as missing, with its reason, or as not asked.
 *
 * Which table answers depends on the version, the periods and the parts of the question that the
 * checks read (filters, the detail of the split, whether a selection may answer), never on the forces
 * or the measure: it is worked out once per store and kind of question, and only the notes, which a
 * request collects, are written each time.
 */

export interface UnitChoices {
  tables: readonly TableInfo[];
  statuses: readonly StatusInfo[];
  /** per period: the tables' evaluations, the table chosen, and whether the unit was asked about it */
  evals: readonly (readonly Evaluation[])[];
  chosen: readonly (Choice | null)[];
  inScope: readonly boolean[];
  /** some period has a table that answers */
  answers: boolean;
  /** every period is answered by the unit's only table: there is nothing to note */
  quiet: boolean;
  /** no chosen table is a selection or set against a coarser total */
  plain: boolean;
  /** per period: the chosen table (null: none) */
  tableAt: readonly (TableInfo | null)[];
  /** the chosen tables, each once, in the order of the first period each answers */
  scan: readonly TableInfo[];
  /** per period: 1 where the chosen table accounts for every crime in the selection */
  exactAt: Uint8Array;
  /** every period has a chosen table that accounts for every crime in the selection */
  allExact: boolean;
}

/** kinds of question remembered per store: a dashboard asks few */
const KINDS_KEPT = 64;
const cache = new WeakMap<DatasetStore, Map<string, (UnitChoices | undefined)[]>>();

function kindOf(fr: Frame): string {
  const { q, plan, selections } = fr;
  return [
    q.version,
    q.interval,
    q.range?.start ?? '',
    q.range?.end ?? '',
    q.offences.join('.'),
    q.outcomes.join('.'),
    plan.neededOffRank,
    plan.neededOutRank,
    selections ? 1 : 0,
  ].join('|');
}

/** The units' choices for this frame's kind of question, filled in as units are asked about. */
export function choicesFor(fr: Frame): (UnitChoices | undefined)[] {
  let kinds = cache.get(fr.store);
  if (!kinds) {
    kinds = new Map();
    cache.set(fr.store, kinds);
  }
  const key = kindOf(fr);
  let units = kinds.get(key);
  if (units) {
    // most recently used last, so the first key is the one to drop
    kinds.delete(key);
  } else {
    units = [];
    if (kinds.size >= KINDS_KEPT) kinds.delete(kinds.keys().next().value ?? '');
  }
  kinds.set(key, units);
  return units;
}

function unitChoices(fr: Frame, f: number, p: number): UnitChoices {
  const u = unitOf(f, p);
  const { store, q } = fr;
  const tables = (store.unitTables[u] ?? []).filter((t) => isActive(t, q.version));
  const statuses = (store.unitStatuses[u] ?? []).filter((s) => isActive(s, q.version));
  const evals = fr.bks.map((b) => evaluate(tables, b, fr.checks));
  const chosen = evals.map((e) => choose(e, fr.selections));
  const tableAt = chosen.map((c) => c?.table ?? null);
  return {
    tables,
    statuses,
    evals,
    chosen,
    answers: chosen.some((c) => c !== null),
    quiet: tables.length <= 1 && chosen.every((c) => c !== null && !c.selection),
    plain: chosen.every((c) => c === null || (!c.selection && c.remainderFrom === null)),
    tableAt,
    scan: [...new Set(tableAt.filter((t) => t !== null))],
    exactAt: Uint8Array.from(chosen, (c) => (c?.exact ? 1 : 0)),
    allExact: chosen.every((c) => c?.exact === true),
    inScope: fr.bks.map(
      (b) =>
        statuses.some((s) => s.status !== 'not_asked' && overlaps(s, b)) ||
        tables.some((t) => t.periods.some((x) => overlaps(x, b))),
    ),
  };
}

function overlapping(statuses: readonly StatusInfo[], b: MonthRange): StatusInfo[] {
  const out: StatusInfo[] = [];
  for (const s of statuses) if (overlaps(s, b)) out.push(s);
  return out;
}

export function chooseTables(
  fr: Frame,
  f: number,
  p: number,
  units: (UnitChoices | undefined)[],
  unitSeries: number,
  tally: Tally,
): UnitChoices {
  const u = unitOf(f, p);
  let unit = units[u];
  if (!unit) {
    unit = unitChoices(fr, f, p);
    units[u] = unit;
  }
  if (unit.quiet) return unit;
  const { notes, plan } = fr;
  const { tables, statuses, evals, chosen, inScope } = unit;
  for (let bi = 0; bi < fr.nb; bi++) {
    const b = fr.bks[bi];
    const e = evals[bi];
    if (!b || !e) continue;
    const choice = chosen[bi];
    if (choice) {
      if (choice.selection) notes.selection(f, p, b, choice.table);
      else if (tables.length > 1) notes.disagreements(fr.store, f, p, b, choice, e, fr.ctx);
      continue;
    }
    if (!inScope[bi]) {
      notes.notAsked(p);
      continue;
    }
    notes.missing(f, p, b, e, overlapping(statuses, b), fr.ctx);
    const force = FORCES[f]?.id ?? '';
    if (plan.dimension === 'unit') tally.markMissing(unitSeries, bi, force);
    else for (let s = 0; s <= fr.S; s++) tally.markMissing(s, bi, force);
  }
  return unit;
}
