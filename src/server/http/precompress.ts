import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/**
 * The built app's compressed forms, made once by `npm run build` (Brotli at its best and gzip -9,
 * seconds of work) and written beside each file as `<name>.br` and `<name>.gz`, so that a server
 * starts by reading them instead of making them again.
 */

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export const COMPRESSED_FORMS = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json', '.txt', '.webmanifest']);

/** Worth compressing: text, and more than a packet's worth of it. */
export function compressible(path: string, bytes: number): boolean {
  return COMPRESSIBLE.has(extname(path)) && bytes > 1024;
}

export function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export async function compressBoth(raw: Buffer): Promise<{ br: Buffer; gzip: Buffer }> {
  const [br, gz] = await Promise.all([
    brotli(raw, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
      },
    }),
    gzipAsync(raw, { level: 9 }),
  ]);
  return { br, gzip: gz };
}

/** Write `.br` and `.gz` beside every compressible file under `dir`; returns how many files. */
export async function precompressDir(dir: string): Promise<number> {
  const files = walk(dir).filter(
    (p) => !p.endsWith('.br') && !p.endsWith('.gz') && compressible(p, statSync(p).size),
  );
  await Promise.all(
    files.map(async (path) => {
      const { br, gzip: gz } = await compressBoth(readFileSync(path));
      writeFileSync(`${path}.br`, br);
      writeFileSync(`${path}.gz`, gz);
    }),
  );
  return files.length;
}
