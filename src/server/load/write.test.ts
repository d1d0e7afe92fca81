import { describe, expect, it } from 'vitest';
import { fact, status, table, testDb, testPlan, TEST_NOW } from '@testing/db.ts';
import { createReadQueries } from '../db/queries.ts';
import { LoadError, writeLoad } from './write.ts';

describe('writeLoad', () => {
  it('adds a version per load and keeps earlier versions', () => {
    const db = testDb(testPlan([table('kent', 't', [fact('2023/24', '*', '*', 1)])]));
    const r = writeLoad(
      db,
      testPlan([table('kent', 't', [fact('2023/24', '*', '*', 2)])]),
      TEST_NOW,
    );
    expect(r).toEqual({ dataset: 'reported', version: 2, tables: 1, facts: 1 });
    const q = createReadQueries(db);
    expect(q.versions('reported').map((v) => v.version)).toEqual([1, 2]);
    expect(q.tables('reported').map((t) => [t.from_version, t.to_version])).toEqual([
      [1, 2],
      [2, null],
    ]);
  });

  it('refuses a load with any bad fact, lists every problem, and changes nothing', () => {
    const db = testDb(testPlan([table('kent', 't', [fact('2023/24', '*', '*', 1)])]));
    const q = createReadQueries(db);
    const before = {
      versions: q.versions('reported'),
      tables: q.tables('reported'),
      facts: [...q.facts('reported')],
    };
    const bad = testPlan([
      table('kent', 't', [
        fact('2023/24', '8R', '*', 3),
        fact('2023/24', '8Z', '*', 1),
        fact('2023/24', '8R', '*', 3),
      ]),
      table('atlantis', 't', [fact('2023/24', '*', '19', -2)]),
    ]);
    let error: unknown;
    try {
      writeLoad(db, bad, TEST_NOW);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LoadError);
    expect((error as LoadError).problems).toEqual([
      "table 't' (kent, tiktok), 2023-04..2024-03, 8Z × *: '8Z' is not an offence id",
      "table 't' (kent, tiktok), 2023-04..2024-03, 8R × *: the same cell appears twice in one table",
      "table 't' (atlantis, tiktok): 'atlantis' is not a force id",
      "table 't' (atlantis, tiktok), 2023-04..2024-03, * × 19: '19' is not an outcome id",
      "table 't' (atlantis, tiktok), 2023-04..2024-03, * × 19: count -2 is not a non-negative whole number",
    ]);
    expect({
      versions: q.versions('reported'),
      tables: q.tables('reported'),
      facts: [...q.facts('reported')],
    }).toEqual(before);
  });

  it('ends the earlier tables and statuses a load names, and nothing else', () => {
    const db = testDb(
      testPlan(
        [
          table('kent', 'totals', [fact('2023/24', '*', '*', 1)]),
          table('essex', 'totals', [fact('2023/24', '*', '*', 2)]),
        ],
        [status('kent', '2023/24', 'unknown'), status('essex', '2023/24', 'provided')],
      ),
    );
    const q = createReadQueries(db);
    const [kent] = q.tables('reported');
    const plan = {
      ...testPlan([table('kent', 'totals', [fact('2023/24', '*', '*', 3)])]),
      origin: 'import' as const,
      supersede: undefined,
      end: { tables: [kent?.id ?? 0], statuses: [1] },
    };
    writeLoad(db, plan, TEST_NOW);
    expect(q.tables('reported').map((t) => [t.force_id, t.from_version, t.to_version])).toEqual([
      ['kent', 1, 2],
      ['essex', 1, null],
      ['kent', 2, null],
    ]);
    expect(q.statuses('reported').map((s) => [s.force_id, s.to_version])).toEqual([
      ['essex', null],
      ['kent', 2],
    ]);
    // a table that is no longer current cannot be ended again: another load got there first
    expect(() => writeLoad(db, plan, TEST_NOW)).toThrow(
      "table 1 is not a current table of 'reported': another load replaced it",
    );
  });
});
