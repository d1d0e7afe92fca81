import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApp } from '../src/server/app.ts';
import { ROOT } from '../src/server/config.ts';
import { openDatabase } from '../src/server/db/open.ts';
import { demoPlan } from '../src/server/load/demo.ts';
import { seedDatasets } from '../src/server/load/seed.ts';
import { writeLoad } from '../src/server/load/write.ts';

/**
 * The server under an import, as a data manager and the dashboard's readers meet it (`npm run bench`
 * part 4): a real server over a database of about two million facts.
 *  - how soon after it starts it answers /api/health (budget 2 s), and when every dataset is served;
 *  - requests every 10 ms (health, and a question about the dataset being imported into) across an
 *    import of a few rows and its first queries: the slowest of each (budget 100 ms);
 *  - the server's memory after one import and after ten (budget: within 10%);
 *  - the slowest refusal of a hostile query string of up to 16 KB (budget 50 ms).
 */

const SCALE = Number(process.env.BENCH_SERVER_SCALE ?? 156);
const ms = (x: number) => `${x.toFixed(1)} ms`;
const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
const sleep = (t: number) => new Promise((done) => setTimeout(done, t));

function rssOf(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(m?.[1] ?? NaN) / 1024;
}

async function timed(url: string): Promise<{ ms: number; status: number }> {
  const t = performance.now();
  const r = await fetch(url);
  await r.arrayBuffer();
  return { ms: performance.now() - t, status: r.status };
}

/**
 * The slowest refusal among query strings made to cost the parser as much as 16 KB can. Over the
 * shipped datasets: a refusal does not depend on the facts, and this process must stay small, so that
 * its own pauses do not count against the server below.
 */
async function queryStrings(dir: string): Promise<void> {
  const db = openDatabase(join(dir, 'strings.db'));
  seedDatasets(db, ROOT, new Date());
  const { app } = createApp({ db });
  await app.request('/api/v1/meta');
  const ids = (n: number, id: string) => Array.from({ length: n }, () => id).join(',');
  const hostile = [
    `force=${ids(5400, 'zz')}`,
    `offence=${ids(5400, 'zz')}`,
    `outcome=${ids(3200, 'abcd')}`,
    `platform=${ids(3200, 'abcd')}`,
    `force=${'z'.repeat(16_000)}`,
    `offence=${'lancashire'.repeat(1600)}`,
    Array.from({ length: 1900 }, (_, i) => `p${i}=1`).join('&'),
    Array.from({ length: 1800 }, () => 'force=zz').join('&'),
    `from=${'2'.repeat(16_000)}`,
    `dataset=${'a'.repeat(16_000)}`,
  ];
  // each kind three times: the slowest of all, and the slowest kind by its median (a busy machine
  // adds pauses that are not the parser's)
  const times = hostile.map(() => [] as number[]);
  for (let round = 0; round < 3; round++) {
    for (const [i, q] of hostile.entries()) {
      const t = performance.now();
      const r = await app.request(`/api/v1/counts?${q}`);
      await r.arrayBuffer();
      times[i]?.push(performance.now() - t);
      if (r.status !== 400) console.log(`  unexpected ${r.status} for ${q.slice(0, 40)}…`);
    }
  }
  const worst = Math.max(...times.flat());
  const medians = times.map((t) => [...t].sort((a, b) => a - b)[1] ?? NaN);
  const slowest = medians.indexOf(Math.max(...medians));
  const worstQuery = hostile[slowest]?.slice(0, 30) ?? '';
  db.close();
  console.log(
    `Query strings: ${hostile.length} kinds of hostile query string up to ${Math.max(...hostile.map((q) => q.length)).toLocaleString('en-GB')} bytes, 3 rounds: slowest refusal ${ms(worst)}; slowest kind by median ${ms(medians[slowest] ?? NaN)} (${worstQuery}…) (budget 50 ms)`,
  );
}

export async function benchServer(dir: string): Promise<void> {
  const dbPath = join(dir, 'server.db');
  let t0 = performance.now();
  {
    const db = openDatabase(dbPath);
    seedDatasets(db, ROOT, new Date());
    const plan = demoPlan({ scale: SCALE });
    const big = writeLoad(
      db,
      { ...plan, dataset: { ...plan.dataset, id: 'big', title: 'Bench', illustrative: false } },
      new Date(),
    );
    db.close();
    console.log(
      `Server: the shipped datasets and 'big', a demo-shaped dataset of ${big.facts.toLocaleString('en-GB')} facts (made in ${(
        (performance.now() - t0) /
        1000
      ).toFixed(1)} s)`,
    );
  }
  await queryStrings(dir);

  // inside the server: how long its thread is held, apart from how long a busy machine makes requests
  // wait for a processor. SIGUSR2 prints the longest delay of its event loop since the last one.
  const loopDelay =
    "data:text/javascript,import{monitorEventLoopDelay}from'node:perf_hooks';const h=monitorEventLoopDelay({resolution:5});h.enable();process.on('SIGUSR2',()=>{process.stdout.write('loop-max '+(h.max/1e6).toFixed(1)+'\\n');h.reset()})";
  const server = spawn(
    process.execPath,
    ['--import', 'tsx', '--import', loopDelay, join(ROOT, 'src/server/index.ts')],
    {
      env: { ...process.env, DB_PATH: dbPath, PORT: '0', HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const loopMax = async (): Promise<number> => {
    const before = output.length;
    server.kill('SIGUSR2');
    for (let i = 0; i < 200; i++) {
      const m = /loop-max ([\d.]+)/.exec(output.slice(before));
      if (m) return Number(m[1]);
      await sleep(5);
    }
    return NaN;
  };
  server.stdout.on('data', (c: Buffer) => (output += c.toString()));
  server.stderr.on('data', (c: Buffer) => (output += c.toString()));
  t0 = performance.now();
  try {
    let port = 0;
    while (port === 0) {
      port = Number(/http:\/\/localhost:(\d+)\//.exec(output)?.[1] ?? 0);
      if (performance.now() - t0 > 60_000) throw new Error(`the server did not start:\n${output}`);
      await sleep(5);
    }
    const base = `http://127.0.0.1:${port}`;
    let first = 0;
    for (;;) {
      const r = await timed(`${base}/api/health`).catch(() => null);
      if (r && first === 0) first = performance.now() - t0;
      if (r?.status === 200) break;
      await sleep(10);
    }
    const ready = performance.now() - t0;
    console.log(
      `  start: /api/health answered ${ms(first)} after the process began (budget 2 s); every dataset served after ${(ready / 1000).toFixed(1)} s`,
    );

    // the import runs beside the requests, as another process does: not in this one's way
    const run = async (args: string[]) => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', join(ROOT, 'scripts/import.ts'), ...args],
        {
          env: { ...process.env, DB_PATH: dbPath },
          stdio: ['ignore', 'ignore', 'pipe'],
        },
      );
      let stderr = '';
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      const code = await new Promise<number | null>((done) => child.once('exit', done));
      if (code !== 0) throw new Error(`the import failed: ${stderr}`);
    };
    const importOne = async (n: number) => {
      const csv = join(dir, `import-${n}.csv`);
      writeFileSync(csv, `Force,Platform,Year,Count\nKent Police,TikTok,${2000 + n},${n}\n`);
      await run([csv, '--dataset', 'big']);
    };

    /** health every 10 ms, and a small question about 'big' every 100 ms, around some work */
    const window = async (label: string, work: () => Promise<number[]>) => {
      const health: number[] = [];
      const other: number[] = [];
      await loopMax();
      const state = { sampling: true };
      const sampler = (async () => {
        for (let tick = 0; state.sampling; tick++) {
          const next = performance.now() + 10;
          void timed(`${base}/api/health`).then((r) => health.push(r.ms));
          if (tick % 10 === 0)
            void timed(`${base}/api/v1/counts?dataset=big&force=kent&interval=year`).then((r) =>
              other.push(r.ms),
            );
          await sleep(Math.max(0, next - performance.now()));
        }
      })();
      await sleep(500);
      const firsts = await work();
      await sleep(1500);
      state.sampling = false;
      await sampler;
      await sleep(200);
      const blocked = await loopMax();
      health.sort((a, b) => a - b);
      other.sort((a, b) => a - b);
      console.log(
        `  ${label}, with a request every 10 ms for ${(health.length / 100).toFixed(1)} s:`,
      );
      console.log(
        `    /api/health: ${health.length} requests, p50 ${ms(pct(health, 50))}, p99 ${ms(pct(health, 99))}, p100 ${ms(health.at(-1) ?? NaN)} (budget 100 ms)`,
      );
      console.log(
        `    a question about 'big' (Kent by year): ${other.length} requests, p50 ${ms(pct(other, 50))}, p100 ${ms(other.at(-1) ?? NaN)}`,
      );
      console.log(`    the server's event loop, longest delay: ${ms(blocked)}`);
      if (firsts.length > 0)
        console.log(
          `    the first queries after it: ${firsts.map(ms).join(', ')} (meta, counts, returns of the new version)`,
        );
    };

    // the same requests while a command starts and does nothing (its --help): what this busy machine
    // adds to every request, whatever the server does
    await window('control: `npm run import -- --help` beside the server', async () => {
      await run(['--help']);
      return [];
    });
    await window("an import of one row into 'big' and its first queries", async () => {
      await importOne(1);
      const firsts = await Promise.all(
        [
          '/api/v1/meta?dataset=big',
          '/api/v1/counts?dataset=big&force=kent&interval=year',
          '/api/v1/returns?dataset=big&force=kent',
        ].map((p) => timed(`${base}${p}`)),
      );
      return firsts.map((f) => f.ms);
    });
    const version = (
      (await (await fetch(`${base}/api/health`)).json()) as { datasets: Record<string, number> }
    ).datasets.big;
    console.log(`    ('big' is now served at version ${version})`);

    const settle = async () => {
      await fetch(`${base}/api/v1/meta?dataset=big`);
      await sleep(1000);
      return rssOf(server.pid ?? 0);
    };
    const afterOne = await settle();
    for (let n = 2; n <= 10; n++) {
      await importOne(n);
      await fetch(`${base}/api/v1/counts?dataset=big&force=kent&interval=year`);
    }
    const afterTen = await settle();
    console.log(
      `  memory (RSS): ${Math.round(afterOne)} MB after one import, ${Math.round(afterTen)} MB after ten (${(((afterTen - afterOne) / afterOne) * 100).toFixed(1)}%; budget within 10%)`,
    );
  } finally {
    server.kill('SIGTERM');
    await new Promise((done) => server.once('exit', done));
  }
}
