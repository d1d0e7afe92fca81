import { Hono } from 'hono';
import {
  RETURN_STATUSES,
  type ReturnRow,
  type ReturnsResponse,
  type ReturnStatus,
} from '@shared/contract.ts';
import { buckets, formatMonth, overlaps, periodLabel } from '@shared/period.ts';
import { FORCES } from '@shared/reference/forces.ts';
import { PLATFORMS } from '@shared/reference/platforms.ts';
import { isActive, unitOf } from '../answer/store.ts';
import type { Datasets } from '../datasets.ts';
import { etagFor, notModified } from '../http/etag.ts';
import { parseRequest } from '../query.ts';
import { ONE_LEVEL } from '../answer/groups.ts';
import { queryString, toSearchParams } from '@shared/filters.ts';

/**
 * Return status per force, platform and period. A platform a force was never asked about has no stored
 * status; it is listed as `not_asked` for each financial year of the range, so the answer is complete.
 */
export function returnsRoutes(datasets: Datasets) {
  const app = new Hono();
  app.get('/returns', (c) => {
    const req = parseRequest(datasets, new URL(c.req.url).searchParams, ONE_LEVEL);
    const store = datasets.store(req.view);
    const pinned = req.filters.version !== null;
    const cached = notModified(
      c,
      etagFor([
        'returns',
        req.view.row.id,
        req.version,
        pinned ? 'pinned' : store.generation,
        queryString(toSearchParams(req.filters)),
      ]),
      { pinned },
    );
    if (cached) return cached;
    const range = req.resolved.range;
    const rows: ReturnRow[] = [];
    for (const f of req.resolved.forces) {
      for (const p of req.resolved.platforms) {
        const force = FORCES[f]?.id ?? '';
        const platform = PLATFORMS[p]?.id ?? '';
        const statuses = (store.unitStatuses[unitOf(f, p)] ?? []).filter(
          (s) => isActive(s, req.version) && range !== null && overlaps(s, range),
        );
        if (statuses.length === 0 && range) {
          for (const b of buckets('fy', range)) {
            rows.push({
              force,
              platform,
              period: { label: b.label, start: formatMonth(b.start), end: formatMonth(b.end) },
              status: 'not_asked',
              note: null,
              source: null,
            });
          }
          continue;
        }
        for (const s of statuses) {
          rows.push({
            force,
            platform,
            period: { label: periodLabel(s), start: formatMonth(s.start), end: formatMonth(s.end) },
            status: s.status,
            note: s.note,
            source: s.source === null ? null : (store.sources.get(s.source)?.id ?? null),
          });
        }
      }
    }
    const summary = Object.fromEntries(RETURN_STATUSES.map((s) => [s, 0])) as Record<
      ReturnStatus,
      number
    >;
    for (const r of rows) summary[r.status]++;
    const body: ReturnsResponse = {
      query: req.query,
      dataset: datasets.summary(req.view, req.version),
      returns: rows,
      summary,
    };
    return c.json(body);
  });
  return app;
}
