import type { ReleaseSummary } from '@shared/meta-releases.ts';
import { API } from '@shared/contract.ts';
import { PERIOD_KINDS, SERIES_TABLES } from '@shared/platform-series.ts';
import type { Db } from '../db/open.ts';
import { createSeriesQueries, hasSeriesTables } from '../db/queries.ts';
import { etagFor } from '../http/etag.ts';
import { readStoredSeries, SERIES_RELEASE, type PlatformSeries } from './read.ts';
import { ReleaseDefinitionSchema } from './rows.ts';

/** A release's latest version as served: its figures, its ETag and its description for meta. */
export interface ServedRelease {
  version: number;
  series: PlatformSeries;
  tag: string;
  summary: ReleaseSummary;
}

/**
 * The releases of published figures the database holds, each read (and checked) once a version: a
 * request costs one look at the latest version number, so an import's new version is served by the
 * next request, and a read-only server reads without writing.
 */
export class Releases {
  private readonly db: Db;
  private q: ReturnType<typeof createSeriesQueries> | null = null;
  private readonly served = new Map<string, ServedRelease>();
  private readonly pinned = new Map<string, ServedRelease>();

  constructor(db: Db) {
    this.db = db;
  }

  private queries(): ReturnType<typeof createSeriesQueries> | null {
    if (!this.q && hasSeriesTables(this.db)) this.q = createSeriesQueries(this.db);
    return this.q;
  }

  /** The release's latest version; null when the database holds none. */
  current(id: string = SERIES_RELEASE): ServedRelease | null {
    const q = this.queries();
    if (!q) return null;
    const latest = q.latestVersion(id);
    const held = this.served.get(id);
    if (held?.version === latest) return held;
    const made = this.read(id, latest);
    if (made) this.served.set(id, made);
    return made;
  }

  /**
   * A version of the release, as a link pinned to it asks (a version once written never changes, so
   * each is read once); null when the database holds no such version.
   */
  at(version: number, id: string = SERIES_RELEASE): ServedRelease | null {
    const latest = this.current(id);
    if (!latest || version === latest.version) return latest;
    if (version < 1 || version > latest.version) return null;
    const key = `${id}:${version}`;
    const held = this.pinned.get(key);
    if (held) return held;
    const made = this.read(id, version);
    if (made) this.pinned.set(key, made);
    return made;
  }

  /** The versions the release has: 1 to the latest (0: none). */
  latestVersion(id: string = SERIES_RELEASE): number {
    return this.current(id)?.version ?? 0;
  }

  private read(id: string, version: number): ServedRelease | null {
    const q = this.queries();
    if (!q) return null;
    const read = readStoredSeries(this.db, id, version);
    const release = q.release(id);
    if (!read || !release) return null;
    const definition = ReleaseDefinitionSchema.parse(JSON.parse(release.definition));
    return {
      version: read.version,
      series: read.series,
      tag: etagFor(['platform-series', JSON.stringify(read.series)]),
      summary: summarise(read.series, read.version, q.versions(id), definition.publisher),
    };
  }

  /** Every release the database holds, at its latest version. */
  list(): ServedRelease[] {
    const q = this.queries();
    if (!q) return [];
    return q.releases().flatMap((r) => {
      const c = this.current(r.id);
      return c ? [c] : [];
    });
  }
}

function summarise(
  series: PlatformSeries,
  version: number,
  versions: readonly { version: number; created_at: string; note: string }[],
  publisher: string | undefined,
): ReleaseSummary {
  const { figures } = series;
  const withFigures = new Set(figures.map((f) => `${f.areaKind}:${f.area}`));
  const shares = figures.filter((f) => f.table === 'platform-share');
  const bases = new Set(shares.flatMap((f) => (f.base ? [f.base.table] : [])));
  const kinds = new Set(figures.flatMap((f) => (f.period ? [f.period.kind] : [])));
  const tables = new Set(figures.map((f) => f.table));
  return {
    id: series.release.id,
    title: series.release.title,
    publisher: publisher ?? 'not stated',
    description: series.release.description,
    path: API.platformSeries,
    version,
    updated: versions.find((v) => v.version === version)?.created_at ?? '',
    versions: versions
      .filter((v) => v.version <= version)
      .map((v) => ({ version: v.version, created: v.created_at, note: v.note })),
    sources: series.sources.map((s) => ({ id: s.id, title: s.title, publisher: s.publisher })),
    figures: figures.length,
    areas: series.areas
      .filter((a) => withFigures.has(`${a.kind}:${a.id}`))
      .map((a) => ({ kind: a.kind, id: a.id, name: a.name, forces: a.forces })),
    offences: series.release.offences.map((o) => ({ code: o.code, name: o.name })),
    platforms: series.platforms.map((p) => ({
      id: p.id,
      name: p.name,
      group: p.members.length > 1,
      members: p.members,
    })),
    tables: SERIES_TABLES.filter((t) => tables.has(t)),
    periodKinds: PERIOD_KINDS.filter((k) => kinds.has(k)),
    undated: series.unplaced.length,
    shares: {
      count: shares.length,
      withBase: shares.every((f) => f.base !== null),
      bases: SERIES_TABLES.filter((t) => bases.has(t)),
    },
  };
}
