import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { SOURCE_KINDS } from '@shared/contract.ts';
import { fyRange, type MonthRange } from '@shared/period.ts';
import { FORCES } from '@shared/reference/forces.ts';
import { parseCsvRecords } from '../lib/csv.ts';
import type { FactInput, LoadPlan, SourceInput, StatusInput, TableInput } from './plan.ts';

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
});

const SourceRowSchema = z.object({
  source: z.string().min(1),
  kind: z.enum(SOURCE_KINDS),
  title: z.string().min(1),
  publisher: z.string().min(1),
  date: z.string(),
  url: z.string(),
});

const FigureRowSchema = z.object({
  force: z.string().min(1),
  platform: z.string().min(1),
  table: z.string().min(1),
  complete: z.enum(['yes', 'no']),
  period: z.string().min(1),
  offence: z.string().min(1),
  outcome: z.string().min(1),
  count: z.string().regex(/^\d+$/),
  source: z.string().min(1),
  as_published: z.string(),
  note: z.string(),
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

export function reportedPlan(dir: string): LoadPlan {
  const info = DatasetFileSchema.parse(JSON.parse(readFileSync(join(dir, 'dataset.json'), 'utf8')));
  const sources: SourceInput[] = parseCsvRecords(
    readFileSync(join(dir, 'sources.csv'), 'utf8'),
  ).map((r, i) => {
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

  const tables = new Map<string, TableInput & { facts: FactInput[] }>();
  const csv = readFileSync(join(dir, 'tiktok-foi-2024.csv'), 'utf8');
  parseCsvRecords(csv).forEach((r, i) => {
    const row = parseRow(FigureRowSchema, r, `tiktok-foi-2024.csv row ${i + 2}`);
    const period = must(
      parseFinancialYears(row.period),
      `row ${i + 2}: period '${row.period}' is not a financial year`,
    );
    const key = `${row.force}|${row.platform}|${row.table}`;
    let table = tables.get(key);
    if (!table) {
      table = {
        name: row.table,
        force: row.force,
        platform: row.platform,
        complete: row.complete === 'yes',
        source: row.source,
        facts: [],
      };
      tables.set(key, table);
    } else if (table.complete !== (row.complete === 'yes')) {
      throw new Error(
        `row ${i + 2}: table '${row.table}' of ${row.force} is both complete and partial`,
      );
    }
    table.facts.push({
      start: period.start,
      end: period.end,
      offence: row.offence,
      outcome: row.outcome,
      count: Number(row.count),
      source: row.source,
      asPublished: row.as_published || null,
      note: row.note || null,
    });
  });

  const sourceOfForce = new Map([...tables.values()].map((t) => [t.force, t.source]));
  const statuses: StatusInput[] = [];
  for (const force of FORCES) {
    for (const p of info.request.periods) {
      const period = must(parseFinancialYears(p), `request period '${p}' is not a financial year`);
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
    },
    note: 'Published figures as shipped with the dashboard',
    origin: 'seed',
    supersede: 'seed',
    sources,
    tables: [...tables.values()],
    statuses,
  };
}
