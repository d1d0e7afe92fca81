import type { Coverage, DatasetSummary, Source } from '@shared/contract.ts';
import type { Vocabulary } from '@shared/filters.ts';
import { fitsInterval, formatMonth, INTERVALS, type Interval } from '@shared/period.ts';
import { FORCES } from '@shared/reference/forces.ts';
import { OFFENCE_NODES } from '@shared/reference/offences.ts';
import { OUTCOME_NODES } from '@shared/reference/outcomes.ts';
import { PLATFORMS } from '@shared/reference/platforms.ts';
import { ROOT_ID } from '@shared/hierarchy.ts';
import { buildStoreSteps, rollupSteps } from './answer/build-store.ts';
import { SavedStores } from './answer/saved-store.ts';
import { coverageOf, isActive, platformsHeld, type DatasetStore } from './answer/store.ts';
import type { Db } from './db/open.ts';
import {
  createReadQueries,
  type DatasetRow,
  type ReadQueries,
  type VersionRow,
} from './db/queries.ts';

/**
 * The datasets as the API sees them: their descriptions from the database, and an in-memory store per
 * dataset, brought up to date when another process (an import) adds a version.
 *
 * A store is built a slice at a time between requests (build-store.ts), so that neither an import nor
 * the start of a server with millions of facts holds up any request. While a dataset's new version is
 * being built the previous one is served: every answer names the version it is from, and a version is
 * served only once all of it is in memory. A store that only adds a few tables to the previous one is
 * finished within the first slice, so a small import is served straight away.
 *
 * What the database says about the datasets (their rows and latest versions) is read again only when
 * the database has changed (SQLite's data_version for other connections' commits, total_changes() for
 * this one's), checked by refresh(), once a request: the request path runs two tiny statements
 * instead of two queries per lookup. `state` changes whenever what the datasets serve may have.
 */

export interface DatasetView {
  row: DatasetRow;
  versions: VersionRow[];
  latest: number;
}

export interface DatasetsOptions {
  /** how long a slice of building may hold the thread before other requests go (ms) */
  sliceMs?: number;
  /** a version that adds at most this many facts is put in memory in one go (default 10,000) */
  smallFacts?: number;
  log?: ((message: string) => void) | undefined;
  /** false: neither read nor write stores saved beside the database file */
  saveStores?: boolean;
  /** a store of up to this many facts has its rollups made before it is served (default 100,000) */
  rollupsBeforeServing?: number;
  /**
   * other processes' commits are looked for at most once in this many milliseconds (default 0: on
   * every request); a server passes 1
   */
  changeCheckMs?: number;
}

interface Snapshot {
  rows: DatasetRow[];
  latest: VersionRow[];
}

/**
 * Whether anything was written since the last call, by another connection or this one. This
 * connection's own writes are seen at once (total_changes(), a tenth of a microsecond). Other
 * connections' commits (data_version, 4 µs: it reads the write-ahead log's index) are looked for on
 * every call, or, with `everyMs`, at most once in that time: a server under load then reads it once
 * for many requests, and an import is served from the first request that arrives `everyMs` after its
 * commit.
 */
function changeCounter(db: Db, everyMs: number): () => string {
  // two prepared statements: cheaper than one that reads the pragma as a table
  const dataVersion = db.prepare<[], number>('PRAGMA data_version').pluck();
  const totalChanges = db.prepare<[], number>('SELECT total_changes()').pluck();
  let version = 0;
  let readAt = -Infinity;
  return () => {
    const now = everyMs > 0 ? performance.now() : 0;
    if (everyMs === 0 || now - readAt >= everyMs) {
      version = dataVersion.get() ?? 0;
      readAt = now;
    }
    return `${version}:${totalChanges.get() ?? 0}`;
  };
}

/**
 * A store of up to this many facts has its rollups made before it is served, a slice at a time as
 * its facts were: tens of milliseconds of work, and its first answers are then as quick as the rest.
 */
const ROLLUPS_BEFORE_SERVING = 100_000;

function* withSmallRollups(
  steps: Generator<void, DatasetStore>,
  previous: DatasetStore | null,
  readSaved: (store: DatasetStore) => void,
  atMost: number,
): Generator<void, DatasetStore> {
  const store = yield* steps;
  // a store comes with its rollups only when it was read from its saved copy
  if (store.rollupsMade) readSaved(store);
  else if (store.facts.count.length <= atMost) yield* rollupSteps(store, previous);
  return store;
}

export class Datasets {
  private readonly q: ReadQueries;
  private readonly changed: () => string;
  /** stores saved beside a database file, read at start; written only by a server that writes */
  private readonly saved: SavedStores | null;
  private readonly saves: boolean;
  /** stores read from their saved copy: nothing to save again */
  private readonly fromSaved = new WeakSet<DatasetStore>();
  private readonly rollupsBeforeServing: number;
  private seen: string | null = null;
  private changes = 0;
  private snap: Snapshot = { rows: [], latest: [] };
  /** what list(), get() and vocabulary() return, until a store or the database changes */
  private views: {
    list: DatasetView[];
    byId: Map<string, DatasetView>;
    vocabulary: Vocabulary;
  } | null = null;
  private readonly stores = new Map<string, DatasetStore>();
  private readonly builds = new Map<string, Promise<void>>();
  /** a version whose build failed is not tried again on every request */
  private readonly failed = new Map<string, number>();
  private readonly sliceMs: number;
  private readonly smallFacts: number;
  private readonly log: (message: string) => void;

  constructor(db: Db, options: DatasetsOptions = {}) {
    this.q = createReadQueries(db);
    this.changed = changeCounter(db, options.changeCheckMs ?? 0);
    const file = db.memory || db.name === '' ? null : db.name;
    this.saved = file === null || options.saveStores === false ? null : new SavedStores(file);
    this.saves = !db.readonly;
    this.rollupsBeforeServing = options.rollupsBeforeServing ?? ROLLUPS_BEFORE_SERVING;
    this.sliceMs = options.sliceMs ?? 15;
    this.smallFacts = options.smallFacts ?? 10_000;
    this.log = options.log ?? (() => undefined);
  }

  /**
   * Start bringing every store up to the database's latest version. Resolves once every dataset has
   * a store to serve; a dataset that has one keeps serving it while its next version is built.
   */
  refresh(): Promise<void> {
    const waits: Promise<void>[] = [];
    for (const v of this.check().latest) {
      const id = v.dataset_id;
      const current = this.stores.get(id);
      if (current && current.generation >= v.version) continue;
      if (current && this.failed.get(id) === v.version) continue;
      const build = this.builds.get(id) ?? this.build(id, current ?? null, v.version);
      if (!current) waits.push(build);
    }
    return waits.length === 0 ? Promise.resolve() : Promise.all(waits).then(() => undefined);
  }

  /** The datasets' rows and latest versions, read again only when the database has changed. */
  private check(): Snapshot {
    const now = this.changed();
    if (now !== this.seen) {
      // read both before noting the counter: a write between them is seen on the next call
      this.snap = { rows: this.q.datasets(), latest: this.q.latestVersions() };
      this.seen = now;
      this.invalidate();
    }
    return this.snap;
  }

  private invalidate(): void {
    this.views = null;
    this.changes++;
  }

  /** Changes whenever the datasets, their versions or the stores served may have changed. */
  get state(): number {
    return this.changes;
  }

  /** Datasets in the database that have no store yet, and those whose newer version is being built. */
  loading(): { starting: string[]; updating: string[] } {
    const starting: string[] = [];
    const updating: string[] = [];
    for (const id of this.builds.keys()) (this.stores.has(id) ? updating : starting).push(id);
    return { starting, updating };
  }

  private build(id: string, previous: DatasetStore | null, version: number): Promise<void> {
    const steps = withSmallRollups(
      buildStoreSteps(this.q, id, previous, this.saved),
      previous,
      (store) => this.fromSaved.add(store),
      this.rollupsBeforeServing,
    );
    const started = performance.now();
    // a version that adds a few thousand facts to one in memory is a few milliseconds' work: it is
    // finished at once, so that the request that noticed it is answered from it
    const last = previous?.tables.at(-1)?.id ?? 0;
    const small =
      previous !== null && this.q.factsAfter(id, last, this.smallFacts + 1) <= this.smallFacts;
    const done = new Promise<void>((resolve, reject) => {
      const slice = () => {
        const until = performance.now() + this.sliceMs;
        try {
          for (;;) {
            const r = steps.next();
            if (r.done) {
              this.stores.set(id, r.value);
              this.builds.delete(id);
              this.invalidate();
              if (r.value.rollupsMade) {
                if (!this.fromSaved.has(r.value)) this.save(r.value);
              } else this.makeRollups(r.value, previous);
              if (previous === null || performance.now() - started > 1000)
                this.log(
                  `Dataset '${id}' version ${r.value.generation} is in memory (${r.value.facts.pStart.length.toLocaleString('en-GB')} facts, ${((performance.now() - started) / 1000).toFixed(1)} s${this.fromSaved.has(r.value) ? ', read as saved at its last build' : ''})`,
                );
              resolve();
              return;
            }
            if (!small && performance.now() >= until) break;
          }
        } catch (e) {
          this.builds.delete(id);
          this.failed.set(id, version);
          this.log(
            `Dataset '${id}' version ${version} could not be put in memory${previous ? `; version ${previous.generation} is still served` : ''}: ${e instanceof Error ? e.message : String(e)}`,
          );
          reject(e instanceof Error ? e : new Error(String(e)));
          return;
        }
        setImmediate(slice);
      };
      // the first slice at once: a small addition is served by the request that noticed it
      queueMicrotask(slice);
    });
    // a build nobody waits for (an update) must not be an unhandled rejection
    done.catch(() => undefined);
    this.builds.set(id, done);
    return done;
  }

  /**
   * A served store's rollups, made between requests a slice at a time; until each is made the store
   * answers from its facts (the same answers, from more rows).
   */
  private makeRollups(store: DatasetStore, previous: DatasetStore | null): void {
    // read from its saved copy: nothing to make or save
    if (store.rollupsMade) return;
    const steps = rollupSteps(store, previous);
    const slice = () => {
      const until = performance.now() + this.sliceMs;
      try {
        while (performance.now() < until)
          if (steps.next().done) {
            this.save(store);
            return;
          }
      } catch (e) {
        this.log(
          `Dataset '${store.id}' version ${store.generation} is answered from its facts alone: its rollups could not be made: ${e instanceof Error ? e.message : String(e)}`,
        );
        return;
      }
      setImmediate(slice);
    };
    setImmediate(slice);
  }

  private save(store: DatasetStore): void {
    // only the newest store of a dataset, and only by a server that writes beside the database
    if (!this.saved || !this.saves || this.stores.get(store.id) !== store) return;
    try {
      this.saved.save(store);
    } catch (e) {
      this.log(
        `Dataset '${store.id}' version ${store.generation} could not be saved for the next start (it will be built again then): ${e instanceof Error ? e.message : String(e)}`,
      );
    }
  }

  /** The datasets that can be served, each at the latest version whose store is in memory. */
  list(): DatasetView[] {
    return this.current().list;
  }

  get(id: string): DatasetView | null {
    return this.current().byId.get(id) ?? null;
  }

  private current(): NonNullable<Datasets['views']> {
    if (this.views) return this.views;
    // before the first refresh, what the database holds now
    const { rows } = this.seen === null ? this.check() : this.snap;
    const list = rows.flatMap((row) => {
      const store = this.stores.get(row.id);
      return store ? [{ row, versions: store.versions, latest: store.generation }] : [];
    });
    this.views = {
      list,
      byId: new Map(list.map((d) => [d.row.id, d])),
      vocabulary: {
        datasets: list.map((d) => d.row.id),
        platforms: PLATFORMS,
        forces: FORCES,
        offences: OFFENCE_NODES.filter((n) => n.id !== ROOT_ID),
        outcomes: OUTCOME_NODES.filter((n) => n.id !== ROOT_ID),
      },
    };
    return this.views;
  }

  /** The store a view was made from. */
  store(view: DatasetView): DatasetStore {
    const store = this.stores.get(view.row.id);
    if (!store) throw new Error(`Dataset '${view.row.id}' has no store in memory`);
    return store;
  }

  vocabulary(): Vocabulary {
    return this.current().vocabulary;
  }

  summary(view: DatasetView, version: number): DatasetSummary {
    const v = view.versions.find((x) => x.version === version);
    return {
      id: view.row.id,
      title: view.row.title,
      illustrative: view.row.illustrative === 1,
      version,
      updated: v?.created_at ?? '',
    };
  }

  coverage(view: DatasetView, version: number): Coverage | null {
    const c = coverageOf(this.store(view), version);
    return c ? { from: formatMonth(c.start), to: formatMonth(c.end) } : null;
  }

  /** The platforms with figures in the version, and the intervals at which a figure can be shown. */
  holds(view: DatasetView, version: number): { platforms: string[]; intervals: Interval[] } {
    const store = this.store(view);
    const active = store.tables.filter((t) => isActive(t, version) && t.periods.length > 0);
    const platforms = platformsHeld(store, version);
    return {
      platforms: PLATFORMS.filter((_, i) => platforms.has(i)).map((p) => p.id),
      intervals: INTERVALS.filter((interval) =>
        active.some((t) => t.periods.some((p) => fitsInterval(p, interval))),
      ),
    };
  }

  /** Sources of the facts and return statuses that the version holds, and those `named` (ids). */
  sources(view: DatasetView, version: number, named: readonly string[] = []): Source[] {
    const store = this.store(view);
    const used = new Set<number>();
    for (const t of store.tables) if (isActive(t, version)) for (const s of t.sources) used.add(s);
    for (const list of store.unitStatuses)
      for (const s of list) if (isActive(s, version) && s.source !== null) used.add(s.source);
    return [...store.sources.entries()]
      .filter(([id, s]) => used.has(id) || named.includes(s.id))
      .map(([, s]) => s);
  }
}
