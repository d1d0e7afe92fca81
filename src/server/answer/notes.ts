import type { Note, Period, TABLE_KINDS } from '@shared/contract.ts';
import { noteSentence, type NoteNames } from '@shared/note-words.ts';
import { overlaps, periodLabel, type Bucket } from '@shared/period.ts';
import { FORCES } from '@shared/reference/forces.ts';
import { offenceHierarchy } from '@shared/reference/offences.ts';
import { outcomeHierarchy } from '@shared/reference/outcomes.ts';
import { PLATFORMS } from '@shared/reference/platforms.ts';
import {
  coarseness,
  selectionSum,
  type Choice,
  type Evaluation,
  type QueryContext,
} from './choose.ts';
import type { ResolvedQuery } from './engine.ts';
import type { DatasetStore, StatusInfo, TableInfo } from './store.ts';

/**
 * The notes that travel with an answer, as codes and fields: which forces are missing and why, where
 * published figures disagree, what is not broken down, what was suppressed. Notes about the same force
 * and reason are gathered with the periods they apply to, then forces with the same reason over the
 * same periods into one note; `message` is written from the code by the words module.
 */

type Draft = Note extends infer N
  ? N extends Note
    ? Omit<N, 'message' | 'forces' | 'periods'>
    : never
  : never;
type TableKind = (typeof TABLE_KINDS)[number];

export function tableKind(t: TableInfo): TableKind {
  if (t.offRank > 0 && t.outRank > 0) return 'offence-outcome';
  if (t.offRank > 0) return 'offence';
  if (t.outRank > 0) return 'outcome';
  return 'total';
}

/** a period as a note names it: by id for matching, by label in words */
type NotedPeriod = Pick<Bucket, 'id' | 'label'>;
/** a period as its words name it: part periods give their months */
type NamedPeriod = Pick<Period, 'label'> & Partial<Pick<Period, 'start' | 'end'>>;

interface Gathered {
  draft: Draft;
  force: string;
  periods: NotedPeriod[];
}

const NOTE_ORDER: Note['kind'][] = [
  'coverage',
  'missing',
  'unplaced',
  'not-asked',
  'disagreement',
  'selection',
  'partial-breakdown',
  'suppressed',
  'rate',
];

/** the labels of the tables' periods (those overlapping `within`, if given), each once */
function spans(list: readonly Evaluation[], within?: Bucket): string[] {
  return [
    ...new Set(
      list.flatMap((e) =>
        e.table.periods.filter((x) => !within || overlaps(x, within)).map((x) => periodLabel(x)),
      ),
    ),
  ];
}

function allAbsent(evals: readonly Evaluation[]): boolean {
  for (const e of evals) if (e.time !== 'absent') return false;
  return true;
}

/** the reason a return gives for no figure, if one does: refused first, then no response, unknown */
const NO_FIGURE_STATUSES = ['refused', 'no_response', 'unknown'] as const;

function firstStatus(statuses: readonly StatusInfo[]): (typeof NO_FIGURE_STATUSES)[number] | null {
  for (const s of NO_FIGURE_STATUSES) for (const x of statuses) if (x.status === s) return s;
  return null;
}

function hasPeriod(periods: readonly NotedPeriod[], id: string): boolean {
  for (const x of periods) if (x.id === id) return true;
  return false;
}

/** Names for the words module, from the reference data and the periods the notes were given. */
export function referenceNames(periods: ReadonlyMap<string, NamedPeriod> = new Map()): NoteNames {
  return {
    force: (id) => FORCES.find((x) => x.id === id)?.name ?? 'Unknown force',
    platform: (id) => PLATFORMS.find((x) => x.id === id)?.name ?? '',
    category: (dimension, id) =>
      (dimension === 'offence' ? offenceHierarchy : outcomeHierarchy).nodes.find((x) => x.id === id)
        ?.name ?? '',
    period: (id) => {
      const p = periods.get(id);
      return p ? { label: p.label, start: p.start ?? '', end: p.end ?? '' } : undefined;
    },
  };
}

/** A note with its sentence, written from its code and fields. */
export function withMessage(
  draft: Draft,
  forces: string[],
  periods: string[],
  names: NoteNames,
): Note {
  const note = { ...draft, forces, periods, message: '' };
  return { ...note, message: noteSentence(note, names) };
}

export class NoteBook {
  private readonly gathered = new Map<string, Gathered>();
  private readonly single = new Map<string, Note>();
  private readonly notAskedPlatforms = new Set<number>();
  private readonly coarseNodes = new Map<
    string,
    { f: number; period: NotedPeriod; ids: Set<string> }
  >();
  private readonly periods = new Map<string, NamedPeriod>();
  private rateNote = false;

  private readonly q: ResolvedQuery;
  /** platforms the dataset asked about: a platform is named only when several are in view */
  private readonly asked: ReadonlySet<number>;
  /** how many of the question's platforms the dataset asked about (worked out when first needed) */
  private askedInView: number | null = null;
  /** 'no figure' drafts by status and platform, with their JSON: a refusal is noted period by period */
  private readonly noFigure = new Map<string, { draft: Draft; json: string }>();

  constructor(q: ResolvedQuery, asked: ReadonlySet<number>) {
    this.q = q;
    this.asked = asked;
  }

  private add(f: number, draft: Draft, period: NotedPeriod, json = JSON.stringify(draft)): void {
    const force = FORCES[f]?.id ?? '';
    const key = `${force}|${json}`;
    let g = this.gathered.get(key);
    if (!g) {
      g = { draft, force, periods: [] };
      this.gathered.set(key, g);
    }
    if (!hasPeriod(g.periods, period.id)) g.periods.push({ id: period.id, label: period.label });
    if (!this.periods.has(period.id)) this.periods.set(period.id, { label: period.label });
  }

  /** the platform a note is about, when several asked-about platforms are in view */
  private platformOf(p: number): { platform?: string } {
    this.askedInView ??= this.q.platforms.filter((x) => this.asked.has(x)).length;
    const id = PLATFORMS[p]?.id;
    return this.askedInView > 1 && id ? { platform: id } : {};
  }

  private say(f: number, b: NotedPeriod, on: { platform?: string }, draft: Draft): void {
    this.add(f, { ...draft, ...on }, b);
  }

  notAsked(p: number): void {
    this.notAskedPlatforms.add(p);
  }

  missing(
    f: number,
    p: number,
    b: Bucket,
    evals: readonly Evaluation[],
    statuses: readonly StatusInfo[],
    ctx: QueryContext,
  ): void {
    if (allAbsent(evals)) {
      const status = firstStatus(statuses);
      const key = `${status ?? ''}|${p}`;
      let noted = this.noFigure.get(key);
      if (!noted) {
        const draft: Draft = { kind: 'missing', code: 'no-figure', status, ...this.platformOf(p) };
        noted = { draft, json: JSON.stringify(draft) };
        this.noFigure.set(key, noted);
      }
      this.add(f, noted.draft, b, noted.json);
      return;
    }
    const on = this.platformOf(p);
    // tables detailed enough for the question, whatever their periods
    const levelled = evals.filter((e) => e.filter && e.level);
    const unplaced = levelled.filter((e) => e.time === 'unplaced');
    const inTime = levelled.filter((e) => e.time === 'ok');
    if (inTime.length > 0) {
      this.say(f, b, on, {
        kind: 'missing',
        code: 'breakdown-without-total',
        table: inTime[0] ? tableKind(inTime[0].table) : 'offence',
        totalsFor: unplaced.length > 0 ? spans(unplaced) : [],
        shownAlone: ctx.plan.dimension !== 'unit' && this.q.forces.length > 1,
        // a total was published, but it counts crimes outside the selection as well
        listedOnly: evals.some((e) => e.time === 'ok' && e.complete && !e.filter),
      });
      return;
    }
    const elsewhere = levelled.filter((e) => e.time === 'absent' || e.time === 'short');
    const needsBreakdown =
      ctx.plan.neededOffRank + ctx.plan.neededOutRank > 0 ||
      ctx.offSelected.length + ctx.outSelected.length > 0;
    if (elsewhere.length > 0 && (needsBreakdown || unplaced.length === 0)) {
      this.say(f, b, on, {
        kind: 'missing',
        code: 'published-for-other-periods',
        table: levelled[0] ? tableKind(levelled[0].table) : 'total',
        publishedFor: spans(levelled),
      });
      return;
    }
    if (unplaced.length > 0) {
      this.say(f, b, on, {
        kind: 'unplaced',
        code: 'cannot-split',
        publishedFor: spans(unplaced, b),
        interval: this.q.interval,
      });
      return;
    }
    if (!evals.some((e) => e.filter)) {
      const dimensions = [
        ...(ctx.offSelected.length > 0 ? (['offence'] as const) : []),
        ...(ctx.outSelected.length > 0 ? (['outcome'] as const) : []),
      ];
      this.say(f, b, on, { kind: 'missing', code: 'not-at-detail', dimensions });
      return;
    }
    this.say(f, b, on, { kind: 'missing', code: 'not-broken-down', by: this.q.by });
  }

  disagreements(
    store: DatasetStore,
    f: number,
    p: number,
    b: Bucket,
    choice: Choice,
    evals: readonly Evaluation[],
    ctx: QueryContext,
  ): void {
    const t = choice.table;
    const candidates = evals.filter((e) => e.time === 'ok' && e.filter && e.table !== t);
    if (candidates.length === 0) return;
    const mine = selectionSum(store, t, b, ctx);
    if (mine.suppressed) return;
    for (const e of candidates) {
      const other = selectionSum(store, e.table, b, ctx);
      if (other.suppressed) continue;
      const [fine, coarse, fineSum, coarseSum] =
        coarseness(e.table) > coarseness(t)
          ? [e.table, t, other.value, mine.value]
          : [t, e.table, mine.value, other.value];
      if (coarseness(fine) === coarseness(coarse) || !coarse.complete) continue;
      const differs = fine.complete ? fineSum !== coarseSum : fineSum > coarseSum;
      if (!differs) continue;
      this.add(
        f,
        {
          kind: 'disagreement',
          code: 'disagreement',
          table: tableKind(fine),
          sum: fineSum,
          against: tableKind(coarse),
          total: coarseSum,
          ...this.platformOf(p),
        },
        b,
      );
    }
  }

  partialBreakdown(
    f: number,
    p: number,
    b: Bucket,
    t: TableInfo,
    part: number,
    whole: number,
  ): void {
    if (whole === part) return;
    this.add(
      f,
      {
        kind: 'partial-breakdown',
        code: 'partial-breakdown',
        table: tableKind(t),
        part,
        whole,
        ...this.platformOf(p),
      },
      b,
    );
  }

  selection(f: number, p: number, b: Bucket, t: TableInfo): void {
    this.add(
      f,
      { kind: 'selection', code: 'selection', table: tableKind(t), ...this.platformOf(p) },
      b,
    );
  }

  coarse(f: number, b: Bucket, node: number, _count: number): void {
    const h = this.q.by.startsWith('offence') ? offenceHierarchy : outcomeHierarchy;
    const key = `${f}|${b.id}`;
    const entry = this.coarseNodes.get(key) ?? { f, period: b, ids: new Set<string>() };
    entry.ids.add(h.nodes[node]?.id ?? '');
    this.coarseNodes.set(key, entry);
  }

  suppressed(f: number, b: Bucket): void {
    this.add(f, { kind: 'suppressed', code: 'suppressed' }, b);
  }

  rateWithoutPopulation(): void {
    this.rateNote = true;
  }

  partialPeriods(periods: readonly Period[]): void {
    for (const p of periods) this.periods.set(p.id, p);
    this.single.set(
      'partial-periods',
      withMessage(
        { kind: 'coverage', code: 'part-periods', interval: this.q.interval },
        [],
        periods.map((p) => p.id),
        referenceNames(this.periods),
      ),
    );
  }

  list(): Note[] {
    const dimension = this.q.by.startsWith('offence') ? 'offence' : 'outcome';
    for (const { f, period, ids } of this.coarseNodes.values()) {
      this.add(
        f,
        {
          kind: 'partial-breakdown',
          code: 'coarse-categories',
          dimension,
          categories: [...ids],
        },
        period,
      );
    }
    this.coarseNodes.clear();
    // forces with the same reason over the same periods are one note
    const grouped = new Map<string, { draft: Draft; forces: string[]; periods: string[] }>();
    for (const g of this.gathered.values()) {
      const periods = g.periods.map((x) => x.id);
      const key = `${JSON.stringify(g.draft)}|${periods.join(',')}`;
      const entry = grouped.get(key) ?? { draft: g.draft, forces: [], periods };
      entry.forces.push(g.force);
      grouped.set(key, entry);
    }
    const names = referenceNames(this.periods);
    const notes = [...grouped.values()].map((g) =>
      withMessage(g.draft, g.forces, g.periods, names),
    );
    if (this.notAskedPlatforms.size > 0) {
      const platforms = [...this.notAskedPlatforms].map((p) => PLATFORMS[p]?.id ?? '');
      notes.push(withMessage({ kind: 'not-asked', code: 'not-asked', platforms }, [], [], names));
    }
    if (this.rateNote) {
      notes.push(
        withMessage({ kind: 'rate', code: 'rate-without-population' }, ['btp'], [], names),
      );
    }
    notes.push(...this.single.values());
    return notes.sort((a, b) => NOTE_ORDER.indexOf(a.kind) - NOTE_ORDER.indexOf(b.kind));
  }
}
