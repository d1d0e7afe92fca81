import { openDatabase, type Db } from '@server/db/open.ts';
import type { FactInput, LoadPlan, StatusInput, TableInput } from '@server/load/plan.ts';
import { writeLoad } from '@server/load/write.ts';
import { seedSeries } from '@server/platform-series/seed.ts';
import type { ReturnStatus } from '@shared/contract.ts';
import { fyRange, parseMonth, type MonthRange } from '@shared/period.ts';

/**
 * Small synthetic datasets for tests: facts are written the way a reader says them
 * (`fact('2023/24', '8R', '*', 82)`), loaded through the same writer as real data.
 */

export function period(text: string): MonthRange {
  const fy = /^(\d{4})\/\d{2}$/.exec(text);
  if (fy) return fyRange(Number(fy[1]));
  const span = /^(\d{4})\/\d{2}-(\d{4})\/\d{2}$/.exec(text);
  if (span) return { start: fyRange(Number(span[1])).start, end: fyRange(Number(span[2])).end };
  const m = parseMonth(text);
  if (m !== null) return { start: m, end: m };
  throw new Error(`Test period '${text}' is not a financial year, span or month`);
}

export function fact(
  when: string,
  offence: string,
  outcome: string,
  count: number | null,
): FactInput {
  const p = period(when);
  return { start: p.start, end: p.end, offence, outcome, count };
}

export function table(
  force: string,
  name: string,
  facts: FactInput[],
  options: { complete?: boolean; platform?: string } = {},
): TableInput {
  return {
    name,
    force,
    platform: options.platform ?? 'tiktok',
    complete: options.complete ?? true,
    source: 'test',
    facts,
  };
}

export function status(
  force: string,
  when: string,
  value: ReturnStatus,
  platform = 'tiktok',
): StatusInput {
  const p = period(when);
  return { force, platform, start: p.start, end: p.end, status: value };
}

export function testPlan(
  tables: TableInput[],
  statuses: StatusInput[] = [],
  id = 'reported',
): LoadPlan {
  return {
    dataset: {
      id,
      title: `Test dataset ${id}`,
      description: 'Synthetic facts for a test',
      illustrative: false,
      caveats: [],
    },
    note: 'test load',
    origin: 'seed',
    supersede: 'seed',
    sources: [
      {
        key: 'test',
        kind: 'foi',
        title: 'Test source',
        publisher: 'Test publisher',
        date: '2024-06-01',
        url: null,
      },
    ],
    tables,
    statuses,
  };
}

export const TEST_NOW = new Date('2026-01-15T12:00:00Z');

/** An in-memory database holding the plans and, as every server's database does, the shipped series. */
export function testDb(...plans: LoadPlan[]): Db {
  const db = openDatabase(':memory:');
  for (const p of plans) writeLoad(db, p, TEST_NOW);
  seedSeries(db, TEST_NOW);
  return db;
}
