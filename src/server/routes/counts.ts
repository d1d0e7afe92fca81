import { Hono } from 'hono';
import type { CountsResponse, Note } from '@shared/contract.ts';
import { FORCES } from '@shared/reference/forces.ts';
import { answer } from '../answer/engine.ts';
import type { Datasets } from '../datasets.ts';
import { etagFor, notModified } from '../http/etag.ts';
import { countsCsv } from '@shared/counts-csv.ts';
import { parseRequest, type ParsedRequest } from '../query.ts';
import { queryString, toSearchParams } from '@shared/filters.ts';

function countsBody(datasets: Datasets, req: ParsedRequest): CountsResponse {
  const store = datasets.store(req.view);
  const a = answer(store, req.resolved);
  const notes: Note[] = [];
  if (req.clipped) {
    const coverage = datasets.coverage(req.view, req.version);
    const covers = coverage ? `${coverage.from} to ${coverage.to}` : 'no months';
    notes.push({
      kind: 'coverage',
      message: req.resolved.range
        ? `The dataset covers ${covers}; months of the range asked for (${req.query.from} to ${req.query.to}) outside it are left out.`
        : `The range asked for (${req.query.from} to ${req.query.to}) lies outside the dataset's coverage (${covers}).`,
    });
  }
  return {
    query: req.query,
    dataset: datasets.summary(req.view, req.version),
    unit: a.unit,
    periods: a.periods,
    forces: req.resolved.forces.map((f) => FORCES[f]?.id ?? ''),
    series: a.series,
    totals: a.totals,
    crimes: a.crimes,
    coverage: a.coverage,
    notes: [...notes, ...a.notes],
    sources: a.sources,
    wording: a.wording,
  };
}

function etag(req: ParsedRequest, path: string, generation: number): string {
  return etagFor([
    path,
    req.view.row.id,
    req.version,
    generation,
    queryString(toSearchParams(req.filters)),
  ]);
}

export function countsRoutes(datasets: Datasets) {
  const app = new Hono();

  app.get('/counts', (c) => {
    const req = parseRequest(datasets, new URL(c.req.url).searchParams);
    const cached = notModified(c, etag(req, 'counts', datasets.store(req.view).generation));
    if (cached) return cached;
    return c.json(countsBody(datasets, req));
  });

  app.get('/counts.csv', (c) => {
    const req = parseRequest(datasets, new URL(c.req.url).searchParams);
    const cached = notModified(c, etag(req, 'counts.csv', datasets.store(req.view).generation));
    if (cached) return cached;
    const body = countsBody(datasets, req);
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header(
      'Content-Disposition',
      `attachment; filename="${req.view.row.id}-v${req.version}-counts.csv"`,
    );
    return c.body(countsCsv(body));
  });

  return app;
}
