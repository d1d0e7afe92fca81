import { createServer } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { createApp } from './app.ts';
import { readConfig, ROOT, type Config } from './config.ts';
import type { Db } from './db/open.ts';
import { EXIT, Failure, failureOf } from './failure.ts';
import { stopGracefully } from './http/drain.ts';
import { StaticFiles } from './http/static.ts';
import { openReadOnly, prepareDatabase } from './startup.ts';

/**
 * Start the server: open the database (creating or completing the shipped datasets; with READ_ONLY=1,
 * only a database a writer has completed, never written to), listen, and only then put the figures in
 * memory, a slice at a time: /api/health answers at once, and says `starting` until every dataset is
 * served. SIGTERM and SIGINT stop it gracefully. A failure is one paragraph and a documented exit
 * status.
 */

function fail(f: Failure): never {
  process.stderr.write(`${f.message}\n`);
  process.exit(f.exitCode);
}

let config: Config;
try {
  config = readConfig();
} catch (e) {
  fail(new Failure(EXIT.usage, e instanceof Error ? e.message : String(e)));
}
let db: Db;
try {
  db = config.readOnly
    ? openReadOnly(config.dbPath)
    : prepareDatabase(config.dbPath, ROOT, new Date(), (line) => {
        console.log(line);
      });
} catch (e) {
  fail(e instanceof Failure ? e : failureOf(e, config.dbPath, 'starting the server'));
}

const staticFiles = new StaticFiles(config.distDir);
if (!staticFiles.available)
  console.warn(`No built app in ${config.distDir}: run npm run build. The API still works.`);
const { app, datasets, confirm } = createApp({
  db,
  staticFiles,
  // an import by another process is served from the first request a millisecond after its commit
  changeCheckMs: 1,
  answerCacheBytes: config.answerCacheBytes,
  log: (m) => {
    console.error(m);
  },
  ...(config.accessLog
    ? {
        accessLog: (line: string) => {
          process.stdout.write(line);
        },
      }
    : {}),
});

let stopping = false;
const toApp = getRequestListener(app.fetch, { hostname: config.host });
// while stopping, every request goes to the app, whose answer closes its connection (drain.ts)
const server = createServer((req, res) => {
  if (stopping || !confirm(req, res)) void toApp(req, res);
});
server.listen(config.port, config.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  console.log(
    `Social media crime dashboard: http://localhost:${port}/ (API reference at /api/docs)${config.readOnly ? ', read-only' : ''}`,
  );
  datasets.refresh().catch(() => {
    // logged by the datasets; requests for the figures answer with the error until it is fixed
  });
});
server.on('error', (e: NodeJS.ErrnoException) => {
  fail(
    new Failure(
      EXIT.port,
      e.code === 'EADDRINUSE'
        ? `Port ${config.port} is already in use on ${config.host}: another server (perhaps another copy of this one) is listening there. Stop it, or start this one with PORT set to a free port.`
        : `Cannot listen on ${config.host}:${config.port} (${e.code ?? e.message}). Set PORT (and HOST) to an address this user may listen on.`,
    ),
  );
});

function stop(signal: NodeJS.Signals) {
  if (stopping) return;
  stopping = true;
  console.error(`${signal}: accepting no new connections; answering the requests in flight …`);
  void stopGracefully(server).then(({ forced }) => {
    if (forced) console.error('Requests still running after 10 s were cut off.');
    db.close();
    process.exit(0);
  });
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
