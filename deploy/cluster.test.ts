import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../src/server/config.ts';
import { SHARED_MAX_AGE } from '../src/server/http/etag.ts';
import { cacheVerdicts, findNginx, startCluster, type Cluster } from '../scripts/cluster.ts';

/**
 * nginx caching in front of two read-only instances on one database, as `npm run serve:cluster` runs
 * it: an import by the one writer reaches readers through the proxy within the shared-cache lifetime
 * (s-maxage), and a pinned link's answer does not change.
 */

const nginx = findNginx();
if (nginx === null)
  console.warn('Skipping the cluster test: nginx is not installed (apt-get install nginx).');

function free(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createServer();
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
}

/** three free ports from CLUSTER_PORT_BASE (default 4240) up */
async function ports(): Promise<[number, number, number]> {
  const found: number[] = [];
  for (let p = Number(process.env.CLUSTER_PORT_BASE ?? 4240); found.length < 3; p++)
    if (await free(p)) found.push(p);
  return found as [number, number, number];
}

const dir = mkdtempSync(join(tmpdir(), 'crime-cluster-test-'));
// nginx's workers (an unprivileged user when the test runs as root) must reach its folder inside
chmodSync(dir, 0o755);
const dbPath = join(dir, 'crime.db');
let cluster: Cluster | null = null;
const output: string[] = [];

beforeAll(async () => {
  if (nginx === null) return;
  const [proxy, a, b] = await ports();
  try {
    cluster = await startCluster({
      dbPath,
      dir: join(dir, 'nginx'),
      proxyPort: proxy,
      instancePorts: [a, b],
      log: (line) => output.push(line),
    });
  } catch (e) {
    console.error(output.join('\n'));
    throw e;
  }
});

afterAll(async () => {
  await cluster?.stop();
  rmSync(dir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  etag: string | null;
  cache: string | null;
  body: string;
  version: number;
}

async function get(url: string): Promise<Answer> {
  const r = await fetch(url, { headers: { 'Accept-Encoding': 'gzip' } });
  const body = await r.text();
  return {
    status: r.status,
    etag: r.headers.get('ETag'),
    cache: r.headers.get('X-Cache-Status'),
    body,
    version: (JSON.parse(body) as { dataset: { version: number } }).dataset.version,
  };
}

const KENT = `Force,Financial year,Offence,Number of offences
Kent Police,2021/22,,1203
Kent Police,2022/23,,1311
Kent Police,2023/24,,1420
`;

describe.skipIf(nginx === null)('nginx in front of two instances', () => {
  it('caches the latest answers, and serves an import within the stated bound', async () => {
    if (cluster === null) throw new Error('the cluster did not start');
    const latest = `${cluster.proxy}/api/v1/counts?force=kent`;
    const pinned = `${cluster.proxy}/api/v1/counts?force=kent&version=1`;
    const first = await get(latest);
    expect(first).toMatchObject({ status: 200, version: 1 });
    expect((await get(latest)).cache).toBe('HIT');
    const pinnedBefore = await get(pinned);
    expect((await get(pinned)).cache).toBe('HIT');

    // the one writer: `npm run import`, as a data manager runs it
    const csv = join(dir, 'kent.csv');
    writeFileSync(csv, KENT);
    const cachedAt = performance.now();
    const imported = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        join(ROOT, 'scripts/import.ts'),
        csv,
        '--platform',
        'tiktok',
        '--replace',
      ],
      { cwd: ROOT, env: { ...process.env, DB_PATH: dbPath }, encoding: 'utf8' },
    );
    expect(imported.stdout + imported.stderr).toContain("Added version 2 of dataset 'reported'");
    const importedAt = performance.now();

    // every answer meanwhile is the old version or the new one, never an error
    let seen: Answer = await get(latest);
    const versions = new Set<number>();
    while (seen.version === 1 && performance.now() - importedAt < (SHARED_MAX_AGE + 5) * 1000) {
      expect(seen.status).toBe(200);
      versions.add(seen.version);
      await new Promise((done) => setTimeout(done, 100));
      seen = await get(latest);
    }
    const after = performance.now() - importedAt;
    expect(seen).toMatchObject({ status: 200, version: 2 });
    expect([...versions].every((v) => v === 1)).toBe(true);
    // nginx counts a lifetime in whole seconds: an answer is kept up to one second longer
    expect(after).toBeLessThanOrEqual((SHARED_MAX_AGE + 1) * 1000 + 500);
    console.log(
      `The import was served through the proxy ${(after / 1000).toFixed(1)} s after it committed, which was ${((importedAt - cachedAt) / 1000).toFixed(1)} s after the answer was cached (bound: ${SHARED_MAX_AGE + 1} s).`,
    );

    // a pinned link's answer is the same bytes, from the cache
    const pinnedAfter = await get(pinned);
    expect(pinnedAfter).toMatchObject({
      status: 200,
      etag: pinnedBefore.etag,
      body: pinnedBefore.body,
      cache: 'HIT',
    });

    // both instances now give the same answer, byte for byte
    const { instances, accessLog } = cluster;
    const [a, b] = await Promise.all(instances.map((u) => get(`${u}/api/v1/counts?force=kent`)));
    expect(b).toMatchObject({ version: 2, etag: a?.etag, body: a?.body });
    await new Promise((done) => setTimeout(done, 1200)); // nginx flushes its log every second
    expect(cacheVerdicts(accessLog).get('HIT')).toBeGreaterThanOrEqual(3);
  });
});
