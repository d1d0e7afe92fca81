import { Hono } from 'hono';
import type { HealthResponse } from '@shared/contract.ts';
import type { Datasets } from '../datasets.ts';
import type { Db } from '../db/open.ts';
import { ApiError } from '../http/errors.ts';
import { missingShipped } from '../load/shipped.ts';

/**
 * Whether the server can answer: 200 `ok` when every dataset is served; 503 `starting` while the
 * figures are first put in memory, and 503 `incomplete` for a database missing a shipped dataset
 * (a first start that stopped half-way: the next start completes it).
 */
export function healthRoutes(db: Db, datasets: Datasets) {
  const app = new Hono();
  app.get('/health', (c) => {
    const [unknown] = new URL(c.req.url).searchParams.keys();
    if (unknown !== undefined)
      throw new ApiError(
        400,
        'unknown_parameter',
        `Parameter '${unknown}' does not apply here; /api/health takes no parameters.`,
        unknown,
      );
    // health is asked often: it brings the stores up to date, but never waits for them
    datasets.refresh().catch(() => undefined);
    const served = Object.fromEntries(datasets.list().map((d) => [d.row.id, d.latest]));
    const missing = missingShipped(db);
    const { starting } = datasets.loading();
    const body: HealthResponse =
      missing.length > 0
        ? {
            status: 'incomplete',
            datasets: served,
            message: `The database lacks the shipped dataset${missing.length === 1 ? '' : 's'} ${missing.map((d) => `'${d}'`).join(' and ')}: its first start stopped half-way. Restart the server to complete it.`,
          }
        : starting.length > 0
          ? {
              status: 'starting',
              datasets: served,
              message: `Putting the figures of ${starting.map((d) => `'${d}'`).join(' and ')} in memory; other datasets are served.`,
            }
          : { status: 'ok', datasets: served };
    c.header('Cache-Control', 'no-store');
    return c.json(body, body.status === 'ok' ? 200 : 503);
  });
  return app;
}
