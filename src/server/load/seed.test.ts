import { describe, expect, it } from 'vitest';
import { fact, table, testDb, testPlan, TEST_NOW } from '@testing/db.ts';
import { ROOT } from '../config.ts';
import { createReadQueries } from '../db/queries.ts';
import { SeedRefused, seedDatasets } from './seed.ts';
import { writeLoad } from './write.ts';

// each test builds the shipped datasets twice: seconds on a busy machine
describe('seedDatasets', { timeout: 30_000 }, () => {
  it('rebuilds the shipped datasets as new versions', () => {
    const db = testDb();
    seedDatasets(db, ROOT, TEST_NOW);
    const again = seedDatasets(db, ROOT, TEST_NOW);
    expect(again.map((r) => [r.dataset, r.version])).toEqual([
      ['reported', 2],
      ['demo', 2],
    ]);
  });

  it('leaves a dataset that imports have added to alone, unless forced', () => {
    const db = testDb();
    seedDatasets(db, ROOT, TEST_NOW);
    writeLoad(
      db,
      {
        ...testPlan([table('kent', 'totals', [fact('2023/24', '*', '*', 9)])]),
        origin: 'import',
        supersede: undefined,
      },
      TEST_NOW,
    );
    const before = createReadQueries(db).versions('reported').length;
    expect(() => seedDatasets(db, ROOT, TEST_NOW)).toThrow(SeedRefused);
    expect(createReadQueries(db).versions('reported')).toHaveLength(before);
    expect(seedDatasets(db, ROOT, TEST_NOW, { force: true })).toHaveLength(2);
  });
});
