import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import type { Context } from 'hono';

/**
 * The built app, held in memory and compressed once at start: hashed assets are cached for a year
 * (their names change when their content does), index.html is revalidated every time. Compression
 * (Brotli at its best, seconds for the whole app) runs on libuv's thread pool after the server has
 * started listening, not before: until a file's compressed forms are ready it is served as it is.
 */
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};

interface Asset {
  type: string;
  raw: Buffer;
  gzip: Buffer | null;
  brotli: Buffer | null;
  /** its compressed forms are being made */
  compressible: boolean;
  immutable: boolean;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

async function compress(asset: Asset): Promise<void> {
  const [g, b] = await Promise.all([
    gzipAsync(asset.raw, { level: 9 }),
    brotli(asset.raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
  ]);
  asset.gzip = g;
  asset.brotli = b;
}

export class StaticFiles {
  private readonly assets = new Map<string, Asset>();
  private readonly compressing: Promise<void>[] = [];

  constructor(dir: string) {
    if (!existsSync(dir)) return;
    for (const path of walk(dir)) {
      const url = '/' + relative(dir, path).split(sep).join('/');
      const type = TYPES[extname(path)] ?? 'application/octet-stream';
      const raw = readFileSync(path);
      const compressible = /text|javascript|json|svg|xml/.test(type) && raw.length > 1024;
      const asset: Asset = {
        type,
        raw,
        gzip: null,
        brotli: null,
        compressible,
        immutable: url.startsWith('/assets/'),
      };
      this.assets.set(url, asset);
      // a file that cannot be compressed is served as it is
      if (compressible)
        this.compressing.push(
          compress(asset).catch(() => {
            asset.compressible = false;
          }),
        );
    }
  }

  /** Settles when every file's compressed forms are ready. */
  compressed(): Promise<void> {
    return Promise.all(this.compressing).then(() => undefined);
  }

  get available(): boolean {
    return this.assets.has('/index.html');
  }

  /** The file at the path, or the app's index.html for a page route; null when neither exists. */
  serve(c: Context, path: string): Response | null {
    const asset =
      this.assets.get(path) ?? (extname(path) === '' ? this.assets.get('/index.html') : undefined);
    if (!asset) return null;
    const accept = c.req.header('Accept-Encoding') ?? '';
    const headers: Record<string, string> = {
      'Content-Type': asset.type,
      'Cache-Control': asset.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      Vary: 'Accept-Encoding',
    };
    let body = asset.raw;
    if (asset.brotli && /\bbr\b/.test(accept)) {
      body = asset.brotli;
      headers['Content-Encoding'] = 'br';
    } else if (asset.gzip && /\bgzip\b/.test(accept)) {
      body = asset.gzip;
      headers['Content-Encoding'] = 'gzip';
    } else if (asset.compressible && /\b(br|gzip)\b/.test(accept)) {
      // not compressed yet: a proxy must not keep this copy for a year as the compressed one
      headers['Cache-Control'] = 'no-store';
    }
    return new Response(c.req.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers,
    });
  }
}
