import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './config.ts';
import { openDatabase } from './db/open.ts';
import { EXIT, Failure } from './failure.ts';
import { NOW, tempDir } from '@testing/import.ts';
import { reportedPlan } from './load/reported.ts';
import { seedDatasets } from './load/seed.ts';
import { writeLoad } from './load/write.ts';
import { openReadOnly } from './startup.ts';

/**
 * READ_ONLY=1: a server that serves a database a writer made, and never writes to it; a database it
 * cannot serve as it is (missing, empty, half-made) is refused with a paragraph and exit status 3.
 * SIGTERM: the server answers what it has begun, takes nothing new, and exits with status 0.
 */

const tmp = tempDir();
const complete = join(tmp.dir, 'complete.db');
beforeAll(() => {
  const db = openDatabase(complete);
  seedDatasets(db, ROOT, NOW);
  db.close();
}, 60_000);
afterAll(tmp.remove);

function refusal(path: string): Failure {
  try {
    openReadOnly(path).close();
  } catch (e) {
    if (e instanceof Failure) return e;
    throw e;
  }
  throw new Error(`${path} was opened`);
}

const hash = (path: string) => createHash('sha1').update(readFileSync(path)).digest('hex');

describe('a read-only start', () => {
  it('refuses a missing database, and does not create it', () => {
    const path = join(tmp.dir, 'missing.db');
    const f = refusal(path);
    expect(f.exitCode).toBe(EXIT.database);
    expect(f.message).toMatch(
      /There is no database at .*missing\.db.*READ_ONLY=1.*never creates one/,
    );
    expect(f.message).toContain('npm start');
    expect(existsSync(path)).toBe(false);
  });

  it('refuses an empty file without writing to it', () => {
    const path = join(tmp.dir, 'empty.db');
    writeFileSync(path, '');
    const f = refusal(path);
    expect(f.exitCode).toBe(EXIT.database);
    expect(f.message).toContain('holds no dashboard data yet');
    expect(readFileSync(path).length).toBe(0);
  });

  it('refuses a database whose first start stopped half-way, and does not complete it', () => {
    const path = join(tmp.dir, 'half.db');
    const db = openDatabase(path);
    writeLoad(db, reportedPlan(join(ROOT, 'data', 'reported')), NOW);
    db.close();
    const before = hash(path);
    const f = refusal(path);
    expect(f.exitCode).toBe(EXIT.database);
    expect(f.message).toContain("lacks the shipped dataset 'demo'");
    expect(hash(path)).toBe(before);
  });

  it('refuses a file that is not a database', () => {
    const path = join(tmp.dir, 'text.db');
    writeFileSync(path, 'not a database at all, but long enough to have a header '.repeat(20));
    expect(refusal(path).exitCode).toBe(EXIT.database);
  });

  it('opens a complete database without changing a byte of it', () => {
    const before = hash(complete);
    const db = openReadOnly(complete);
    expect(() => db.exec("DELETE FROM dataset WHERE id = 'demo'")).toThrow(/readonly/);
    db.close();
    expect(hash(complete)).toBe(before);
  });
});

interface Child {
  port: Promise<number>;
  exit: Promise<number | null>;
  output: () => string;
  signal: (s: NodeJS.Signals) => void;
}

function start(env: Record<string, string>): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/server/index.ts')], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
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
  const exit = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { port, exit, output: () => output, signal: (s) => child.kill(s) };
}

describe('the server, read-only, and stopped with SIGTERM', () => {
  it('exits with status 3 and one paragraph on a missing database', async () => {
    const path = join(tmp.dir, 'nowhere.db');
    const child = start({ DB_PATH: path, READ_ONLY: '1' });
    expect(await child.exit).toBe(EXIT.database);
    expect(child.output()).toMatch(/^There is no database at .*\n$/);
    expect(existsSync(path)).toBe(false);
  }, 30_000);

  it('serves a complete database, logs each request, and answers a request in flight before it exits', async () => {
    const before = hash(complete);
    const child = start({ DB_PATH: complete, READ_ONLY: '1', ACCESS_LOG: 'json' });
    const port = await child.port;
    expect(child.output()).toContain('read-only');
    // the first question waits for the figures to be put in memory: it is in flight at the signal
    const inFlight = fetch(
      `http://127.0.0.1:${port}/api/v1/counts?dataset=demo&by=force&interval=month`,
    ).then(async (r) => ({
      status: r.status,
      version: ((await r.json()) as { dataset: { version: number } }).dataset.version,
    }));
    await new Promise((done) => setTimeout(done, 30));
    child.signal('SIGTERM');
    expect(await inFlight).toEqual({ status: 200, version: 1 });
    expect(await child.exit).toBe(0);
    await expect(fetch(`http://127.0.0.1:${port}/api/health`)).rejects.toThrow();
    const logged = child
      .output()
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { path: string; status: number });
    expect(logged).toContainEqual(
      expect.objectContaining({
        path: '/api/v1/counts?dataset=demo&by=force&interval=month',
        status: 200,
      }),
    );
    expect(child.output()).toContain('SIGTERM: accepting no new connections');
    expect(hash(complete)).toBe(before);
  }, 30_000);
});
