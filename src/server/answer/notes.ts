import type { Note, Period } from '@shared/contract.ts';
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
 * The notes that travel with an answer, in plain words: which forces are missing and why, where
 * published figures disagree, what is not broken down, what was suppressed. Notes about the same force
 * and reason are gathered so that each is said once, with the periods it applies to.
 */

const INTERVAL_NOUN = {
  month: 'months',
  quarter: 'quarters',
  year: 'calendar years',
  fy: 'financial years',
  total: 'the period asked for',
} as const;

const STATUS_REASON: Record<string, string> = {
  refused: 'refused the request',
  no_response: 'did not respond to the request',
  unknown: 'no published reply has been found',
  nil: 'confirmed no crimes',
};

export function tableKind(t: TableInfo): string {
  if (t.offRank > 0 && t.outRank > 0) return 'offence and outcome breakdown';
  if (t.offRank > 0) return 'offence breakdown';
  if (t.outRank > 0) return 'outcome breakdown';
  return 'total';
}

function forceName(f: number): string {
  return FORCES[f]?.name ?? 'Unknown force';
}

function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/** a period as a note names it: by id for matching, by label in words */
type NotedPeriod = Pick<Bucket, 'id' | 'label'>;

interface Gathered {
  kind: Note['kind'];
  text: string;
  force: string;
  periods: NotedPeriod[];
}

export class NoteBook {
  private readonly gathered = new Map<string, Gathered>();
  private readonly single = new Map<string, Note>();
  private readonly notAskedPlatforms = new Set<number>();
  private readonly coarseNodes = new Map<
    string,
    { f: number; period: NotedPeriod; names: Set<string> }
  >();
  private rateNote = false;

  private readonly q: ResolvedQuery;
  /** platforms the dataset asked about: a platform prefix is needed only when several are in view */
  private readonly asked: ReadonlySet<number>;

  constructor(q: ResolvedQuery, asked: ReadonlySet<number>) {
    this.q = q;
    this.asked = asked;
  }

  private add(kind: Note['kind'], f: number, text: string, period: NotedPeriod): void {
    const force = FORCES[f]?.id ?? '';
    const key = `${kind}|${force}|${text}`;
    const g = this.gathered.get(key) ?? { kind, text, force, periods: [] };
    if (!g.periods.some((x) => x.id === period.id)) g.periods.push(period);
    this.gathered.set(key, g);
  }

  private platformPrefix(p: number): string {
    const asked = this.q.platforms.filter((x) => this.asked.has(x));
    return asked.length > 1 ? `${PLATFORMS[p]?.name ?? ''}: ` : '';
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
    const prefix = this.platformPrefix(p);
    const say = (kind: Note['kind'], text: string) => {
      this.add(kind, f, `${prefix}${text}`, b);
    };
    if (evals.every((e) => e.time === 'absent')) {
      const status = ['refused', 'no_response', 'unknown'].find((s) =>
        statuses.some((x) => x.status === s),
      );
      say(
        'missing',
        (status && STATUS_REASON[status]) ?? 'no figure has been published for this period',
      );
      return;
    }
    const spans = (list: readonly Evaluation[], within?: Bucket) => [
      ...new Set(
        list.flatMap((e) =>
          e.table.periods.filter((x) => !within || overlaps(x, within)).map((x) => periodLabel(x)),
        ),
      ),
    ];
    // tables detailed enough for the question, whatever their periods
    const levelled = evals.filter((e) => e.filter && e.level);
    const unplaced = levelled.filter((e) => e.time === 'unplaced');
    const inTime = levelled.filter((e) => e.time === 'ok');
    if (inTime.length > 0) {
      const also =
        unplaced.length > 0 ? `; totals are published only for ${listWords(spans(unplaced))}` : '';
      say(
        'missing',
        `only part of the ${inTime[0] ? tableKind(inTime[0].table) : 'breakdown'} was published, with no total to set it against${also}${ctx.plan.dimension !== 'unit' && this.q.forces.length > 1 ? '; its figures are shown, as published, when the force is chosen alone' : ''}`,
      );
      return;
    }
    const elsewhere = levelled.filter((e) => e.time === 'absent' || e.time === 'short');
    const needsBreakdown =
      ctx.plan.neededOffRank + ctx.plan.neededOutRank > 0 ||
      ctx.offSelected.length + ctx.outSelected.length > 0;
    const publishedOnly = () => {
      const what = levelled[0] ? tableKind(levelled[0].table) : 'total';
      say(
        'missing',
        `${what === 'total' ? 'figures' : what} published for ${listWords(spans(levelled))} only`,
      );
    };
    if (elsewhere.length > 0 && (needsBreakdown || unplaced.length === 0)) {
      publishedOnly();
      return;
    }
    if (unplaced.length > 0) {
      say(
        'unplaced',
        `figures cover ${listWords(spans(unplaced, b))}, which cannot be split into ${INTERVAL_NOUN[this.q.interval]}`,
      );
      return;
    }
    if (!evals.some((e) => e.filter)) {
      const dims = [
        ctx.offSelected.length > 0 ? 'offences' : '',
        ctx.outSelected.length > 0 ? 'outcomes' : '',
      ].filter(Boolean);
      say('missing', `figures are not published at the detail of the selected ${listWords(dims)}`);
      return;
    }
    say('missing', `figures are not broken down by ${ctx.plan.noun}`);
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
      const relation = fineSum > coarseSum ? 'more than' : 'less than';
      this.add(
        'disagreement',
        f,
        `${this.platformPrefix(p)}the published ${tableKind(fine)} sums to ${fineSum.toLocaleString('en-GB')}, ${relation} the published ${tableKind(coarse)} of ${coarseSum.toLocaleString('en-GB')}; both are kept as published`,
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
      'partial-breakdown',
      f,
      `${this.platformPrefix(p)}the published ${tableKind(t)} accounts for ${part.toLocaleString('en-GB')} of ${whole.toLocaleString('en-GB')} crimes; the other ${(whole - part).toLocaleString('en-GB')} are shown as Not broken down`,
      b,
    );
  }

  selection(f: number, p: number, b: Bucket, t: TableInfo): void {
    this.add(
      'selection',
      f,
      `${this.platformPrefix(p)}only a selection of the ${tableKind(t)} was published, with no total: its figures are shown as published, and are not in the total`,
      b,
    );
  }

  coarse(f: number, b: Bucket, node: number, _count: number): void {
    const h = this.q.by.startsWith('offence') ? offenceHierarchy : outcomeHierarchy;
    const key = `${f}|${b.id}`;
    const entry = this.coarseNodes.get(key) ?? { f, period: b, names: new Set<string>() };
    entry.names.add(h.nodes[node]?.name ?? '');
    this.coarseNodes.set(key, entry);
  }

  suppressed(f: number, b: Bucket): void {
    this.add(
      'suppressed',
      f,
      'some figures were suppressed by the force, so values that include them are lower bounds',
      b,
    );
  }

  rateWithoutPopulation(): void {
    this.rateNote = true;
  }

  partialPeriods(periods: readonly Period[]): void {
    this.single.set('partial-periods', {
      kind: 'coverage',
      message: `Part periods: ${listWords(periods.map((p) => `${p.label} (${p.start} to ${p.end})`))} cover only part of the ${this.q.interval === 'total' ? 'range' : 'period'}; compare them with full periods with care.`,
      periods: periods.map((p) => p.id),
    });
  }

  list(): Note[] {
    const notes: Note[] = [];
    for (const { f, period, names } of this.coarseNodes.values()) {
      this.add(
        'partial-breakdown',
        f,
        `some crimes are published only as ${listWords([...names])}, not broken down by ${this.q.by.startsWith('offence') ? 'offence' : 'outcome'} at the level asked for, and are shown as Not broken down`,
        period,
      );
    }
    this.coarseNodes.clear();
    for (const g of this.gathered.values()) {
      const f = FORCES.findIndex((x) => x.id === g.force);
      notes.push({
        kind: g.kind,
        message: `${forceName(f)}: ${g.text} (${g.periods.map((x) => x.label).join(', ')}).`,
        forces: [g.force],
        periods: g.periods.map((x) => x.id),
      });
    }
    if (this.notAskedPlatforms.size > 0) {
      const names = [...this.notAskedPlatforms].map((p) => PLATFORMS[p]?.name ?? '');
      notes.push({
        kind: 'not-asked',
        message: `This dataset has no figures for ${listWords(names)}: forces were not asked about ${names.length === 1 ? 'it' : 'them'}.`,
      });
    }
    if (this.rateNote) {
      notes.push({
        kind: 'rate',
        message:
          'Rates leave out British Transport Police, which polices the railways and has no resident population.',
        forces: ['btp'],
      });
    }
    notes.push(...this.single.values());
    const order: Note['kind'][] = [
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
    return notes.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  }
}
