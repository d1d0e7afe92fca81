import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm start`: build the app (dist/) and the server (build/server/index.js) when either is missing or
 * older than its sources, then run the server (which creates the database on first run). Plain
 * JavaScript run by plain Node: a TypeScript loader at start cost about a second on this machine.
 */
const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const SHARED = ['src/shared', 'package.json', 'vite.config.ts'];
const TARGETS = [
  {
    what: 'the app',
    output: join(root, 'dist', 'index.html'),
    sources: [...SHARED, 'src/client', 'public', 'index.html', 'tailwind.config.ts'],
    args: ['build'],
  },
  {
    what: 'the server',
    output: join(root, 'build', 'server', 'index.js'),
    sources: [...SHARED, 'src/server'],
    args: ['build', '--ssr', 'src/server/index.ts'],
  },
];

/** @param {string} path @returns {number} */
function newest(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(path).map((n) => newest(join(path, n))));
}

for (const t of TARGETS) {
  const builtAt = existsSync(t.output) ? statSync(t.output).mtimeMs : 0;
  if (builtAt >= Math.max(...t.sources.map((s) => newest(join(root, s))))) continue;
  console.log(`Building ${t.what} (${builtAt === 0 ? 'not built yet' : 'sources changed'}) …`);
  const r = spawnSync(
    process.execPath,
    [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), ...t.args],
    // always the production build: started from a test runner (NODE_ENV=test), Vite would otherwise
    // build React's development bundle (290 KB on the first page instead of 218)
    { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
  );
  if (r.status !== 0) process.exit(r.status ?? 1);
}

await import('../build/server/index.js');
