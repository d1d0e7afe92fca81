import { isViewPath } from '@shared/view-paths.ts';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, relative, sep } from 'node:path';
import type { Context } from 'hono';
import { compressBoth, compressible, walk } from './precompress.ts';

/**
 * The built app, held in memory: hashed assets are cached for a year (their names change when their
 * content does), index.html is revalidated every time. Their compressed forms are the `.br` and `.gz`
 * files that `npm run build` wrote beside them; for a dist/ built without them (an older build), they
 * are made on libuv's thread pool after the server has started listening, and until a file's are
 * ready it is served as it is.
 */

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

/** A compressed form written by the build, if it is there and not older than the file. */
function written(path: string, suffix: string, builtAt: number): Buffer | null {
  const at = `${path}${suffix}`;
  return existsSync(at) && statSync(at).mtimeMs >= builtAt ? readFileSync(at) : null;
}

async function compress(asset: Asset): Promise<void> {
  const { br, gzip } = await compressBoth(asset.raw);
  asset.gzip = gzip;
  asset.brotli = br;
}

export class StaticFiles {
  private readonly assets = new Map<string, Asset>();
  private readonly compressing: Promise<void>[] = [];

  constructor(dir: string) {
    if (!existsSync(dir)) return;
    const paths = walk(dir);
    const all = new Set(paths);
    for (const path of paths) {
      // a compressed form is served in place of its file, never under its own name
      if ((path.endsWith('.br') || path.endsWith('.gz')) && all.has(path.slice(0, -3))) continue;
      const url = '/' + relative(dir, path).split(sep).join('/');
      const type = TYPES[extname(path)] ?? 'application/octet-stream';
      const raw = readFileSync(path);
      const builtAt = statSync(path).mtimeMs;
      const asset: Asset = {
        type,
        raw,
        gzip: null,
        brotli: null,
        compressible: compressible(path, raw.length),
        immutable: url.startsWith('/assets/'),
      };
      this.assets.set(url, asset);
      if (!asset.compressible) continue;
      asset.brotli = written(path, '.br', builtAt);
      asset.gzip = written(path, '.gz', builtAt);
      // a file that cannot be compressed is served as it is
      if (!asset.brotli || !asset.gzip)
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
    const file = this.assets.get(path);
    const asset = file ?? (extname(path) === '' ? this.assets.get('/index.html') : undefined);
    if (!asset) return null;
    // the app says "Page not found" for an address that is no page; the status says it too
    const status = file || isViewPath(path) ? 200 : 404;
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
      status,
      headers,
    });
  }
}
