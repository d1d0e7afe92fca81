import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { afterAll, describe, expect, it } from 'vitest';
import { precompressDir } from './precompress.ts';
import { StaticFiles } from './static.ts';

/**
 * The built app is served at once, compressed as the build left it; a dist/ built without its
 * compressed forms is compressed off the request thread as soon as it can be.
 */

const dist = mkdtempSync(join(tmpdir(), 'static-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));
mkdirSync(join(dist, 'assets'));
const script = `console.log(${JSON.stringify('x'.repeat(50_000))});`;
writeFileSync(join(dist, 'assets', 'app.js'), script);
writeFileSync(join(dist, 'index.html'), '<!doctype html><title>App</title>');

describe('static files built without compressed forms', () => {
  it('are served before they are compressed, and compressed once they are', async () => {
    const started = performance.now();
    const files = new StaticFiles(dist);
    // building the files' compressed forms no longer holds up the start
    expect(performance.now() - started).toBeLessThan(200);
    const app = new Hono();
    app.get('*', (c) => files.serve(c, new URL(c.req.url).pathname) ?? c.text('Not found', 404));
    const ask = () => app.request('/assets/app.js', { headers: { 'Accept-Encoding': 'br, gzip' } });

    const early = await ask();
    expect(early.headers.get('Content-Encoding')).toBeNull();
    expect(await early.text()).toBe(script);
    // a proxy in front must not keep the uncompressed copy for a year under the compressed one's key
    expect(early.headers.get('Cache-Control')).toBe('no-store');

    await files.compressed();
    const later = await ask();
    expect(later.headers.get('Content-Encoding')).toBe('br');
    expect(later.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(Buffer.from(await later.arrayBuffer())).toString()).toBe(script);
  });
});

describe('static files as npm run build leaves them', () => {
  const built = mkdtempSync(join(tmpdir(), 'static-built-'));
  afterAll(() => rmSync(built, { recursive: true, force: true }));
  mkdirSync(join(built, 'assets'));
  writeFileSync(join(built, 'assets', 'app.js'), script);
  writeFileSync(join(built, 'assets', 'tiny.js'), 'console.log(1);');
  writeFileSync(join(built, 'index.html'), '<!doctype html><title>App</title>');

  it('have a Brotli and a gzip form beside every file worth compressing', async () => {
    expect(await precompressDir(built)).toBe(1);
    expect(existsSync(join(built, 'assets', 'app.js.br'))).toBe(true);
    expect(gunzipSync(readFileSync(join(built, 'assets', 'app.js.gz'))).toString()).toBe(script);
    expect(existsSync(join(built, 'assets', 'tiny.js.br'))).toBe(false);
  });

  it('are served compressed from the first request, from those forms, and never under their names', async () => {
    const files = new StaticFiles(built);
    const app = new Hono();
    app.get('*', (c) => files.serve(c, new URL(c.req.url).pathname) ?? c.text('Not found', 404));
    for (const [accept, encoding, suffix] of [
      ['br, gzip', 'br', '.br'],
      ['gzip', 'gzip', '.gz'],
    ] as const) {
      const r = await app.request('/assets/app.js', { headers: { 'Accept-Encoding': accept } });
      expect(r.headers.get('Content-Encoding')).toBe(encoding);
      expect(r.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
      expect(Buffer.from(await r.arrayBuffer())).toEqual(
        readFileSync(join(built, 'assets', `app.js${suffix}`)),
      );
    }
    expect((await app.request('/assets/app.js.br')).status).toBe(404);
  });
});

describe('page addresses', () => {
  it('answer a page with the app, and an address that is no page with the app and 404', async () => {
    const files = new StaticFiles(dist);
    const app = new Hono();
    app.get('*', (c) => files.serve(c, new URL(c.req.url).pathname) ?? c.text('Not found', 404));
    for (const page of ['/', '/offences', '/forces', '/forces/kent', '/briefing', '/guide/']) {
      const res = await app.request(page);
      expect(res.status, page).toBe(200);
      expect(await res.text()).toContain('<title>App</title>');
    }
    for (const none of ['/nonsense', '/forces/kent/more', '/offence']) {
      const res = await app.request(none);
      expect(res.status, none).toBe(404);
      // the app still opens, and says the page is not found, with the dashboard around it
      expect(await res.text()).toContain('<title>App</title>');
    }
  });
});
