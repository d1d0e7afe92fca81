import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CountsResponse } from '@shared/contract.ts';
import { FORCES } from '@shared/reference/forces.ts';
import { createApp } from './app.ts';
import { ROOT } from './config.ts';
import { openDatabase, type Db } from './db/open.ts';
import { importFixtures, NOW, tempDir } from '@testing/import.ts';
import { seedDatasets } from './load/seed.ts';
import { openReadOnly } from './startup.ts';

/**
 * Interchangeable instances: servers on one database file give the same bytes and the same ETag for
 * the same URL, whichever of them a proxy asks; an import by the writer is served by every one of
 * them on its next request.
 */

const tmp = tempDir();
const path = join(tmp.dir, 'shared.db');
let writer: Db;
let reader: Db;
let a: ReturnType<typeof createApp>;
let b: ReturnType<typeof createApp>;

beforeAll(async () => {
  writer = openDatabase(path);
  seedDatasets(writer, ROOT, NOW);
  reader = openReadOnly(path);
  a = createApp({ db: writer });
  b = createApp({ db: reader });
  await Promise.all([a.datasets.refresh(), b.datasets.refresh()]);
}, 60_000);

afterAll(() => {
  writer.close();
  reader.close();
  tmp.remove();
});

/** mulberry32: the same 100 URLs on every run */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomRequests(n: number): { url: string; encoding: string }[] {
  const r = rng(15);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  return Array.from({ length: n }, () => {
    const p = new URLSearchParams();
    if (r() < 0.6) p.set('dataset', 'demo');
    if (r() < 0.3) p.set('version', '1');
    if (r() < 0.6)
      p.set(
        'force',
        Array.from({ length: 1 + Math.floor(r() * 4) }, () => pick(FORCES).id).join(','),
      );
    if (r() < 0.5) p.set('by', pick(['platform', 'offence', 'outcome', 'force']));
    if (r() < 0.5) p.set('interval', pick(['fy', 'quarter', 'month', 'year']));
    if (r() < 0.3) p.set('platform', pick(['tiktok', 'snapchat,instagram', 'x']));
    const endpoint = pick(['counts', 'counts', 'counts', 'counts.csv', 'returns', 'meta']);
    if (endpoint === 'meta') for (const k of [...p.keys()]) if (k !== 'dataset') p.delete(k);
    return {
      url: `/api/v1/${endpoint}?${p.toString()}`,
      encoding: pick(['br', 'gzip', 'gzip, deflate, br', '']),
    };
  });
}

const HEADERS = ['ETag', 'Cache-Control', 'Content-Type', 'Content-Encoding', 'Vary'];

describe('two servers on one database', () => {
  it('give the same status, headers, ETag and bytes for 100 random URLs', async () => {
    let answered = 0;
    for (const { url, encoding } of randomRequests(100)) {
      const accept: Record<string, string> = encoding === '' ? {} : { 'Accept-Encoding': encoding };
      const init = { headers: accept };
      const [x, y] = await Promise.all([a.app.request(url, init), b.app.request(url, init)]);
      expect(y.status, url).toBe(x.status);
      for (const h of HEADERS) expect(y.headers.get(h), `${h} of ${url}`).toBe(x.headers.get(h));
      const [bx, by] = await Promise.all([x.arrayBuffer(), y.arrayBuffer()]);
      expect(Buffer.from(by).equals(Buffer.from(bx)), url).toBe(true);
      if (x.status === 200) answered++;
      // a validator from one instance is honoured by the other
      const etag = x.headers.get('ETag');
      if (etag !== null) {
        const again = await b.app.request(url, {
          headers: { ...accept, 'If-None-Match': etag },
        });
        expect(again.status, url).toBe(304);
      }
    }
    expect(answered).toBeGreaterThan(80);
  });

  it('serve an import by the writer on their next request, and pinned answers unchanged', async () => {
    const pinned = '/api/v1/counts?version=1&force=kent';
    const before = await b.app.request(pinned);
    const beforeBody = await before.text();
    const result = await importFixtures(path, ['kent-bom.csv'], {
      platform: 'tiktok',
      source: { title: 'Kent Police FOI 2024/0457', kind: 'foi', date: '2024-07-01' },
    });
    expect(result.status).toBe('written');
    for (const app of [a.app, b.app]) {
      const latest = (await (
        await app.request('/api/v1/counts?force=kent')
      ).json()) as CountsResponse;
      expect(latest.dataset.version).toBe(2);
      const after = await app.request(pinned);
      expect(after.headers.get('ETag')).toBe(before.headers.get('ETag'));
      expect(await after.text()).toBe(beforeBody);
    }
    const [x, y] = await Promise.all([
      a.app.request('/api/v1/counts?force=kent&by=offence'),
      b.app.request('/api/v1/counts?force=kent&by=offence'),
    ]);
    expect(y.headers.get('ETag')).toBe(x.headers.get('ETag'));
    expect(await y.text()).toBe(await x.text());
  });
});
