import { describe, expect, it } from 'vitest';
import { fact, table, testDb, testPlan } from '@testing/db.ts';
import { createApp } from '../app.ts';
import type { AccessLogLine } from './access-log.ts';
import { CACHE_PINNED, CACHE_REVALIDATE, SHARED_MAX_AGE } from './etag.ts';

/**
 * What a proxy or CDN in front needs from every answer: how long it may keep it, a validator to
 * revalidate it with, and a Vary that names the one request header answers differ by.
 */

const db = testDb(
  testPlan([
    table('kent', 'totals', [fact('2021/22', '*', '*', 1203), fact('2022/23', '*', '*', 1311)]),
  ]),
);
const lines: string[] = [];
const { app } = createApp({ db, accessLog: (line) => lines.push(line) });
const logged = () => JSON.parse(lines.at(-1) ?? 'null') as AccessLogLine;

describe('cache headers', () => {
  it('let a shared cache keep the latest answers a few seconds, and a browser revalidate them', async () => {
    expect(CACHE_REVALIDATE).toBe(`public, max-age=0, s-maxage=${SHARED_MAX_AGE}`);
    expect(SHARED_MAX_AGE).toBeLessThanOrEqual(10);
    for (const path of ['/api/v1/counts?force=kent', '/api/v1/returns', '/api/v1/meta']) {
      const r = await app.request(path);
      expect(r.status, path).toBe(200);
      expect(r.headers.get('Cache-Control'), path).toBe(CACHE_REVALIDATE);
      expect(r.headers.get('ETag'), path).toMatch(/^"[\w-]+"$/);
    }
  });

  it('keep pinned answers a year', async () => {
    for (const path of ['/api/v1/counts?force=kent&version=1', '/api/v1/returns?version=1']) {
      const r = await app.request(path);
      expect(r.headers.get('Cache-Control'), path).toBe(CACHE_PINNED);
      expect(CACHE_PINNED).toBe('public, max-age=31536000, immutable');
    }
  });

  it('answer a matching validator with a 304 that carries the answer’s caching headers', async () => {
    const path = '/api/v1/counts?force=kent&by=platform';
    const full = await app.request(path, { headers: { 'Accept-Encoding': 'br' } });
    const etag = full.headers.get('ETag') ?? '';
    const again = await app.request(path, {
      headers: { 'Accept-Encoding': 'br', 'If-None-Match': etag },
    });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('ETag')).toBe(etag);
    expect(again.headers.get('Cache-Control')).toBe(CACHE_REVALIDATE);
    expect(again.headers.get('Vary')).toBe('Accept-Encoding');
  });

  it('vary on Accept-Encoding alone, and only where an answer is compressible', async () => {
    const json = await app.request('/api/v1/meta', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(json.headers.get('Content-Encoding')).toBe('gzip');
    expect(json.headers.get('Vary')).toBe('Accept-Encoding');
    const csv = await app.request('/api/v1/counts.csv?force=kent');
    expect(csv.headers.get('Vary')).toBe('Accept-Encoding');
  });

  it('never let health or an error be stored', async () => {
    const health = await app.request('/api/health');
    expect(health.headers.get('Cache-Control')).toBe('no-store');
    const error = await app.request('/api/v1/counts?force=atlantis');
    expect(error.status).toBe(400);
    expect(error.headers.get('Cache-Control')).toBe('no-store');
  });
});

describe('access log (ACCESS_LOG=json)', () => {
  it('writes one JSON line a request: time, method, path, status, bytes, time taken, validator', async () => {
    const before = lines.length;
    const r = await app.request('/api/v1/counts?force=kent', {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    const body = await r.arrayBuffer();
    expect(lines.length).toBe(before + 1);
    expect(lines.at(-1)).toMatch(/^\{.*\}\n$/);
    const line = logged();
    expect(line).toMatchObject({
      method: 'GET',
      path: '/api/v1/counts?force=kent',
      status: 200,
      bytes: body.byteLength,
      validator: 'none',
    });
    expect(Date.parse(line.time)).not.toBeNaN();
    expect(line.ms).toBeGreaterThanOrEqual(0);

    await app.request('/api/v1/counts?force=kent', {
      headers: { 'If-None-Match': r.headers.get('ETag') ?? '' },
    });
    expect(logged()).toMatchObject({ status: 304, bytes: 0, validator: 'hit' });
    await app.request('/api/v1/counts?force=kent', { headers: { 'If-None-Match': '"old"' } });
    expect(logged()).toMatchObject({ status: 200, validator: 'miss' });
    await app.request('/api/v1/nothing', { method: 'HEAD' });
    expect(logged()).toMatchObject({ method: 'HEAD', status: 404, bytes: 0 });
  });

  it('is off unless asked for', async () => {
    const quiet = createApp({ db });
    const before = lines.length;
    await quiet.app.request('/api/health');
    expect(lines.length).toBe(before);
  });
});
