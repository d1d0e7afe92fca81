import type { ReturnStatus } from '@shared/contract.ts';
import { periodLabel, type MonthRange } from '@shared/period.ts';
import { FORCES } from '@shared/reference/forces.ts';
import { PLATFORMS } from '@shared/reference/platforms.ts';
import type { CurrentTableRow } from '../db/queries.ts';
import type { SourceInput } from '../load/plan.ts';
import type { ParsedLoad } from './load.ts';

/** What a load adds, in the words a data manager checks it by: files, rows, forces, periods. */

export interface Summary {
  dataset: string;
  version: number;
  source: SourceInput;
  files: {
    file: string;
    description: string;
    rows: number;
    accepted: number;
    tables: number;
    statuses: number;
    skipped: number;
    ignoredColumns: string[];
  }[];
  units: {
    force: string;
    platform: string;
    facts: number;
    suppressed: number;
    tables: number;
    range: MonthRange;
  }[];
  statuses: { force: string; platform: string; range: MonthRange; status: ReturnStatus }[];
  range: MonthRange | null;
  facts: number;
  tables: number;
  replaced: { name: string; force: string; platform: string; version: number }[];
  endedStatuses: number;
}

const forceName = (id: string) => FORCES.find((f) => f.id === id)?.name ?? id;
const platformName = (id: string) => PLATFORMS.find((p) => p.id === id)?.name ?? id;

export function summarise(args: {
  load: ParsedLoad;
  dataset: string;
  version: number;
  source: SourceInput;
  stated: readonly {
    force: string;
    platform: string;
    start: number;
    end: number;
    status: ReturnStatus;
  }[];
  replaced: readonly CurrentTableRow[];
  ended: number;
}): Summary {
  const units = new Map<string, Summary['units'][number]>();
  let range: MonthRange | null = null;
  let facts = 0;
  let tables = 0;
  for (const f of args.load.files) {
    for (const t of f.tables) {
      const periods = t.periods();
      const first = periods[0];
      if (!first) continue;
      const r = { start: first.start, end: Math.max(...periods.map((p) => p.end)) };
      const key = `${t.force}|${t.platform}`;
      const u = units.get(key) ?? {
        force: t.force,
        platform: t.platform,
        facts: 0,
        suppressed: 0,
        tables: 0,
        range: r,
      };
      u.facts += t.length;
      u.suppressed += t.suppressed;
      u.tables++;
      u.range = { start: Math.min(u.range.start, r.start), end: Math.max(u.range.end, r.end) };
      units.set(key, u);
      range = range
        ? { start: Math.min(range.start, r.start), end: Math.max(range.end, r.end) }
        : r;
      facts += t.length;
      tables++;
    }
  }
  return {
    dataset: args.dataset,
    version: args.version,
    source: args.source,
    files: args.load.files.map((f) => ({
      file: f.file,
      description: f.description,
      rows: f.rows,
      accepted: f.accepted,
      tables: f.tables.length,
      statuses: f.statuses.length,
      skipped: f.skipped,
      ignoredColumns: f.ignoredColumns,
    })),
    units: [...units.values()].sort(
      (a, b) =>
        forceName(a.force).localeCompare(forceName(b.force)) ||
        a.platform.localeCompare(b.platform),
    ),
    statuses: args.stated.map((s) => ({
      force: s.force,
      platform: s.platform,
      range: { start: s.start, end: s.end },
      status: s.status,
    })),
    range,
    facts,
    tables,
    replaced: args.replaced.map((t) => ({
      name: t.name,
      force: t.force_id,
      platform: t.platform_id,
      version: t.from_version,
    })),
    endedStatuses: args.ended,
  };
}

const n = (x: number) => x.toLocaleString('en-GB');
const plural = (x: number, one: string, many = `${one}s`) => `${n(x)} ${x === 1 ? one : many}`;

function table(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

export function formatSummary(s: Summary, mode: 'written' | 'dry-run', where: string): string[] {
  const out: string[] = [];
  const rows = s.files.reduce((a, f) => a + f.rows, 0);
  out.push(`${plural(s.files.length, 'file')}, ${plural(rows, 'row')} read:`);
  for (const f of s.files) {
    const extra = [
      f.skipped > 0 ? `${plural(f.skipped, 'row')} above the header skipped` : '',
      f.ignoredColumns.length > 0 ? `ignored columns: ${f.ignoredColumns.join(', ')}` : '',
    ].filter(Boolean);
    out.push(
      `  ${f.file} (${f.description}): ${plural(f.rows, 'row')}, ${plural(f.tables, 'table')}${f.statuses > 0 ? `, ${plural(f.statuses, 'return status', 'return statuses')}` : ''}${extra.length ? `; ${extra.join('; ')}` : ''}`,
    );
  }
  if (s.units.length > 0) {
    out.push(`Facts ${mode === 'written' ? 'added' : 'to add'}, by force and platform:`);
    out.push(
      ...table(
        s.units.map((u) => [
          `  ${forceName(u.force)}`,
          platformName(u.platform),
          plural(u.facts, 'fact'),
          plural(u.tables, 'table'),
          u.suppressed > 0 ? `${n(u.suppressed)} suppressed` : '',
          periodLabel(u.range),
        ]),
      ),
    );
  }
  for (const st of s.statuses)
    out.push(
      `Return status: ${forceName(st.force)}, ${platformName(st.platform)}, ${periodLabel(st.range)}: ${st.status.replace('_', ' ')}`,
    );
  out.push(
    `Periods: ${s.range ? periodLabel(s.range) : 'none (return statuses only)'}; ${plural(s.facts, 'fact')} in ${plural(s.tables, 'table')}`,
  );
  const src = s.source;
  out.push(
    `Source: ${src.title} (${[src.publisher, src.date, src.kind].filter(Boolean).join(', ')})`,
  );
  const verb = mode === 'written' ? 'Replaced' : 'Would replace';
  for (const r of s.replaced.slice(0, 10))
    out.push(
      `${verb}: table '${r.name}' of ${forceName(r.force)}, ${platformName(r.platform)}, loaded in version ${r.version}`,
    );
  if (s.replaced.length > 10)
    out.push(`${verb}: ${plural(s.replaced.length - 10, 'more table')} loaded earlier`);
  if (s.endedStatuses > 0)
    out.push(
      `${plural(s.endedStatuses, 'earlier return status', 'earlier return statuses')} for the same forces and periods ${mode === 'written' ? (s.endedStatuses === 1 ? 'was' : 'were') : 'would be'} superseded`,
    );
  out.push(
    mode === 'written'
      ? `Added version ${s.version} of dataset '${s.dataset}' to ${where}.`
      : `Dry run: nothing was written. The import would add version ${s.version} of dataset '${s.dataset}' to ${where}.`,
  );
  return out;
}
