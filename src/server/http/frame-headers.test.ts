import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fact, table, testDb, testPlan } from '@testing/db.ts';
import { createApp } from '../app.ts';
import { StaticFiles } from './static.ts';

/** Who may put the dashboard in a frame: embedded charts anyone, everything else no one. */

const dist = mkdtempSync(join(tmpdir(), 'frame-headers-'));
writeFileSync(
  join(dist, 'index.html'),
  '<!doctype html><title>Dashboard</title><div id="root"></div>',
);
mkdirSync(join(dist, 'assets'));
writeFileSync(join(dist, 'assets', 'app.js'), 'console.log(1)');
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const db = testDb(testPlan([table('kent', 't', [fact('2023/24', '*', '*', 1)])]));
const { app } = createApp({ db, staticFiles: new StaticFiles(dist) });

const frameAncestors = (r: Response) =>
  /frame-ancestors ([^;]+)/.exec(r.headers.get('Content-Security-Policy') ?? '')?.[1];

describe('framing', () => {
  it.each(['/?embed=1', '/offences?force=kent&embed=1', '/forces/kent?embed=1&version=1'])(
    'lets any site frame the page of an embedded chart: %s',
    async (path) => {
      const r = await app.request(path);
      expect(r.status).toBe(200);
      expect(r.headers.get('Content-Type')).toMatch(/^text\/html/);
      expect(frameAncestors(r)).toBe('*');
      expect(r.headers.get('X-Frame-Options')).toBeNull();
      // the rest of the policy is unchanged
      expect(r.headers.get('Content-Security-Policy')).toContain("script-src 'self'");
    },
  );

  it.each([
    '/',
    '/offences?force=kent',
    '/?embed=0',
    '/?embed=true',
    '/?present=1',
    '/briefing?pack=p1.W10',
    '/assets/app.js?embed=1',
    '/api/v1/counts?embed=1',
    '/api/v1/meta',
    '/api/docs?embed=1',
  ])('refuses to be framed anywhere else: %s', async (path) => {
    const r = await app.request(path);
    expect(frameAncestors(r)).toBe("'none'");
    expect(r.headers.get('X-Frame-Options')).toBe('DENY');
  });

  it('answers HEAD for an embed as GET does', async () => {
    const r = await app.request('/?embed=1', { method: 'HEAD' });
    expect(frameAncestors(r)).toBe('*');
  });
});
