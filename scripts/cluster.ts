import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../src/server/config.ts';
import { prepareDatabase } from '../src/server/startup.ts';

/**
 * nginx as a caching reverse proxy in front of two read-only instances on one database
 * (deploy/nginx.conf; README, "Running for many users"). Used by `npm run serve:cluster`, the bench
 * and the cluster test. The database is made or completed first, by this process as the one writer;
 * the instances never write to it.
 */

export interface ClusterOptions {
  dbPath: string;
  /** a folder for nginx's configuration, logs and cache */
  dir: string;
  proxyPort: number;
  instancePorts: [number, number];
  /** where the children's output goes, a line at a time */
  log?: (line: string) => void;
  /** extra environment for the instances (ACCESS_LOG=json) */
  env?: Record<string, string>;
}

export interface Cluster {
  proxy: string;
  instances: [string, string];
  /** nginx's access log: one JSON line a request with the cache's verdict */
  accessLog: string;
  /** from starting the instances to both answering /api/health with ok (ms) */
  instancesReadyMs: number;
  /** SIGQUIT to nginx (it finishes what it has begun) and SIGTERM to the instances */
  stop: () => Promise<void>;
  /** settles when any of the processes exits on its own */
  failed: Promise<string>;
}

/** nginx from the PATH or Debian's place for it; null when it is not installed. */
export function findNginx(): string | null {
  for (const candidate of [process.env.NGINX, 'nginx', '/usr/sbin/nginx']) {
    if (candidate === undefined || candidate === '') continue;
    const r = spawnSync(candidate, ['-v'], { encoding: 'utf8' });
    if (r.status === 0) return candidate;
  }
  return null;
}

export function renderNginxConf(values: Record<string, string | number>): string {
  const template = readFileSync(join(ROOT, 'deploy', 'nginx.conf'), 'utf8');
  return template.replace(/\$\{([A-Z_]+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`deploy/nginx.conf: no value for ${whole}`);
    return String(value);
  });
}

function lines(child: ChildProcess, prefix: string, log: (line: string) => void): void {
  for (const stream of [child.stdout, child.stderr]) {
    let rest = '';
    stream?.on('data', (chunk: Buffer) => {
      const parts = (rest + chunk.toString()).split('\n');
      rest = parts.pop() ?? '';
      for (const p of parts) log(`${prefix} ${p}`);
    });
  }
}

async function ready(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      const r = await fetch(`${url}/api/health`);
      if (r.status === 200) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`${url} was not ready after ${timeoutMs / 1000} s`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((done) => child.once('exit', () => done()));
}

export async function startCluster(o: ClusterOptions): Promise<Cluster> {
  const log = o.log ?? ((line: string) => console.log(line));
  const nginx = findNginx();
  if (nginx === null)
    throw new Error(
      'nginx is not installed: apt-get install nginx (Debian), or set NGINX to its path.',
    );
  // the one writer: makes or completes the database, so that the read-only instances can serve it
  prepareDatabase(o.dbPath, ROOT, new Date(), log).close();

  const children: ChildProcess[] = [];
  const spawned = performance.now();
  const instances = o.instancePorts.map((port) => `http://127.0.0.1:${port}`) as [string, string];
  o.instancePorts.forEach((port, i) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/server/index.ts')], {
      cwd: ROOT,
      env: {
        ...process.env,
        ...o.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DB_PATH: o.dbPath,
        READ_ONLY: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    lines(child, `[instance ${'ab'[i] ?? i}]`, log);
    children.push(child);
  });

  for (const sub of ['logs', 'cache', 'tmp']) mkdirSync(join(o.dir, sub), { recursive: true });
  // nginx's workers run as an unprivileged user when it is started as root: they must reach the folder
  chmodSync(o.dir, 0o755);
  const conf = join(o.dir, 'nginx.conf');
  writeFileSync(
    conf,
    renderNginxConf({
      PROXY_PORT: o.proxyPort,
      INSTANCE_A: o.instancePorts[0],
      INSTANCE_B: o.instancePorts[1],
    }),
  );
  const failed = Promise.race(
    children.map((c, i) => exited(c).then(() => `instance ${'ab'[i] ?? i} exited (${c.exitCode})`)),
  );
  let stopping = false;
  let proxy: ChildProcess | null = null;
  const stop = async () => {
    stopping = true;
    // SIGQUIT is nginx's graceful stop; SIGTERM the instances'
    for (const c of children) if (c.exitCode === null) c.kill(c === proxy ? 'SIGQUIT' : 'SIGTERM');
    await Promise.all(children.map(exited));
  };
  try {
    await Promise.race([
      Promise.all(instances.map((url) => ready(url, 60_000))),
      failed.then((why) => Promise.reject(new Error(why))),
    ]);
  } catch (e) {
    await stop();
    throw e;
  }
  const instancesReadyMs = performance.now() - spawned;
  const nginxProcess = spawn(
    nginx,
    ['-p', o.dir, '-c', conf, '-e', 'stderr', '-g', 'daemon off;'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  proxy = nginxProcess;
  lines(nginxProcess, '[nginx]', log);
  children.push(nginxProcess);
  const proxyUrl = `http://127.0.0.1:${o.proxyPort}`;
  try {
    await Promise.race([
      ready(proxyUrl, 10_000),
      exited(nginxProcess).then(() =>
        Promise.reject(new Error(`nginx exited (${nginxProcess.exitCode})`)),
      ),
    ]);
  } catch (e) {
    await stop();
    throw e;
  }
  return {
    proxy: proxyUrl,
    instances,
    accessLog: join(o.dir, 'logs', 'access.log'),
    instancesReadyMs,
    stop,
    failed: Promise.race([failed, exited(nginxProcess).then(() => 'nginx exited')]).then((why) =>
      stopping ? new Promise<string>(() => undefined) : why,
    ),
  };
}

/** The requests in nginx's access log after `from` bytes: the cache's verdict and nginx's time. */
export function loggedRequests(accessLog: string, from = 0): { cache: string; ms: number }[] {
  if (!existsSync(accessLog)) return [];
  return readFileSync(accessLog)
    .subarray(from)
    .toString('utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const r = JSON.parse(line) as { cache: string; ms: number };
      // seconds, to the millisecond
      return { cache: r.cache || 'NONE', ms: r.ms * 1000 };
    });
}

/** The cache's verdicts in nginx's access log: HIT, MISS, EXPIRED, REVALIDATED… and how many. */
export function cacheVerdicts(accessLog: string, from = 0): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { cache } of loggedRequests(accessLog, from))
    counts.set(cache, (counts.get(cache) ?? 0) + 1);
  return counts;
}
