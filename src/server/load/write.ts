import { offenceHierarchy, OFFENCE_LEVELS } from '@shared/reference/offences.ts';
import { outcomeHierarchy, OUTCOME_LEVELS } from '@shared/reference/outcomes.ts';
import { FORCES } from '@shared/reference/forces.ts';
import { PLATFORMS } from '@shared/reference/platforms.ts';
import { childrenOf, ROOT_ID, type Hierarchy } from '@shared/hierarchy.ts';
import { formatMonth } from '@shared/period.ts';
import type { Db } from '../db/open.ts';
import { createWriteQueries } from '../db/queries.ts';
import { MAX_COUNT, type LoadPlan, type TableInput } from './plan.ts';
import { sourceFieldProblems } from './source-fields.ts';

export class LoadError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(
      `The load was refused (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.join('\n')}`,
    );
    this.problems = problems;
  }
}

export interface LoadResult {
  dataset: string;
  version: number;
  tables: number;
  facts: number;
}

const forceIds = new Set(FORCES.map((f) => f.id));
const platformIds = new Set<string>(PLATFORMS.map((p) => p.id));

/**
 * An outcome group with a single outcome type is the same crimes as that type ("Investigation complete
 * – no suspect identified" is outcome 18), so a figure published for the group is stored as the type.
 */
function singleChildAliases(h: Hierarchy): Map<string, string> {
  const aliases = new Map<string, string>();
  h.nodes.forEach((n, i) => {
    if (n.level !== 'group') return;
    const children = childrenOf(h, i);
    const only = children.length === 1 ? h.nodes[children[0] ?? -1] : undefined;
    if (only) aliases.set(n.id, only.id);
  });
  return aliases;
}
const outcomeAliases = singleChildAliases(outcomeHierarchy);

export function canonicalOutcome(id: string): string {
  return outcomeAliases.get(id) ?? id;
}

/**
 * A confirmed nil is a complete table with a single zero: zero crimes break down any way a question
 * asks, so the force answers 0 at every level rather than going missing.
 */
function* withNilTables(plan: LoadPlan): Iterable<TableInput> {
  yield* plan.tables;
  for (const s of plan.statuses) {
    if (s.status !== 'nil') continue;
    yield {
      name: 'nil',
      force: s.force,
      platform: s.platform,
      complete: true,
      source: s.source ?? '',
      note: s.note ?? 'The force confirmed that it recorded no such crimes.',
      facts: [
        {
          start: s.start,
          end: s.end,
          offence: ROOT_ID,
          outcome: ROOT_ID,
          count: 0,
          source: s.source ?? null,
        },
      ],
    };
  }
}

/** Write a load as a new version of its dataset, all or nothing. */
export function writeLoad(db: Db, plan: LoadPlan, now: Date): LoadResult {
  const q = createWriteQueries(db);
  const run = db.transaction((): LoadResult => {
    const problems: string[] = [];
    const ds = plan.dataset;
    q.upsertDataset({
      id: ds.id,
      title: ds.title,
      description: ds.description,
      illustrative: ds.illustrative ? 1 : 0,
      caveats: JSON.stringify(ds.caveats),
      national: ds.national ? JSON.stringify(ds.national) : null,
    });
    const version = q.maxVersion(ds.id) + 1;
    if (plan.supersede) q.supersede(version, ds.id, plan.supersede);
    // ending a row that is no longer current means another load got there first: refuse, not guess
    for (const id of plan.end?.tables ?? [])
      if (!q.endTable(version, ds.id, id))
        problems.push(`table ${id} is not a current table of '${ds.id}': another load replaced it`);
    for (const id of plan.end?.statuses ?? [])
      if (!q.endStatus(version, ds.id, id))
        problems.push(`return status ${id} is not current in '${ds.id}': another load replaced it`);

    const sourceIds = new Map<string, number>();
    for (const s of plan.sources) {
      for (const p of sourceFieldProblems(s)) problems.push(`source '${s.key}': ${p}`);
      sourceIds.set(
        s.key,
        q.upsertSource({
          dataset_id: ds.id,
          key: s.key,
          kind: s.kind,
          title: s.title,
          publisher: s.publisher,
          date: s.date,
          url: s.url,
        }),
      );
    }
    const sourceId = (key: string | null | undefined, where: string): number | null => {
      if (key === null || key === undefined) return null;
      const id = sourceIds.get(key);
      if (id === undefined)
        problems.push(`${where}: source '${key}' is not listed among the load's sources`);
      return id ?? null;
    };

    let tables = 0;
    let facts = 0;
    for (const t of withNilTables(plan)) {
      const where = `table '${t.name}' (${t.force}, ${t.platform})`;
      if (!forceIds.has(t.force)) problems.push(`${where}: '${t.force}' is not a force id`);
      if (!platformIds.has(t.platform))
        problems.push(`${where}: '${t.platform}' is not a platform id`);
      const tableSource = t.source === '' ? null : sourceId(t.source, where);
      const tableId = q.insertTable({
        dataset_id: ds.id,
        name: t.name,
        force_id: t.force,
        platform_id: t.platform,
        complete: t.complete ? 1 : 0,
        offence_level: 'all',
        outcome_level: 'all',
        origin: plan.origin,
        note: t.note ?? null,
        from_version: version,
      });
      let offRank = 0;
      let outRank = 0;
      const seen = new Set<string>();
      for (const f of t.facts) {
        const outcome = canonicalOutcome(f.outcome);
        const off = offenceHierarchy.indexOf.get(f.offence);
        const out = outcomeHierarchy.indexOf.get(outcome);
        const at = `${where}, ${formatMonth(f.start)}..${formatMonth(f.end)}, ${f.offence} × ${f.outcome}`;
        const known = problems.length;
        if (off === undefined) problems.push(`${at}: '${f.offence}' is not an offence id`);
        if (out === undefined) problems.push(`${at}: '${f.outcome}' is not an outcome id`);
        if (!(f.end >= f.start)) problems.push(`${at}: the period ends before it starts`);
        if (f.count !== null && !(Number.isInteger(f.count) && f.count >= 0))
          problems.push(`${at}: count ${String(f.count)} is not a non-negative whole number`);
        else if (f.count !== null && f.count > MAX_COUNT)
          problems.push(`${at}: count ${String(f.count)} is larger than ${MAX_COUNT} can hold`);
        const key = `${f.start}:${f.end}:${f.offence}:${outcome}`;
        if (seen.has(key)) problems.push(`${at}: the same cell appears twice in one table`);
        seen.add(key);
        offRank = Math.max(offRank, offenceHierarchy.rank[off ?? 0] ?? 0);
        outRank = Math.max(outRank, outcomeHierarchy.rank[out ?? 0] ?? 0);
        // a bad fact is reported, not written: the load will roll back, and the database's own checks
        // must not stop the collection of every problem
        if (problems.length > known) continue;
        q.insertFact.run(
          tableId,
          f.start,
          f.end,
          f.offence,
          outcome,
          f.count,
          f.source === undefined ? tableSource : sourceId(f.source, at),
          f.asPublished ?? null,
          f.note ?? null,
        );
        facts++;
      }
      q.setTableLevels(tableId, OFFENCE_LEVELS[offRank] ?? 'all', OUTCOME_LEVELS[outRank] ?? 'all');
      tables++;
    }

    for (const s of plan.statuses) {
      const where = `return status (${s.force}, ${s.platform}, ${formatMonth(s.start)}..${formatMonth(s.end)})`;
      if (!forceIds.has(s.force)) problems.push(`${where}: '${s.force}' is not a force id`);
      if (!platformIds.has(s.platform))
        problems.push(`${where}: '${s.platform}' is not a platform id`);
      q.insertStatus({
        dataset_id: ds.id,
        force_id: s.force,
        platform_id: s.platform,
        period_start: s.start,
        period_end: s.end,
        status: s.status,
        note: s.note ?? null,
        source_id: sourceId(s.source, where),
        origin: plan.origin,
        from_version: version,
      });
    }

    if (problems.length > 0) throw new LoadError(problems);
    q.insertVersion({
      dataset_id: ds.id,
      version,
      created_at: now.toISOString(),
      note: plan.note,
      load_key: plan.loadKey ?? null,
    });
    return { dataset: ds.id, version, tables, facts };
  });
  return run.immediate();
}
