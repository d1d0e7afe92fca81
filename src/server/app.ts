import { Hono, type MiddlewareHandler } from 'hono';
import { Datasets } from './datasets.ts';
import type { Db } from './db/open.ts';
import { accessLog } from './http/access-log.ts';
import { answerCache } from './http/answers.ts';
import { ApiError, sendError } from './http/errors.ts';
import { compression } from './http/compress.ts';
import { Confirmed } from './http/confirmed.ts';
import { Releases } from './platform-series/releases.ts';
import { securityHeaders } from './http/headers.ts';
import type { StaticFiles } from './http/static.ts';
import { councilsRoutes } from './routes/councils.ts';
import { countsRoutes } from './routes/counts.ts';
import { healthRoutes } from './routes/health.ts';
import { metaRoutes } from './routes/meta.ts';
import { openApiRoutes } from './routes/openapi.ts';
import { platformSeriesRoutes } from './routes/platform-series.ts';
import { returnsRoutes } from './routes/returns.ts';

export interface AppDeps {
  db: Db;
  /** how long a slice of putting a dataset in memory may hold the thread (ms) */
  storeSliceMs?: number;
  /** a version adding at most this many facts is put in memory at once (default 10,000) */
  storeSmallFacts?: number;
  /** a store of up to this many facts has its rollups made before it is served (default 100,000) */
  storeRollupsBeforeServing?: number;
  /** other processes' commits are looked for at most once in this many ms (default 0: always) */
  changeCheckMs?: number;
  /** the built SPA; absent in tests and in the dev server, where Vite serves it */
  staticFiles?: StaticFiles;
  /** bytes of answers kept by their ETag (default 32 MB; 0 keeps none) */
  answerCacheBytes?: number;
  log?: (message: string) => void;
  /** when given, one JSON line a request (ACCESS_LOG=json) */
  accessLog?: (line: string) => void;
}

/** Every method but GET and HEAD, known to Hono or not (TRACE, PROPFIND, …), is refused. */
const readOnly: MiddlewareHandler = async (c, next) => {
  if (c.req.method === 'GET' || c.req.method === 'HEAD') {
    await next();
    return;
  }
  c.header('Allow', 'GET, HEAD');
  return sendError(
    c,
    new ApiError(
      405,
      'method_not_allowed',
      `${c.req.method} is not allowed; the API is read-only (GET).`,
    ),
  );
};

/** The whole HTTP application, built from its dependencies. It never listens: index.ts does. */
export function createApp(deps: AppDeps) {
  const datasets = new Datasets(deps.db, {
    ...(deps.storeSliceMs === undefined ? {} : { sliceMs: deps.storeSliceMs }),
    ...(deps.storeSmallFacts === undefined ? {} : { smallFacts: deps.storeSmallFacts }),
    ...(deps.storeRollupsBeforeServing === undefined
      ? {}
      : { rollupsBeforeServing: deps.storeRollupsBeforeServing }),
    ...(deps.changeCheckMs === undefined ? {} : { changeCheckMs: deps.changeCheckMs }),
    log: deps.log,
  });
  const releases = new Releases(deps.db);
  const answers = answerCache(deps.answerCacheBytes);
  const confirmed = new Confirmed({
    refresh: () => {
      // a failure is the app's to report, on the request that goes to it
      datasets.refresh().catch(() => undefined);
    },
    state: () => datasets.state,
    accessLog: deps.accessLog,
  });
  const app = new Hono();
  // outermost, so that the 304 it keeps has every header the app sends
  app.use('/api/*', confirmed.record);
  // so that its status, size and time are the ones sent
  if (deps.accessLog) app.use('*', accessLog(deps.accessLog));
  app.use('*', securityHeaders);
  app.use('/api/*', compression());

  app.use('/api/*', readOnly);
  // the figures are answered from stores brought up to the database's latest versions
  app.use('/api/v1/*', async (_c, next) => {
    await datasets.refresh();
    return next();
  });

  const api = new Hono();
  api.route('/', healthRoutes(deps.db, datasets));
  api.route('/', openApiRoutes());
  api.route('/v1', metaRoutes(datasets, releases, answers));
  api.route('/v1', countsRoutes(datasets, answers));
  api.route('/v1', returnsRoutes(datasets));
  api.route('/v1', councilsRoutes());
  api.route('/v1', platformSeriesRoutes(releases));
  api.all('*', (c) =>
    sendError(
      c,
      new ApiError(
        404,
        'not_found',
        `There is no API resource at ${new URL(c.req.url).pathname}; see /api/docs.`,
      ),
    ),
  );
  app.route('/api', api);

  app.get('*', (c) => {
    const served = deps.staticFiles?.serve(c, new URL(c.req.url).pathname);
    return served ?? c.text('Not found', 404);
  });

  app.onError((err, c) => {
    if (err instanceof ApiError) return sendError(c, err);
    deps.log?.(
      `Unexpected error on ${c.req.method} ${c.req.url}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
    );
    return sendError(
      c,
      new ApiError(
        500,
        'internal_error',
        'Something went wrong on our side; the error has been logged.',
      ),
    );
  });

  /** For the server (index.ts): a 304 the app has sent before, sent again without the app. */
  const confirm = confirmed.confirm.bind(confirmed);
  return { app, datasets, releases, confirm };
}
