import { resolve } from 'node:path';

/** The repository's top folder, wherever the process was started from. */
export const ROOT = resolve(import.meta.dirname, '..', '..');

export interface Config {
  port: number;
  host: string;
  dbPath: string;
  distDir: string;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = env.PORT === undefined || env.PORT === '' ? 3000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, not '${env.PORT ?? ''}'.`);
  }
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dbPath: resolve(env.DB_PATH ?? resolve(ROOT, 'data', 'crime.db')),
    distDir: resolve(ROOT, 'dist'),
  };
}
