import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../src/server/config.ts';
import { startCluster } from './cluster.ts';

/**
 * `npm run serve:cluster`: nginx on PORT (default 8080) caching in front of two read-only instances on
 * DB_PATH (ports PORT+1 and PORT+2, or INSTANCE_PORTS=a,b), until Ctrl-C or SIGTERM. nginx's
 * configuration, logs and cache go in CLUSTER_DIR (default a new folder in the temporary folder).
 */

const config = (() => {
  try {
    return readConfig({ ...process.env, PORT: process.env.PORT ?? '8080' });
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(2);
  }
})();
const ports = (process.env.INSTANCE_PORTS ?? `${config.port + 1},${config.port + 2}`)
  .split(',')
  .map(Number);
if (ports.length !== 2 || ports.some((p) => !Number.isInteger(p) || p <= 0 || p > 65535)) {
  console.error(
    `INSTANCE_PORTS must be two ports, a,b; not '${process.env.INSTANCE_PORTS ?? ''}'.`,
  );
  process.exit(2);
}
const dir = process.env.CLUSTER_DIR ?? mkdtempSync(join(tmpdir(), 'crime-cluster-'));
mkdirSync(dir, { recursive: true });

try {
  const cluster = await startCluster({
    dbPath: config.dbPath,
    dir,
    proxyPort: config.port,
    instancePorts: [ports[0] ?? 0, ports[1] ?? 0],
    env: config.accessLog ? { ACCESS_LOG: 'json' } : {},
  });
  console.log(
    `Social media crime dashboard for many users: http://localhost:${config.port}/ (nginx caching in front of ${cluster.instances.join(' and ')}, read-only on ${config.dbPath})`,
  );
  console.log(
    `  nginx's folder: ${dir} (access log with the cache's verdicts: ${cluster.accessLog})`,
  );
  console.log(`  load FOI returns with: DB_PATH=${config.dbPath} npm run import -- <file>...`);
  const stop = async (signal: string) => {
    console.log(`${signal}: stopping nginx and the instances (requests in flight are answered) …`);
    await cluster.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  const why = await cluster.failed;
  console.error(`Stopping: ${why}.`);
  await cluster.stop();
  process.exit(1);
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
}
