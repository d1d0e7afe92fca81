import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import type { HealthResponse } from '@shared/contract.ts';
import { apiClient } from '@testing/api.ts';
import { ROOT } from './config.ts';
import { openDatabase, type Db } from './db/open.ts';
import { createReadQueries } from './db/queries.ts';
import { EXIT, Failure } from './failure.ts';
import { tempDir } from '@testing/import.ts';
import { reportedPlan } from './load/reported.ts';
import { writeLoad } from './load/write.ts';
import { prepareDatabase } from './startup.ts';

/**
 * A first start that stops at any moment is completed by the next one; a database that cannot be used
 * is refused in one paragraph with a documented exit status.
 */

const tmp = tempDir();
afterAll(tmp.remove);
const NOW = new Date('2026-01-15T12:00:00Z');
const quiet = () => undefined;

interface Started {
  port: Promise<number>;
  exit: Promise<{ code: number | null; signal: string | null }>;
  output: () => string;
  kill: () => void;
}

function start(dbPath: string): Started {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/server/index.ts')], {
    env: { ...process.env, DB_PATH: dbPath, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const port = new Promise<number>((resolve) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /http:\/\/localhost:(\d+)\//.exec(output);
      if (m) resolve(Number(m[1]));
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
  });
  const exit = new Promise<{ code: number | null; signal: string | null }>((resolve) => {
    child.on('exit', (code, signal) => {
      resolve({ code, signal });
    });
  });
  return { port, exit, output: () => output, kill: () => child.kill('SIGKILL') };
}

async function healthOf(port: number): Promise<HealthResponse> {
  for (let i = 0; ; i++) {
    const r = (await (await fetch(`http://127.0.0.1:${port}/api/health`)).json()) as HealthResponse;
    if (r.status !== 'starting' || i > 200) return r;
    await new Promise((done) => setTimeout(done, 50));
  }
}

const datasetsIn = (path: string) => {
  const db = openDatabase(path);
  try {
    return createReadQueries(db)
      .latestVersions()
      .map((v) => v.dataset_id)
      .sort();
  } finally {
    db.close();
  }
};

describe('a first start interrupted', () => {
  it.each([0, 50, 250, 500, 900])(
    'is completed by the next start (killed after %i ms)',
    async (after) => {
      const db = join(tmp.dir, `killed-${after}.db`);
      const first = start(db);
      await new Promise((done) => setTimeout(done, after));
      first.kill();
      await first.exit;

      const second = start(db);
      try {
        const port = await second.port;
        const health = await healthOf(port);
        expect(health).toEqual({ status: 'ok', datasets: { reported: 1, demo: 1 } });
      } finally {
        second.kill();
        await second.exit;
      }
    },
    30_000,
  );

  it('is completed when the first start was killed as it built the datasets', async () => {
    const db = join(tmp.dir, 'killed-building.db');
    const first = start(db);
    await new Promise<void>((done) => {
      const timer = setInterval(() => {
        if (first.output().includes('Creating the shipped datasets')) {
          clearInterval(timer);
          done();
        }
      }, 1);
    });
    first.kill();
    await first.exit;
    expect(first.output()).not.toContain('Social media crime dashboard:');
    const second = start(db);
    try {
      expect(await healthOf(await second.port)).toMatchObject({ status: 'ok' });
      expect(datasetsIn(db)).toEqual(['demo', 'reported']);
    } finally {
      second.kill();
      await second.exit;
    }
  }, 30_000);

  it('a 0-byte file is a new database', () => {
    const path = join(tmp.dir, 'empty.db');
    writeFileSync(path, '');
    prepareDatabase(path, ROOT, NOW, quiet).close();
    expect(datasetsIn(path)).toEqual(['demo', 'reported']);
  });

  it('a database an earlier version left with only `reported` is completed, and health says so until then', async () => {
    const path = join(tmp.dir, 'half.db');
    const half = openDatabase(path);
    writeLoad(half, reportedPlan(join(ROOT, 'data', 'reported')), NOW);
    const api = apiClient(half);
    await api.get('/api/v1/meta');
    const before = await api.get<HealthResponse>('/api/health');
    expect(before.status).toBe(503);
    expect(before.body.status).toBe('incomplete');
    expect(before.body.message).toContain("lacks the shipped dataset 'demo'");
    half.close();

    const lines: string[] = [];
    const db = prepareDatabase(path, ROOT, NOW, (l) => lines.push(l));
    expect(lines[0]).toContain("it lacks the shipped dataset 'demo'");
    const after = await apiClient(db).get<HealthResponse>('/api/health');
    expect(after.body.datasets).toEqual({});
    const client = apiClient(db);
    await client.get('/api/v1/meta');
    expect((await client.get<HealthResponse>('/api/health')).body).toEqual({
      status: 'ok',
      datasets: { reported: 1, demo: 1 },
    });
    db.close();
  });

  it('leaves a database that imports made as it is', () => {
    const path = join(tmp.dir, 'imported.db');
    const db = openDatabase(path);
    writeLoad(
      db,
      { ...reportedPlan(join(ROOT, 'data', 'reported')), note: 'Import of kent.csv' },
      NOW,
    );
    db.close();
    prepareDatabase(path, ROOT, NOW, quiet).close();
    expect(datasetsIn(path)).toEqual(['reported']);
  });
});

/** A small disk: a 400 KB tmpfs where this may mount one (root), else SQLite's page limit. */
function smallDisk(): {
  dir: string;
  grow: () => void;
  release: () => void;
  onOpen?: (db: Db) => void;
  what: string;
} {
  const dir = join(tmp.dir, 'small-disk');
  mkdirSync(dir, { recursive: true });
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=400k', 'tmpfs', dir]);
  if (mounted.status === 0) {
    return {
      release: () => {
        spawnSync('umount', [dir]);
      },
      dir,
      what: 'a 400 KB tmpfs',
      grow: () => {
        spawnSync('mount', ['-o', 'remount,size=64m', dir]);
      },
    };
  }
  let limit = 100;
  return {
    dir,
    what: "SQLite's max_page_count (no mount here)",
    release: () => undefined,
    onOpen: (db) => {
      db.pragma(`max_page_count = ${limit}`);
    },
    grow: () => {
      limit = 1_000_000;
    },
  };
}

describe('a disk that fills while the shipped datasets are built', () => {
  it('is refused in one paragraph, exit status 4, and the next start completes the database', () => {
    const disk = smallDisk();
    onTestFinished(disk.release);
    const path = join(disk.dir, 'crime.db');
    let failure: unknown = null;
    try {
      prepareDatabase(path, ROOT, NOW, quiet, disk.onOpen ? { onOpen: disk.onOpen } : {}).close();
    } catch (e) {
      failure = e;
    }
    expect(failure, disk.what).toBeInstanceOf(Failure);
    expect((failure as Failure).exitCode).toBe(EXIT.diskFull);
    expect((failure as Failure).message).toBe(
      `The disk holding ${path} is full: creating the database stopped, and nothing half-made was kept. Free some space (or set DB_PATH to a file on another disk) and run it again.`,
    );
    disk.grow();
    prepareDatabase(path, ROOT, NOW, quiet, disk.onOpen ? { onOpen: disk.onOpen } : {}).close();
    expect(datasetsIn(path)).toEqual(['demo', 'reported']);
  });
});

describe('a database that cannot be used', () => {
  const run = (dbPath: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/server/index.ts')], {
      env: { ...process.env, DB_PATH: dbPath, PORT: '0' },
      encoding: 'utf8',
      timeout: 20_000,
    });

  it('a damaged file: one paragraph, no stack trace, exit status 3', () => {
    const path = join(tmp.dir, 'damaged.db');
    writeFileSync(path, Buffer.alloc(8192, 7));
    const r = run(path);
    expect(r.status).toBe(EXIT.database);
    expect(r.stderr.trim()).toBe(
      `${path} is not a database that can be read: it is damaged, or is another kind of file. Move it aside (keep it if it holds imported returns), then start again to create a new one, or set DB_PATH to another file.`,
    );
  }, 30_000);

  it('a folder that cannot be written: one paragraph, exit status 3', () => {
    const dir = join(tmp.dir, 'locked');
    mkdirSync(dir);
    // root may write anywhere: a read-only mount, where this may mount one; else a folder without w
    const ro = spawnSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=64k', 'tmpfs', dir]).status === 0;
    if (!ro) chmodSync(dir, 0o555);
    try {
      const r = run(join(dir, 'crime.db'));
      expect(r.status).toBe(EXIT.database);
      expect(r.stderr).toMatch(/^Cannot open or write the database at .*locked\/crime\.db/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    } finally {
      if (ro) spawnSync('umount', [dir]);
      else chmodSync(dir, 0o755);
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
