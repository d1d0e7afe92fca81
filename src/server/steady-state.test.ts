import { describe, expect, it, vi } from 'vitest';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { MetaResponse } from '@shared/contract.ts';
import { apiClient } from '@testing/api.ts';
import { fact, table, testDb, testPlan, TEST_NOW } from '@testing/db.ts';
import { answer } from './answer/engine.ts';
import type { Db } from './db/open.ts';
import { writeLoad } from './load/write.ts';

vi.mock(import('./answer/engine.ts'), async (original) => {
  const m = await original();
  return { ...m, answer: vi.fn(m.answer) };
});

/**
 * The request path once the figures are in memory: no SQL but one tiny check that the database has
 * not changed, no answer worked out twice, and every compressed answer the same JSON as the plain one.
 */

const plan = (dataset = 'reported') =>
  testPlan(
    [
      table('kent', 'totals', [fact('2021/22', '*', '*', 1203), fact('2022/23', '*', '*', 1311)]),
      table('essex', 'totals', [fact('2021/22', '*', '*', 40), fact('2022/23', '*', '*', 50)]),
    ],
    [],
    dataset,
  );

type Method = (this: { source: string }, ...args: unknown[]) => unknown;
const METHODS = ['all', 'get', 'iterate', 'run'] as const;

/** Every statement better-sqlite3 runs goes through one of these methods of its Statement class. */
function recordStatements(db: Db): { seen: string[]; stop: () => void } {
  const proto = Object.getPrototypeOf(db.prepare('SELECT 1')) as Record<
    (typeof METHODS)[number],
    Method
  >;
  const seen: string[] = [];
  const originals = METHODS.map((m) => [m, proto[m]] as const);
  for (const [m, fn] of originals)
    proto[m] = function (this: { source: string }, ...args: unknown[]) {
      seen.push(this.source);
      return fn.apply(this, args);
    };
  return {
    seen,
    stop: () => {
      for (const [m, fn] of originals) proto[m] = fn;
    },
  };
}

describe('the request path', () => {
  it('asks the database only whether it has changed, once the datasets are in memory', async () => {
    const db = testDb(plan());
    const api = apiClient(db);
    const paths = ['/api/v1/counts?interval=year', '/api/v1/meta', '/api/v1/meta?dataset=reported'];
    for (const path of paths) expect((await api.request(path)).status).toBe(200);
    const sql = recordStatements(db);
    try {
      for (const path of [...paths, '/api/v1/counts?force=kent']) await api.request(path);
    } finally {
      sql.stop();
    }
    expect(sql.seen.length).toBeGreaterThan(0);
    expect(new Set(sql.seen)).toEqual(new Set(['PRAGMA data_version', 'SELECT total_changes()']));
    // one check a request
    expect(sql.seen.length).toBe(2 * (paths.length + 1));
  });

  it('lists a dataset an import adds, and serves its new version', async () => {
    const db = testDb(plan());
    const api = apiClient(db);
    const before = await api.get<MetaResponse>('/api/v1/meta');
    expect(before.body.datasets.map((d) => d.id)).toEqual(['reported']);
    writeLoad(db, plan('demo'), TEST_NOW);
    writeLoad(db, plan(), TEST_NOW);
    const after = await api.get<MetaResponse>('/api/v1/meta');
    expect(after.body.datasets.map((d) => [d.id, d.version])).toEqual([
      ['reported', 2],
      ['demo', 1],
    ]);
  });

  it('works out an answer once, and sends the same body for the same ETag', async () => {
    const api = apiClient(testDb(plan()));
    const answered = vi.mocked(answer);
    answered.mockClear();
    const first = await api.request('/api/v1/counts?by=force');
    const second = await api.request('/api/v1/counts?by=force');
    expect(second.headers.get('ETag')).toBe(first.headers.get('ETag'));
    expect(await second.text()).toBe(await first.text());
    expect(answered).toHaveBeenCalledTimes(1);
    // another question is another answer
    await api.request('/api/v1/counts?by=force&force=kent');
    expect(answered).toHaveBeenCalledTimes(2);
  });

  it('keeps no answers when told to keep none', async () => {
    const api = apiClient(testDb(plan()), { answerCacheBytes: 0 });
    const answered = vi.mocked(answer);
    answered.mockClear();
    await api.request('/api/v1/counts?by=force');
    await api.request('/api/v1/counts?by=force');
    expect(answered).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['br', brotliDecompressSync],
    ['gzip', gunzipSync],
  ] as const)(
    'sends the same JSON compressed with %s, again and again, as plain',
    async (encoding, inflate) => {
      const api = apiClient(testDb(plan()));
      const path = '/api/v1/meta?dataset=reported';
      const plain = await api.request(path);
      expect(plain.headers.get('Content-Encoding')).toBeNull();
      const json: unknown = await plain.json();
      for (let i = 0; i < 3; i++) {
        const r = await api.request(path, { headers: { 'Accept-Encoding': encoding } });
        expect(r.headers.get('Content-Encoding')).toBe(encoding);
        expect(r.headers.get('Vary')).toBe('Accept-Encoding');
        expect(r.headers.get('ETag')).toBe(`W/${plain.headers.get('ETag') ?? ''}`);
        const body = Buffer.from(await r.arrayBuffer());
        expect(JSON.parse(inflate(body).toString('utf8'))).toEqual(json);
      }
    },
  );
});
