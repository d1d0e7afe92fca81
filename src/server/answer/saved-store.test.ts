import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { apiClient } from '@testing/api.ts';
import { fact, table, testPlan, TEST_NOW } from '@testing/db.ts';
import { openDatabase } from '../db/open.ts';
import { createReadQueries } from '../db/queries.ts';
import { demoPlan } from '../load/demo.ts';
import { writeLoad } from '../load/write.ts';
import { buildStore } from './build-store.ts';
import { SavedStores } from './saved-store.ts';

/** A store saved beside its database is read back as the very store built from the database. */

const dir = mkdtempSync(join(tmpdir(), 'saved-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fileDb(name: string) {
  const path = join(dir, name);
  const db = openDatabase(path);
  writeLoad(db, demoPlan({ scale: 0.003 }), TEST_NOW);
  return { path, db };
}

describe('a saved store', () => {
  it('is read back equal to the store built from the database', () => {
    const { path, db } = fileDb('equal.db');
    const q = createReadQueries(db);
    const saved = new SavedStores(path);
    const built = buildStore(q, 'demo');
    saved.save(built);
    const read = buildStore(q, 'demo', null, saved);
    expect(read).toEqual(built);
  });

  it('is ignored once the database says something else about the dataset, or when damaged', () => {
    const path = join(dir, 'stale.db');
    const db = openDatabase(path);
    writeLoad(db, testPlan([table('kent', 't', [fact('2023/24', '*', '*', 1)])]), TEST_NOW);
    const q = createReadQueries(db);
    const saved = new SavedStores(path);
    saved.save(buildStore(q, 'reported'));
    writeLoad(db, testPlan([table('kent', 't', [fact('2023/24', '*', '*', 2)])]), TEST_NOW);
    const now = buildStore(q, 'reported');
    expect(saved.load('reported', now.key, now.tables.length)).toBeNull();
    expect(buildStore(q, 'reported', null, saved)).toEqual(now);
    saved.save(now);
    writeFileSync(`${path}-store-reported.bin`, 'not a store');
    expect(buildStore(q, 'reported', null, saved)).toEqual(now);
  });

  it('is written by a server once its rollups are made, and read by the next start', async () => {
    const { path, db } = fileDb('server.db');
    const first = apiClient(db);
    const asked = '/api/v1/counts?dataset=demo&interval=quarter&by=offenceGroup';
    const before = await first.get(asked);
    const view = first.datasets.get('demo');
    const store = view ? first.datasets.store(view) : null;
    for (let i = 0; i < 500 && !existsSync(`${path}-store-demo.bin`); i++)
      await new Promise((r) => setTimeout(r, 10));
    expect(store?.rollupsMade).toBe(true);
    expect(existsSync(`${path}-store-demo.bin`)).toBe(true);
    db.close();

    const again = openDatabase(path);
    const lines: string[] = [];
    const next = apiClient(again, { log: (m) => lines.push(m) });
    const after = await next.get(asked);
    expect(after.body).toEqual(before.body);
    expect(lines.join('\n')).toContain('read as saved at its last build');
    again.close();
  });

  it('is never written beside a database opened read-only', async () => {
    const { path, db } = fileDb('read-only.db');
    db.close();
    const ro = openDatabase(path, { readonly: true });
    const api = apiClient(ro);
    await api.get('/api/v1/counts?dataset=demo');
    await new Promise((r) => setTimeout(r, 300));
    expect(existsSync(`${path}-store-demo.bin`)).toBe(false);
    ro.close();
  });
});
