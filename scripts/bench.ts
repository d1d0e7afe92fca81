import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BYS } from '../src/shared/filters.ts';
import { createApp } from '../src/server/app.ts';
import { ROOT } from '../src/server/config.ts';
import { openDatabase } from '../src/server/db/open.ts';
import { generateReturn } from '../src/server/import/generate.ts';
import { demoPlan } from '../src/server/load/demo.ts';
import { seedDatasets } from '../src/server/load/seed.ts';
import { writeLoad } from '../src/server/load/write.ts';
import { benchCluster } from './bench-cluster.ts';
import { benchFloors } from './bench-floors.ts';
import { benchPage } from './bench-page.ts';
import { benchServer } from './bench-server.ts';
import { queryMix } from './query-mix.ts';

/**
 * `npm run bench`: prints figures, asserts nothing.
 *  1. building the two shipped datasets from scratch (budget: under 15 s);
 *  2. the API over a demo-shaped dataset of at least a million facts, under a realistic mix of
 *     dashboard queries, none of them served from a cache (budget: p95 under 25 ms);
 *  3. `npm run import` of a generated 1,000,000-row return, in a child process as a data manager runs
 *     it (budget: under 20 s and 500 MB);
 *  4. a server over two million facts across an import, and hostile query strings (bench-server.ts);
 *  5. the dashboard's query mix at 50 connections, direct to one instance and through nginx caching
 *     in front of two, and an import through the writer under that load (bench-cluster.ts);
 *  6. figures beside their floors from the same run: throughput against a plain Node server, an answer
 *     against a tight pass over its facts, a start against a bare Node start (bench-floors.ts);
 *  7. the first chart against a bare page with the same libraries, and Lighthouse (bench-page.ts).
 */

const QUERIES = Number(process.env.BENCH_QUERIES ?? 2400);
const SCALE = Number(process.env.BENCH_SCALE ?? 40);
const IMPORT_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 1_000_000);
const dir = mkdtempSync(join(tmpdir(), 'crime-bench-'));

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)] ?? NaN;
}

/** The import as a data manager runs it, in its own process, with its peak memory reported on exit. */
function benchImport(): void {
  const csv = join(dir, 'return.csv');
  let t0 = performance.now();
  generateReturn(csv, IMPORT_ROWS);
  const mb = statSync(csv).size / 1e6;
  console.log(
    `Import: a generated return of ${IMPORT_ROWS.toLocaleString('en-GB')} rows (${mb.toFixed(1)} MB of CSV, made in ${seconds(performance.now() - t0)})`,
  );
  // the child's own peak memory (kB) and processor time (µs), printed as it exits: processor time
  // says what the run costs when other work shares the machine's two cores
  const report =
    "data:text/javascript,process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('maxRSS '+u.maxRSS+' cpu '+(u.userCPUTime+u.systemCPUTime)+'\\n')})";
  t0 = performance.now();
  const child = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--import',
      report,
      join(ROOT, 'scripts', 'import.ts'),
      csv,
      '--platform',
      'tiktok',
    ],
    { env: { ...process.env, DB_PATH: join(dir, 'import.db') }, encoding: 'utf8' },
  );
  const ms = performance.now() - t0;
  const usage = /maxRSS (\d+) cpu (\d+)/.exec(child.stderr);
  const peak = Number(usage?.[1] ?? NaN) / 1000;
  const cpu = Number(usage?.[2] ?? NaN) / 1000;
  if (child.status !== 0)
    console.log(`  the import failed (exit ${child.status}):\n${child.stderr}`);
  console.log(
    `  ${seconds(ms)} end to end (${Math.round(IMPORT_ROWS / (ms / 1000)).toLocaleString('en-GB')} rows per second), ${seconds(cpu)} of processor time, peak memory ${Math.round(peak)} MB (budget: under 20 s and 500 MB)`,
  );
}

/** 1 and 2: the shipped datasets, then the API over a million facts. */
async function benchDatasetsAndApi(): Promise<void> {
  // 1. the shipped datasets
  {
    const db = openDatabase(join(dir, 'shipped.db'));
    const t0 = performance.now();
    const results = seedDatasets(db, ROOT, new Date());
    const ms = performance.now() - t0;
    db.close();
    console.log('Shipped datasets (reported + demo), built from scratch');
    for (const r of results)
      console.log(`  ${r.dataset}: ${r.tables} tables, ${r.facts.toLocaleString('en-GB')} facts`);
    console.log(`  build time: ${seconds(ms)} (budget 15 s)\n`);
  }

  // 2. the API over a million facts
  const db = openDatabase(join(dir, 'bench.db'));
  let t0 = performance.now();
  const loaded = writeLoad(db, demoPlan({ scale: SCALE }), new Date());
  console.log(
    `Benchmark dataset: demo at scale ${SCALE}: ${loaded.facts.toLocaleString('en-GB')} facts in ${loaded.tables} tables`,
  );
  console.log(`  load time: ${seconds(performance.now() - t0)}`);
  const { app, datasets } = createApp({ db });
  t0 = performance.now();
  await datasets.refresh();
  console.log(`  in-memory store built in ${seconds(performance.now() - t0)}`);
  const rss = process.memoryUsage().rss;
  console.log(`  process memory (RSS): ${Math.round(rss / 1e6)} MB\n`);

  const queries = queryMix(QUERIES);
  for (const q of queries.slice(0, 50)) await app.request(q); // warm the JIT, not a cache: none exists
  const times: number[] = [];
  let errors = 0;
  const started = performance.now();
  for (const q of queries) {
    const t = performance.now();
    const res = await app.request(q);
    await res.arrayBuffer();
    times.push(performance.now() - t);
    if (res.status !== 200) errors++;
  }
  const wall = performance.now() - started;
  times.sort((a, b) => a - b);
  console.log(
    `API: ${queries.length.toLocaleString('en-GB')} distinct dashboard queries, in-process, sequential, uncached`,
  );
  console.log(
    `  mix: every by (${BYS.length}) × every interval, one / several / a region / all forces, filters on offence and outcome, all measures`,
  );
  console.log(
    `  p50 ${percentile(times, 50).toFixed(2)} ms · p95 ${percentile(times, 95).toFixed(2)} ms · p99 ${percentile(times, 99).toFixed(2)} ms · max ${(times.at(-1) ?? 0).toFixed(2)} ms (budget p95 < 25 ms)`,
  );
  console.log(
    `  ${(queries.length / (wall / 1000)).toFixed(0)} requests per second on one core; ${errors} non-200 responses`,
  );
  db.close();
  console.log('');
}

try {
  // BENCH_ONLY=api, import, server, cluster, floors or page measures that part alone
  const only = process.env.BENCH_ONLY;
  if (only === undefined || only === 'api') await benchDatasetsAndApi();
  // 3. importing a large return
  if (only === undefined || only === 'import') benchImport();
  // 4. the server under an import, and hostile query strings
  if (only === undefined || only === 'server') await benchServer(dir);
  // 5. many readers: nginx caching in front of two instances
  if (only === undefined || only === 'cluster') await benchCluster(dir);
  // 6. each figure beside its floor
  if (only === undefined || only === 'floors') await benchFloors(dir);
  // 7. the first chart beside a bare page, and Lighthouse
  if (only === undefined || only === 'page') await benchPage(dir);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
