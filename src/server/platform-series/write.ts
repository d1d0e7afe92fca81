import type { SeriesSource } from '@shared/platform-series.ts';
import type { Db } from '../db/open.ts';
import { createSeriesQueries } from '../db/queries.ts';
import type { Origin } from '../load/plan.ts';
import { LoadError } from '../load/write.ts';
import {
  checkSeriesRecord,
  seriesContext,
  type ReleaseDefinition,
  type SeriesRecord,
} from './rows.ts';

/**
 * A load of a release of published figures: what the seed (the shipped files) or an import (a series
 * table) adds as a new version of the release, written in one transaction or not at all.
 */
export interface SeriesLoadPlan {
  definition: ReleaseDefinition;
  /** what this version is, in a few words */
  note: string;
  origin: Origin;
  /** end the figures of this origin that the release's current version holds (the seed's own) */
  supersede?: Origin;
  /** end these current figures (ids): those an import replaces */
  end?: readonly number[];
  /** sources to add (or bring up to date, by id) */
  sources: readonly SeriesSource[];
  loadKey?: string;
  figures: readonly { file: string; line: number; record: SeriesRecord }[];
  /**
   * how the figures are numbered in the release: by their line (the shipped file, whose lines the
   * API has always named them by), or on from the release's last number (an import)
   */
  numbering: 'line' | 'next';
  /** what a source cell may hold, in words (for a refusal) */
  sourceHint?: string;
}

export interface SeriesLoadResult {
  release: string;
  version: number;
  figures: number;
}

/** Write a series load as a new version of its release, all or nothing; LoadError lists every bad row. */
export function writeSeriesLoad(db: Db, plan: SeriesLoadPlan, now: Date): SeriesLoadResult {
  const q = createSeriesQueries(db);
  const id = plan.definition.id;
  return db
    .transaction((): SeriesLoadResult => {
      q.upsertRelease({
        id,
        title: plan.definition.title,
        definition: JSON.stringify(plan.definition),
      });
      const version = q.latestVersion(id) + 1;
      const problems: string[] = [];
      if (plan.supersede) q.supersede(version, id, plan.supersede);
      for (const figure of plan.end ?? [])
        if (!q.endFigure(version, id, figure))
          problems.push(
            `figure ${figure} is no longer current in '${id}': another load replaced it`,
          );
      for (const s of plan.sources)
        q.upsertSource({
          release_id: id,
          key: s.id,
          kind: s.kind,
          title: s.title,
          publisher: s.publisher,
          date: s.date,
          url: s.url,
          from_version: version,
        });
      const ctx = seriesContext(
        plan.definition,
        q.sources(id, version).map((s) => s.key),
        plan.sourceHint,
      );
      let next = q.maxRow(id);
      // a figure's number names it in the API (a share's base, a disagreement): one per version
      const taken = new Set(q.currentFigures(id).map((f) => f.row));
      for (const f of plan.figures) {
        const checked = checkSeriesRecord(f.record, ctx);
        for (const p of checked.problems) problems.push(`${f.file}:${f.line}: ${p}`);
        const row = plan.numbering === 'line' ? f.line : ++next;
        if (taken.has(row))
          problems.push(`${f.file}:${f.line}: figure number ${row} is already a current figure's`);
        taken.add(row);
        if (problems.length > 0) continue;
        const r = f.record;
        q.insertFigure({
          release_id: id,
          row,
          area_kind: r.area_kind,
          area: r.area,
          platform: r.platform,
          table_name: r.table,
          complete: r.complete,
          period: r.period,
          period_as_published: r.period_as_published,
          offence: r.offence,
          outcome: r.outcome,
          value: r.value,
          unit: r.unit,
          base: r.base,
          source: r.source,
          as_published: r.as_published,
          note: r.note,
          origin: plan.origin,
          file: f.file,
          line: f.line,
          from_version: version,
        });
      }
      if (problems.length > 0) throw new LoadError(problems);
      q.insertVersion({
        release_id: id,
        version,
        created_at: now.toISOString(),
        note: plan.note,
        origin: plan.origin,
        load_key: plan.loadKey ?? null,
      });
      return { release: id, version, figures: plan.figures.length };
    })
    .immediate();
}
