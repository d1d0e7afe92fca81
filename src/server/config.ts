import { resolve } from 'node:path';

/** The repository's top folder, wherever the process was started from. */
export const ROOT = resolve(import.meta.dirname, '..', '..');

export interface Config {
  port: number;
  host: string;
  dbPath: string;
  /** the built app to serve (DIST_DIR; the bench serves its bare page this way) */
  distDir: string;
  /** READ_ONLY=1: serve a database that a writer made, never creating, migrating or seeding it */
  readOnly: boolean;
  /** ACCESS_LOG=json: one JSON line a request on standard output */
  accessLog: boolean;
  /** ANSWER_CACHE_MB: megabytes of answers kept by their ETag (default 32; 0 keeps none) */
  answerCacheBytes: number;
}

function flag(env: NodeJS.ProcessEnv, name: string, on: string): boolean {
  const value = env[name];
  if (value === undefined || value === '' || value === '0') return false;
  if (value === on) return true;
  throw new Error(`${name} must be ${on} (or 0, or unset), not '${value}'.`);
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = env.PORT === undefined || env.PORT === '' ? 3000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, not '${env.PORT ?? ''}'.`);
  }
  const cacheMb =
    env.ANSWER_CACHE_MB === undefined || env.ANSWER_CACHE_MB === ''
      ? 32
      : Number(env.ANSWER_CACHE_MB);
  if (!Number.isFinite(cacheMb) || cacheMb < 0)
    throw new Error(
      `ANSWER_CACHE_MB must be a number of megabytes, 0 or more, not '${env.ANSWER_CACHE_MB ?? ''}'.`,
    );
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dbPath: resolve(env.DB_PATH ?? resolve(ROOT, 'data', 'crime.db')),
    distDir: resolve(env.DIST_DIR ?? resolve(ROOT, 'dist')),
    readOnly: flag(env, 'READ_ONLY', '1'),
    accessLog: flag(env, 'ACCESS_LOG', 'json'),
    answerCacheBytes: Math.round(cacheMb * 1024 * 1024),
  };
}
