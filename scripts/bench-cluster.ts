import { spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { ROOT } from '../src/server/config.ts';
import { findNginx, loggedRequests, startCluster, type Cluster } from './cluster.ts';
import { queryMix, rng } from './query-mix.ts';

/**
 * Many readers (`npm run bench` part 5, `BENCH_ONLY=cluster`): the dashboard's query mix at 50
 * connections, for BENCH_CLUSTER_SECONDS (default 15) each, direct to one instance and through nginx
 * caching in front of two (deploy/nginx.conf), over the shipped datasets, the latter after 5 s of other
 * readers from an empty cache (printed too); requests per second, p99 and the proxy's hit ratio (budget: 5 times the instance's throughput, over 90% hits, p99 under 20 ms, no
 * errors). Then an import through the writer under that load: no request fails, and every answer is
 * the old version's bytes or the new one's, never anything else.
 */

const SECONDS = Number(process.env.BENCH_CLUSTER_SECONDS ?? 15);
const WARM_SECONDS = 5;
const CONNECTIONS = 50;
const DISTINCT = 2400;

function free(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createServer();
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
}

async function freePorts(n: number): Promise<number[]> {
  const found: number[] = [];
  for (let p = Number(process.env.BENCH_PORT_BASE ?? 4260); found.length < n; p++)
    if (await free(p)) found.push(p);
  return found;
}

/**
 * Readers crowd onto the views in the news: 2,400 distinct questions, asked with Zipf popularity
 * (s = 1: the n-th most asked n times less often than the first), and the dataset's meta, which every
 * page asks for, one request in ten. The same sequence on every run.
 */
function readers(seed: number): () => string {
  const questions = queryMix(DISTINCT);
  const cumulative: number[] = [];
  let sum = 0;
  for (let i = 0; i < questions.length; i++) cumulative.push((sum += 1 / (i + 1)));
  const r = rng(seed);
  return () => {
    if (r() < 0.1) return '/api/v1/meta?dataset=demo';
    const x = r() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) < x) lo = mid + 1;
      else hi = mid;
    }
    return questions[lo] ?? '/api/v1/meta';
  };
}

/** The readers at `url` for `seconds`: with wrk when it is installed, else autocannon. */
function load(url: string, seconds: number, seed = 15): Promise<Load> {
  const wrk = findWrk();
  return wrk ? loadWrk(wrk, url, seconds, seed) : loadAutocannon(url, seconds, seed);
}

interface Load {
  rps: number;
  p99: number;
  errors: number;
  /** what the errors were: '2 timeouts, 1 HTTP 502', '' for none */
  which: string;
  asked: Set<string>;
}

async function loadAutocannon(url: string, seconds: number, seed: number): Promise<Load> {
  const next = readers(seed);
  const asked = new Set<string>();
  const r = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    timeout: 10,
    // as a browser asks
    headers: { 'Accept-Encoding': 'gzip, deflate, br' },
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => {
          const path = next();
          asked.add(path);
          return { ...request, path };
        },
      },
    ],
  });
  const statuses = Object.entries(r.statusCodeStats ?? {})
    .filter(([code]) => !code.startsWith('2'))
    .map(([code, { count }]) => `${count} HTTP ${code}`);
  return {
    rps: r.requests.average,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts + r.non2xx,
    which: [
      ...(r.timeouts > 0 ? [`${r.timeouts} timed out`] : []),
      // autocannon counts a timeout as an error too
      ...(r.errors - r.timeouts > 0 ? [`${r.errors - r.timeouts} connection errors`] : []),
      ...statuses,
    ].join(', '),
    asked,
  };
}

/** wrk (Debian's package), a load generator in C: the one used when installed (WRK=0 turns it off) */
function findWrk(): string | null {
  if (process.env.WRK === '0') return null;
  for (const dir of (process.env.PATH ?? '').split(':')) {
    const path = join(dir, 'wrk');
    if (existsSync(path)) return path;
  }
  return null;
}

/**
 * The same readers, asked by wrk: one thread, the questions in the same order from a file. autocannon
 * runs in Node and takes a whole core at about 12,000 requests a second, the core nginx needs: the
 * proxy's throughput measured with it was the load generator's.
 */
const WRK_SCRIPT = `local paths = {}
for line in io.lines(os.getenv("WRK_PATHS")) do paths[#paths + 1] = line end
local i = 0
local headers = { ["Accept-Encoding"] = "gzip, deflate, br" }
request = function()
  i = i + 1
  if i > #paths then i = 1 end
  return wrk.format("GET", paths[i], headers)
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('{"requests":%d,"us":%d,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d,"p99":%d}\\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout, latency:percentile(99)))
end
`;

async function loadWrk(wrk: string, url: string, seconds: number, seed: number): Promise<Load> {
  const next = readers(seed);
  const paths = Array.from({ length: 400_000 }, next);
  const dir = mkdtempSync(join(tmpdir(), 'crime-wrk-'));
  try {
    writeFileSync(join(dir, 'paths.txt'), `${paths.join('\n')}\n`);
    writeFileSync(join(dir, 'mix.lua'), WRK_SCRIPT);
    const out = await new Promise<string>((resolve, reject) => {
      const child = spawn(
        wrk,
        [
          '-t1',
          `-c${CONNECTIONS}`,
          `-d${seconds}s`,
          '--timeout',
          '10s',
          '-s',
          join(dir, 'mix.lua'),
          url,
        ],
        { env: { ...process.env, WRK_PATHS: join(dir, 'paths.txt') } },
      );
      let text = '';
      child.stdout.on('data', (d: Buffer) => (text += d.toString()));
      child.on('error', reject);
      child.on('exit', () => resolve(text));
    });
    const json = out.split('\n').find((l) => l.startsWith('{"requests"'));
    if (!json) throw new Error(`wrk printed no summary:\n${out}`);
    const r = JSON.parse(json) as Record<
      'requests' | 'us' | 'connect' | 'read' | 'write' | 'status' | 'timeout' | 'p99',
      number
    >;
    const socket = r.connect + r.read + r.write;
    return {
      rps: r.requests / (r.us / 1e6),
      p99: Math.round(r.p99 / 100) / 10,
      errors: socket + r.status + r.timeout,
      which: [
        ...(r.timeout > 0 ? [`${r.timeout} timed out`] : []),
        ...(socket > 0 ? [`${socket} connection errors`] : []),
        ...(r.status > 0 ? [`${r.status} HTTP 4xx or 5xx`] : []),
      ].join(', '),
      asked: new Set(paths.slice(0, r.requests)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const line = (name: string, l: Load) =>
  `  ${name}: ${Math.round(l.rps).toLocaleString('en-GB')} requests per second, p99 ${l.p99} ms, ${l.errors} errors${l.which ? ` (${l.which})` : ''} (${l.asked.size.toLocaleString('en-GB')} distinct URLs asked)`;

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;

/** nginx's verdicts on the requests logged after `from` bytes of its access log, with its p99 for each */
async function verdicts(
  cluster: Cluster,
  from: number,
): Promise<Map<string, { n: number; p99: number }>> {
  await new Promise((done) => setTimeout(done, 1500)); // nginx flushes its log every second
  const times = new Map<string, number[]>();
  for (const { cache, ms } of loggedRequests(cluster.accessLog, from)) {
    const t = times.get(cache);
    if (t) t.push(ms);
    else times.set(cache, [ms]);
  }
  return new Map(
    [...times].map(([cache, t]) => [
      cache,
      {
        n: t.length,
        p99: pct(
          t.sort((a, b) => a - b),
          99,
        ),
      },
    ]),
  );
}

/** An import by the writer while the proxy is under load: no errors, only whole versions. */
async function importUnderLoad(cluster: Cluster, dir: string, dbPath: string): Promise<void> {
  // the dataset the import adds to; the load's questions are on demo, whose meta names every version
  const probe = '/api/v1/counts?force=kent&by=platform';
  const body = async (base: string) => {
    const r = await fetch(`${base}${probe}`);
    return { status: r.status, text: await r.text() };
  };
  const before = (await body(cluster.instances[0])).text;
  const csv = join(dir, 'kent.csv');
  writeFileSync(
    csv,
    'Force,Financial year,Number of offences\nKent Police,2021/22,1203\nKent Police,2022/23,1311\nKent Police,2023/24,1420\n',
  );
  const seconds = 10;
  const background = load(cluster.proxy, seconds);
  const answers: { status: number; text: string }[] = [];
  const state = { polling: true };
  const poller = (async () => {
    while (state.polling) {
      answers.push(await body(cluster.proxy));
      await new Promise((done) => setTimeout(done, 20));
    }
  })();
  await new Promise((done) => setTimeout(done, 1000));
  const started = performance.now();
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(
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
      { cwd: ROOT, env: { ...process.env, DB_PATH: dbPath }, stdio: 'ignore' },
    );
    child.on('exit', resolve);
  });
  const importMs = performance.now() - started;
  const under = await background;
  state.polling = false;
  await poller;
  const after = (await body(cluster.instances[0])).text;
  const kinds = answers.map((a) =>
    a.status !== 200 ? 'failed' : a.text === before ? 'old' : a.text === after ? 'new' : 'mixed',
  );
  const count = (k: string) => kinds.filter((x) => x === k).length;
  console.log(
    `  an import into 'reported' by the writer (exit ${code}, ${(importMs / 1000).toFixed(1)} s) under that load through the proxy: ${under.errors} errors in ${Math.round(under.rps * seconds).toLocaleString('en-GB')} requests; a question asked every 20 ms was answered ${count('old')} times with the old version's bytes, ${count('new')} with the new one's, ${count('mixed')} with anything else, ${count('failed')} failed`,
  );
}

export async function benchCluster(dir: string): Promise<void> {
  if (findNginx() === null) {
    console.log('Many readers: skipped, nginx is not installed (apt-get install nginx).');
    return;
  }
  const home = join(dir, 'cluster');
  mkdirSync(home, { recursive: true });
  // nginx's workers run as an unprivileged user when the bench runs as root
  chmodSync(dir, 0o755);
  const dbPath = join(home, 'crime.db');
  const [proxyPort = 0, a = 0, b = 0] = await freePorts(3);
  const t0 = performance.now();
  const cluster = await startCluster({
    dbPath,
    dir: join(home, 'nginx'),
    proxyPort,
    instancePorts: [a, b],
    log: () => undefined,
  });
  try {
    console.log(
      `Many readers: the dashboard's query mix (${DISTINCT.toLocaleString('en-GB')} distinct questions on the shipped demo dataset with Zipf popularity, and meta one request in ten) at ${CONNECTIONS} connections, ${SECONDS} s each, asked by ${findWrk() ? 'wrk (one thread)' : 'autocannon (wrk is not installed: apt-get install wrk)'}`,
    );
    console.log(
      `  database made, two read-only instances with every dataset in memory (${(cluster.instancesReadyMs / 1000).toFixed(1)} s from their start to /api/health ok), and nginx in front: ready ${((performance.now() - t0) / 1000).toFixed(1)} s after starting`,
    );
    const direct = await load(cluster.instances[0], SECONDS);
    console.log(line('direct to one instance', direct));
    // a proxy that has been up a few seconds: other readers (another seed) have asked before
    const cold = await load(cluster.proxy, WARM_SECONDS, 7);
    console.log(line(`through nginx, its cache empty at the start (${WARM_SECONDS} s)`, cold));
    const from = statSync(cluster.accessLog, { throwIfNoEntry: false })?.size ?? 0;
    const proxied = await load(cluster.proxy, SECONDS);
    console.log(line('through nginx, in front of two, then', proxied));
    const seen = await verdicts(cluster, from);
    const total = [...seen.values()].reduce((x, y) => x + y.n, 0);
    // served from the cache without asking an instance: fresh, or stale while one request updates it
    const hits = (seen.get('HIT')?.n ?? 0) + (seen.get('UPDATING')?.n ?? 0);
    console.log(
      `  proxy: ${(proxied.rps / direct.rps).toFixed(1)} times the instance's throughput; hit ratio ${((100 * hits) / Math.max(1, total)).toFixed(1)}% (${[...seen].map(([k, { n }]) => `${k} ${n.toLocaleString('en-GB')}`).join(', ')}) (budget: 5 times, over 90%, p99 under 20 ms, no errors)`,
    );
    console.log(
      `  time inside nginx, p99 by verdict: ${[...seen].map(([k, { p99 }]) => `${k} ${p99} ms`).join(', ')} (the rest of the p99 above is the load generator and nginx waiting for the machine's two cores)`,
    );
    await importUnderLoad(cluster, home, dbPath);
  } finally {
    await cluster.stop();
  }
  console.log('');
}
