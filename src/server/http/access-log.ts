import type { MiddlewareHandler } from 'hono';

/**
 * Structured access logs (ACCESS_LOG=json): one JSON line a request, written when its answer is ready,
 * for a log shipper to read. `validator` says whether the request came with a validator
 * (If-None-Match) and whether it matched: a `hit` was answered with a 304 and no body.
 */
export interface AccessLogLine {
  time: string;
  method: string;
  /** the path and query string as asked, cut at 1,024 characters */
  path: string;
  status: number;
  /** bytes of body sent (compressed, when it was) */
  bytes: number;
  /** from the request reaching the app to its answer being ready, in milliseconds */
  ms: number;
  validator: 'hit' | 'miss' | 'none';
}

const MAX_PATH = 1024;

export function accessLog(write: (line: string) => void): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    let bytes = 0;
    const length = c.res.headers.get('Content-Length');
    if (c.req.method === 'HEAD') bytes = 0;
    else if (length !== null) bytes = Number(length);
    else if (c.res.body) {
      // the app's answers are built whole (JSON, CSV, the app's files): reading one costs a copy
      const body = new Uint8Array(await c.res.arrayBuffer());
      bytes = body.length;
      c.res = new Response(body, { status: c.res.status, headers: c.res.headers });
    }
    const url = new URL(c.req.url);
    const asked = c.req.header('If-None-Match');
    const line: AccessLogLine = {
      time: new Date().toISOString(),
      method: c.req.method,
      path: (url.pathname + url.search).slice(0, MAX_PATH),
      status: c.res.status,
      bytes,
      ms: Math.round((performance.now() - started) * 100) / 100,
      validator: asked === undefined ? 'none' : c.res.status === 304 ? 'hit' : 'miss',
    };
    write(`${JSON.stringify(line)}\n`);
  };
}
