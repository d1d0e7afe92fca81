import { Hono, type Context } from 'hono';
import type { CountsResponse, Note } from '@shared/contract.ts';
import { FORCES } from '@shared/reference/forces.ts';
import { answer } from '../answer/engine.ts';
import { answerGroups, ONE_LEVEL } from '../answer/groups.ts';
import { referenceNames, withMessage } from '../answer/notes.ts';
import type { Datasets } from '../datasets.ts';
import { jsonOnce, KnownQuestions, searchOf, type Answers } from '../http/answers.ts';
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
    const asked = { from: req.query.from, to: req.query.to };
    const covers = coverage ? { from: coverage.from, to: coverage.to } : null;
    notes.push(
      req.resolved.range && covers
        ? withMessage(
            { kind: 'coverage', code: 'range-clipped', asked, covers },
            [],
            [],
            referenceNames(),
          )
        : withMessage(
            { kind: 'coverage', code: 'range-outside', asked, covers },
            [],
            [],
            referenceNames(),
          ),
    );
  }
  const { thenBy } = req.filters;
  const twoLevel = thenBy !== 'none';
  return {
    query: twoLevel ? { ...req.query, thenBy } : req.query,
    dataset: datasets.summary(req.view, req.version),
    unit: a.unit,
    counted: a.counted,
    periods: a.periods,
    forces: req.resolved.forces.map((f) => FORCES[f]?.id ?? ''),
    series: a.series,
    totals: a.totals,
    crimes: a.crimes,
    coverage: a.coverage,
    notes: [...notes, ...a.notes],
    sources: a.sources,
    wording: a.wording,
    ...(twoLevel ? { groups: answerGroups(store, req.resolved, a.series, thenBy) } : {}),
  };
}

/** A title for an answer asked of the API directly, where no chart gives it one: what was asked. */
function csvTitle(r: CountsResponse): string {
  const q = r.query;
  const names = (ids: readonly string[], all: string) => (ids.length === 0 ? all : ids.join(', '));
  return [
    `Crimes linked to ${names(q.platform, 'any platform')}`,
    `forces: ${names(q.force, 'all')}`,
    `offences: ${names(q.offence, 'all')}`,
    `outcomes: ${names(q.outcome, 'all')}`,
    `${q.from} to ${q.to} by ${q.interval}`,
    `split by ${q.by}`,
    `measure: ${q.measure}`,
  ].join('; ');
}

/** The same question pinned to the version answered, so the file says how to get it again. */
function pinnedUrl(url: string, req: ParsedRequest): string {
  const u = new URL(url);
  u.search = queryString(toSearchParams({ ...req.filters, version: req.version }));
  return u.toString();
}

/** A pinned answer depends on its version alone; any other on the store it was answered from too. */
function etagOf(datasets: Datasets, req: ParsedRequest, path: string): string {
  const pinned = req.filters.version !== null;
  const generation = pinned ? 'pinned' : datasets.store(req.view).generation;
  return etagFor([
    path,
    req.view.row.id,
    req.version,
    generation,
    queryString(toSearchParams(req.filters)),
  ]);
}

function cached(c: Context, req: ParsedRequest, etag: string): Response | null {
  return notModified(c, etag, { pinned: req.filters.version !== null });
}

export function countsRoutes(datasets: Datasets, answers: Answers) {
  const app = new Hono();

  const known = new KnownQuestions<{ req: ParsedRequest; etag: string }>();
  app.get('/counts', (c) => {
    const search = searchOf(c.req.url);
    let k = known.get(search, datasets.state);
    if (!k) {
      const req = parseRequest(datasets, new URLSearchParams(search));
      k = { req, etag: etagOf(datasets, req, 'counts') };
      known.set(search, datasets.state, k);
    }
    const { req, etag } = k;
    return cached(c, req, etag) ?? jsonOnce(c, answers, etag, () => countsBody(datasets, req));
  });

  app.get('/counts.csv', (c) => {
    // a CSV is one table: a two-level answer has no place in it
    const req = parseRequest(datasets, new URL(c.req.url).searchParams, ONE_LEVEL);
    // not kept: the file's link names the host it was asked of
    const hit = cached(c, req, etagOf(datasets, req, 'counts.csv'));
    if (hit) return hit;
    const body = countsBody(datasets, req);
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header(
      'Content-Disposition',
      `attachment; filename="${req.view.row.id}-v${req.version}-counts.csv"`,
    );
    return c.body(countsCsv(body, { title: csvTitle(body), link: pinnedUrl(c.req.url, req) }));
  });

  return app;
}
