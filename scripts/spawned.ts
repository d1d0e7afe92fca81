import { spawn, type ChildProcess } from 'node:child_process';
import { ROOT } from '../src/server/config.ts';

/**
 * Servers the bench starts as children, each in its own process group: started and timed to its
 * /api/health 200, and stopped with SIGTERM (bench-floors.ts, bench-page.ts).
 */

export async function get(
  url: string,
  headers: Record<string, string> = {},
): Promise<Response | null> {
  try {
    return await fetch(url, { headers });
  } catch {
    return null;
  }
}

export interface Started {
  child: ChildProcess;
  /** ms from spawn to the first answer of /api/health, and to its 200 */
  listening: number;
  ok: number;
}

/** Spawn a server in its own process group and wait for its /api/health to say 200. */
export async function startTimed(
  command: string,
  args: string[],
  port: number,
  env: Record<string, string> = {},
  cwd = ROOT,
): Promise<Started> {
  const t0 = performance.now();
  const child = spawn(command, args, {
    cwd,
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...env },
  });
  let listening = NaN;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${command} ${args.join(' ')} exited`);
    const r = await get(`http://127.0.0.1:${port}/api/health`);
    if (r) {
      await r.arrayBuffer();
      if (Number.isNaN(listening)) listening = performance.now() - t0;
      if (r.status === 200) return { child, listening, ok: performance.now() - t0 };
    }
    if (performance.now() - t0 > 600_000) throw new Error(`${command} did not start in 10 minutes`);
    await new Promise((done) => setTimeout(done, 5));
  }
}

export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise((done) => child.once('exit', done));
  process.kill(-child.pid, 'SIGTERM');
  await exited;
}
