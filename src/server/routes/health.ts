import { Hono } from 'hono';
import type { HealthResponse } from '@shared/contract.ts';
import type { Datasets } from '../datasets.ts';

export function healthRoutes(datasets: Datasets) {
  const app = new Hono();
  app.get('/health', (c) => {
    const body: HealthResponse = {
      status: 'ok',
      datasets: Object.fromEntries(datasets.list().map((d) => [d.row.id, d.latest])),
    };
    c.header('Cache-Control', 'no-store');
    return c.json(body);
  });
  return app;
}
