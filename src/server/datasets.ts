import type { Coverage, DatasetSummary, Source } from '@shared/contract.ts';
import type { Vocabulary } from '@shared/filters.ts';
import { fitsInterval, formatMonth, INTERVALS, type Interval } from '@shared/period.ts';
import { FORCES } from '@shared/reference/forces.ts';
import { OFFENCE_NODES } from '@shared/reference/offences.ts';
import { OUTCOME_NODES } from '@shared/reference/outcomes.ts';
import { PLATFORMS } from '@shared/reference/platforms.ts';
import { ROOT_ID } from '@shared/hierarchy.ts';
import { buildStore, coverageOf, isActive, type DatasetStore } from './answer/store.ts';
import type { Db } from './db/open.ts';
import { createReadQueries, type DatasetRow, type VersionRow } from './db/queries.ts';

/**
 * The datasets as the API sees them: their descriptions and versions from the database, and an
 * in-memory store per dataset that is rebuilt when another process (an import) adds a version.
 */

export interface DatasetView {
  row: DatasetRow;
  versions: VersionRow[];
  latest: number;
}

export class Datasets {
  private readonly q;
  private readonly stores = new Map<string, DatasetStore>();

  constructor(db: Db) {
    this.q = createReadQueries(db);
  }

  list(): DatasetView[] {
    const latest = new Map(this.q.latestVersions().map((v) => [v.dataset_id, v.version]));
    return this.q
      .datasets()
      .filter((d) => latest.has(d.id))
      .map((row) => ({ row, versions: this.q.versions(row.id), latest: latest.get(row.id) ?? 0 }));
  }

  get(id: string): DatasetView | null {
    return this.list().find((d) => d.row.id === id) ?? null;
  }

  /** The store for a dataset, rebuilt if its latest version has moved on since it was built. */
  store(view: DatasetView): DatasetStore {
    const cached = this.stores.get(view.row.id);
    if (cached?.generation === view.latest) return cached;
    const store = buildStore(this.q, view.row.id);
    this.stores.set(view.row.id, store);
    return store;
  }

  vocabulary(): Vocabulary {
    return {
      datasets: this.list().map((d) => d.row.id),
      platforms: PLATFORMS,
      forces: FORCES,
      offences: OFFENCE_NODES.filter((n) => n.id !== ROOT_ID),
      outcomes: OUTCOME_NODES.filter((n) => n.id !== ROOT_ID),
    };
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
    const platforms = new Set(active.map((t) => t.platform));
    return {
      platforms: PLATFORMS.filter((_, i) => platforms.has(i)).map((p) => p.id),
      intervals: INTERVALS.filter((interval) =>
        active.some((t) => t.periods.some((p) => fitsInterval(p, interval))),
      ),
    };
  }

  /** Sources of the facts and return statuses that the version holds. */
  sources(view: DatasetView, version: number): Source[] {
    const store = this.store(view);
    const used = new Set<number>();
    for (const t of store.tables) if (isActive(t, version)) for (const s of t.sources) used.add(s);
    for (const list of store.unitStatuses)
      for (const s of list) if (isActive(s, version) && s.source !== null) used.add(s.source);
    return [...store.sources.entries()].filter(([id]) => used.has(id)).map(([, s]) => s);
  }
}
