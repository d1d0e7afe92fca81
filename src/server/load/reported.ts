import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { BOUNDS, SOURCE_KINDS, type NationalFigure } from '@shared/contract.ts';
import { formatMonth, fyRange, overlaps, periodLabel, type MonthRange } from '@shared/period.ts';
import { FORCES } from '@shared/reference/forces.ts';
import { PLATFORMS } from '@shared/reference/platforms.ts';
import { loadTables, parseFilesNow } from '../import/load.ts';
import { parse as parseCsv } from 'csv-parse/sync';
import type { LoadPlan, SourceInput, StatusInput } from './plan.ts';
import { LoadError } from './write.ts';

/**
 * The `reported` dataset: the published figures in data/reported/, loaded as published. Every force was
 * asked about TikTok for three financial years; a force with no published figure has status `unknown`
 * (asked, but no reply has been found), which the API reports as not available, never as zero.
 */

const FY = /^(\d{4})\/(\d{2})$/;

/** "2021/22" or "2021/22-2023/24" as months. */
export function parseFinancialYears(text: string): MonthRange | null {
  const [first, last = first] = text.split('-').map((p) => p.trim());
  const a = first ? FY.exec(first) : null;
  const b = last ? FY.exec(last) : null;
  if (!a || !b) return null;
  const y1 = Number(a[1]);
  const y2 = Number(b[1]);
  if ((y1 + 1) % 100 !== Number(a[2]) || (y2 + 1) % 100 !== Number(b[2]) || y2 < y1) return null;
  return { start: fyRange(y1).start, end: fyRange(y2).end };
}

const PrintedSchema = z.object({
  value: z.int().positive(),
  bound: z.enum(BOUNDS),
  asPublished: z.string().min(1),
  sources: z.array(z.string()).min(1),
});

/** the country's figure as the release gave it: see NationalFigure in the contract */
const NationalFileSchema = PrintedSchema.extend({
  area: z.object({ id: z.string().min(1), name: z.string().min(1) }),
  platform: z.string(),
  /** "2021/22-2023/24" */
  period: z.string(),
  change: z
    .object({
      percent: z.number(),
      since: z.string().min(1),
      asPublished: z.string().min(1),
      sources: z.array(z.string()).min(1),
    })
    .nullable()
    .default(null),
  alternative: PrintedSchema.nullable().default(null),
  why: z.string().nullable().default(null),
});

const DatasetFileSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  caveats: z.array(z.string()),
  request: z.object({
    platform: z.string(),
    periods: z.array(z.string()),
    forces: z.literal('all'),
    note: z.string(),
  }),
  national: NationalFileSchema.nullable().default(null),
});

const SourceRowSchema = z.object({
  source: z.string().min(1),
  kind: z.enum(SOURCE_KINDS),
  title: z.string().min(1),
  publisher: z.string().min(1),
  date: z.string(),
  url: z.string(),
});

function parseRow<T>(schema: z.ZodType<T>, row: unknown, where: string): T {
  const r = schema.safeParse(row);
  if (!r.success) throw new Error(`${where}: ${z.prettifyError(r.error)}`);
  return r.data;
}

function must<T>(value: T | null | undefined, message: string): T {
  if (value === null || value === undefined) throw new Error(message);
  return value;
}

const FIGURES = 'tiktok-foi-2024.csv';

/** The national figure as the API gives it, its period in months and every source it names listed. */
function nationalFigure(
  file: z.infer<typeof NationalFileSchema>,
  sourceKeys: ReadonlySet<string>,
): NationalFigure {
  const where = 'dataset.json national';
  const period = must(
    parseFinancialYears(file.period),
    `${where}: period '${file.period}' is not a financial year or a span of them`,
  );
  if (!PLATFORMS.some((p) => p.id === file.platform))
    throw new Error(`${where}: platform '${file.platform}' is not a known platform`);
  const named = [
    ...file.sources,
    ...(file.change?.sources ?? []),
    ...(file.alternative?.sources ?? []),
  ];
  for (const key of named)
    if (!sourceKeys.has(key)) throw new Error(`${where}: source '${key}' is not in sources.csv`);
  return {
    ...file,
    period: {
      label: periodLabel(period),
      start: formatMonth(period.start),
      end: formatMonth(period.end),
    },
  };
}

/** the note of every version the shipped builder writes: how a database tells it was seeded */
export const REPORTED_NOTE = 'Published figures as shipped with the dashboard';

export function reportedPlan(dir: string): LoadPlan {
  const info = DatasetFileSchema.parse(JSON.parse(readFileSync(join(dir, 'dataset.json'), 'utf8')));
  const records: Record<string, string>[] = parseCsv(readFileSync(join(dir, 'sources.csv')), {
    bom: true,
    columns: (header: string[]) => header.map((h) => h.trim()),
    skip_empty_lines: true,
    skip_records_with_empty_values: true,
  });
  const sources: SourceInput[] = records.map((r, i) => {
    const s = parseRow(SourceRowSchema, r, `sources.csv row ${i + 2}`);
    return {
      key: s.source,
      kind: s.kind,
      title: s.title,
      publisher: s.publisher,
      date: s.date || null,
      url: s.url || null,
    };
  });

  // the published figures go through the importer, as any return does: one path for every load
  const load = parseFilesNow([{ path: join(dir, FIGURES), label: FIGURES }], {
    sourceKeys: new Set(sources.map((s) => s.key)),
  });
  if (load.problems.total > 0) throw new LoadError([...load.problems.list]);
  const sourceOfForce = new Map<string, string>();
  for (const t of load.files.flatMap((f) => f.tables)) {
    const source = t.firstSource(load.strings);
    if (source !== null && !sourceOfForce.has(t.force)) sourceOfForce.set(t.force, source);
  }

  // a refusal or a missing reply stated in the figures file stands for its period; every other force
  // and period of the request is provided (figures were published) or unknown
  const stated: StatusInput[] = load.files
    .flatMap((f) => f.statuses)
    .map(({ file: _file, row: _row, ...s }) => s);
  const statuses = [...stated];
  for (const force of FORCES) {
    for (const p of info.request.periods) {
      const period = must(parseFinancialYears(p), `request period '${p}' is not a financial year`);
      const stated = statuses.some(
        (s) => s.force === force.id && s.platform === info.request.platform && overlaps(s, period),
      );
      if (stated) continue;
      const source = sourceOfForce.get(force.id);
      const provided = source !== undefined;
      statuses.push({
        force: force.id,
        platform: info.request.platform,
        start: period.start,
        end: period.end,
        status: provided ? 'provided' : 'unknown',
        note: provided
          ? 'Figures from this reply were published (see the sources).'
          : 'Asked in the 2024 request; no published reply has been found.',
        source: source ?? null,
      });
    }
  }

  return {
    dataset: {
      id: info.id,
      title: info.title,
      description: info.description,
      illustrative: false,
      caveats: info.caveats,
      national: info.national && nationalFigure(info.national, new Set(sources.map((s) => s.key))),
    },
    note: REPORTED_NOTE,
    origin: 'seed',
    supersede: 'seed',
    sources,
    tables: loadTables(load, ''),
    statuses,
  };
}
