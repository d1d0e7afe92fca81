import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MiddlewareHandler } from 'hono';
import type { AccessLogLine } from './access-log.ts';
import { Lru } from './lru.ts';

/**
 * The cheapest answer there is, a 304 for a URL whose answer the client already holds, sent without
 * the framework. The first time the app answers a GET for a URL of the API with a 304, `record` keeps
 * that 304's headers, with the datasets' `state` it was made in. While the state is the same, the
 * same URL with the same validator is confirmed by `confirm` straight on Node's response: the same
 * status and headers, none of the work of building a request and a response around them (the 304 path
 * had run at a third of a plain Node server's rate, most of it in that work).
 *
 * Nothing can be confirmed that the app would not confirm: a 304 is kept only as the app sent it, only
 * for the exact URL, and only while nothing that the datasets serve has changed (the state changes
 * with every write to the database, read again before each confirmation, and with every store put in
 * memory). Anything else (another validator, a list of them, `*`, HEAD, another state) goes to the app.
 */

interface Kept {
  state: number;
  /** the strong validator of the answer; a request may hold it weak (a compressed body) */
  etag: string;
  /** the 304's headers but its ETag, which names the validator the client sent */
  headers: [string, string][];
}

export interface ConfirmedOptions {
  /** brings the datasets up to date with the database (cheap when nothing changed) */
  refresh: () => void;
  /** changes whenever what the datasets serve may have changed */
  state: () => number;
  accessLog?: ((line: string) => void) | undefined;
}

const MAX_PATH = 1024;

export class Confirmed {
  private readonly kept = new Lru<Kept>(4 * 1024 * 1024, (k) => 64 + k.headers.length * 96);
  private readonly options: ConfirmedOptions;

  constructor(options: ConfirmedOptions) {
    this.options = options;
  }

  /** Outermost middleware: keeps the headers of each 304 the app sends for the API. */
  readonly record: MiddlewareHandler = async (c, next) => {
    await next();
    if (c.res.status !== 304 || c.req.method !== 'GET') return;
    const url = c.req.url;
    const at = url.indexOf('/api/');
    const etag = c.res.headers.get('ETag');
    if (at < 0 || etag === null) return;
    const headers: [string, string][] = [];
    c.res.headers.forEach((value, name) => {
      if (name !== 'etag') headers.push([name, value]);
    });
    this.kept.set(url.slice(url.indexOf('/', url.indexOf('//') + 2)), {
      state: this.options.state(),
      etag: etag.startsWith('W/') ? etag.slice(2) : etag,
      headers,
    });
  };

  /** Sends the 304 the app would send, and says so; false leaves the request to the app. */
  confirm(req: IncomingMessage, res: ServerResponse): boolean {
    const asked = req.headers['if-none-match'];
    if (asked === undefined || req.method !== 'GET' || req.url === undefined) return false;
    const kept = this.kept.get(req.url);
    if (kept === undefined || (asked !== kept.etag && asked !== `W/${kept.etag}`)) return false;
    const started = performance.now();
    this.options.refresh();
    if (kept.state !== this.options.state()) return false;
    for (const [name, value] of kept.headers) res.setHeader(name, value);
    res.setHeader('ETag', asked);
    res.writeHead(304);
    res.end();
    if (this.options.accessLog) {
      const line: AccessLogLine = {
        time: new Date().toISOString(),
        method: 'GET',
        path: req.url.slice(0, MAX_PATH),
        status: 304,
        bytes: 0,
        ms: Math.round((performance.now() - started) * 100) / 100,
        validator: 'hit',
      };
      this.options.accessLog(`${JSON.stringify(line)}\n`);
    }
    return true;
  }
}
