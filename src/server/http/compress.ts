import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import { Lru } from './lru.ts';

/**
 * The API's answers compressed as the static files are: Brotli or gzip, whichever the client
 * accepts (Brotli first), for bodies worth compressing. Compression runs on libuv's thread pool, not
 * on the thread that answers requests. A compressed body is a different representation, so its ETag
 * becomes weak (as nginx does); If-None-Match compares weakly, so revalidation still works. An
 * answer with an ETag is compressed once per encoding: the same ETag is the same body.
 */

const MIN_BYTES = 1024;
const COMPRESSIBLE = /json|text|csv|javascript|xml/;
const br = promisify(brotliCompress);
const gz = promisify(gzip);

function chooseEncoding(accept: string): 'br' | 'gzip' | null {
  const offered = new Map<string, number>();
  for (const part of accept.toLowerCase().split(',')) {
    const [name = '', ...params] = part.trim().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    offered.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const wants = (name: string) => (offered.get(name) ?? offered.get('*') ?? 0) > 0;
  if (wants('br')) return 'br';
  if (wants('gzip')) return 'gzip';
  return null;
}

export function compression(cacheBytes = 16 * 1024 * 1024): MiddlewareHandler {
  const made = new Lru<Uint8Array<ArrayBuffer>>(cacheBytes, (b) => b.byteLength);
  return async (c, next) => {
    await next();
    const res = c.res;
    const type = res.headers.get('Content-Type') ?? '';
    // a 304 carries the Vary of the answer it confirms, so that a cache files it with that answer
    if (res.status === 304) {
      res.headers.append('Vary', 'Accept-Encoding');
      return;
    }
    if (!COMPRESSIBLE.test(type) || res.headers.has('Content-Encoding')) return;
    res.headers.append('Vary', 'Accept-Encoding');
    // asked first: reading `res.body` turns the server's light response into a stream, and a body
    // sent as it is stays a light response, written at once
    const encoding = chooseEncoding(c.req.header('Accept-Encoding') ?? '');
    if (!encoding || c.req.method !== 'GET' || res.status !== 200 || !res.body) return;
    const etag = res.headers.get('ETag');
    const key = etag && !etag.startsWith('W/') ? `${encoding} ${etag}` : null;
    const kept = key === null ? undefined : made.get(key);
    const raw = kept ? null : Buffer.from(await res.arrayBuffer());
    if (raw && raw.length < MIN_BYTES) {
      c.res = new Response(new Uint8Array(raw), { status: res.status, headers: res.headers });
      return;
    }
    // Hono copies the old response's headers onto a new one: set them on the old one first
    res.headers.set('Content-Encoding', encoding);
    res.headers.delete('Content-Length');
    if (etag && !etag.startsWith('W/')) res.headers.set('ETag', `W/${etag}`);
    let body = kept;
    if (!body && raw) {
      body = new Uint8Array(
        encoding === 'br'
          ? await br(raw, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: 5,
                [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
              },
            })
          : await gz(raw, { level: 6 }),
      );
      if (key !== null) made.set(key, body);
    }
    c.res = new Response(body ?? null, { status: res.status, headers: res.headers });
  };
}
