import { Hono } from 'hono';
import {
  AREA_KINDS,
  SERIES_PARAMETERS,
  SERIES_TABLES,
  type PlatformSeriesResponse,
  type SeriesParameter,
} from '@shared/platform-series.ts';
import { etagFor, notModified } from '../http/etag.ts';
import { ApiError } from '../http/errors.ts';
import type { Releases } from '../platform-series/releases.ts';

const PARAMETERS = Object.keys(SERIES_PARAMETERS) as SeriesParameter[];
type Parameter = SeriesParameter;

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

function bad(parameter: Parameter, message: string): ApiError {
  return new ApiError(400, `invalid_${parameter}`, message, parameter);
}

function one<T extends string>(
  params: URLSearchParams,
  name: Parameter,
  allowed: readonly T[],
): T | null {
  const values = params.getAll(name);
  if (values.length === 0) return null;
  const [value] = values;
  if (values.length > 1 || value === undefined)
    throw bad(name, `Give '${name}' once; it takes one of ${list(allowed)}.`);
  const found = allowed.find((a) => a === value);
  if (found === undefined)
    throw bad(
      name,
      `'${value}' is not a value of '${name}' in the platform series; use one of ${list(allowed)}.`,
    );
  return found;
}

function many(params: URLSearchParams, name: Parameter, allowed: readonly string[]): string[] {
  const values = params
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim());
  for (const v of values)
    if (!allowed.includes(v))
      throw bad(
        name,
        v === ''
          ? `'${name}' has an empty value; use one or more of ${list(allowed)}, comma-separated.`
          : `'${v}' is not a value of '${name}' with figures in the platform series; use one or more of ${list(allowed)}, comma-separated.`,
      );
  return [...new Set(values)];
}

/**
 * `GET /v1/platform-series`: the NSPCC platform series, figure by figure as published, filtered by
 * offence, area, kind of area, table and platform, from the latest version of the release the
 * database holds. Nothing is added up here: a region is not its forces, a share is not a count, a
 * group of platforms is not its members.
 */
export function platformSeriesRoutes(releases: Releases) {
  const app = new Hono();
  const data = (params: URLSearchParams) => {
    const served = releases.current();
    if (!served)
      throw new ApiError(
        503,
        'series_unavailable',
        'The platform series is not in this database yet: a server that writes (npm start without READ_ONLY) or npm run seed stores it.',
      );
    const asked = params.getAll('version');
    if (asked.length === 0) return { ...served, pinned: false };
    const [value = ''] = asked;
    const allowed = `a whole number from 1 to ${served.version}, the latest`;
    if (asked.length > 1) throw bad('version', `Give 'version' once; it takes ${allowed}.`);
    const pinned = /^[1-9]\d{0,8}$/.test(value) ? releases.at(Number(value)) : null;
    if (!pinned)
      throw bad('version', `'${value}' is not a version of the platform series; use ${allowed}.`);
    return { ...pinned, pinned: true };
  };
  app.get('/platform-series', (c) => {
    const params = new URL(c.req.url).searchParams;
    for (const key of params.keys())
      if (!(PARAMETERS as readonly string[]).includes(key))
        throw new ApiError(
          400,
          'unknown_parameter',
          `Parameter '${key}' does not apply to /api/v1/platform-series; it takes ${list(PARAMETERS)}.`,
          key,
        );
    const { series: all, tag, version, pinned } = data(params);
    const withFigures = new Set(all.figures.map((f) => `${f.areaKind}:${f.area}`));
    const hasFigures = (a: { kind: string; id: string }) => withFigures.has(`${a.kind}:${a.id}`);
    const query: PlatformSeriesResponse['query'] = {
      offence: one(
        params,
        'offence',
        all.release.offences.map((o) => o.code),
      ),
      area: many(params, 'area', [...new Set(all.areas.filter(hasFigures).map((a) => a.id))]),
      kind: one(params, 'kind', AREA_KINDS),
      table: one(params, 'table', SERIES_TABLES),
      platform: many(
        params,
        'platform',
        all.platforms.map((p) => p.id),
      ),
    };
    const cached = notModified(c, etagFor([tag, version, params.toString()]), { pinned });
    if (cached) return cached;
    const figures = all.figures.filter(
      (f) =>
        (query.offence === null || f.offence === query.offence) &&
        (query.area.length === 0 || query.area.includes(f.area)) &&
        (query.kind === null || f.areaKind === query.kind) &&
        (query.table === null || f.table === query.table) &&
        (query.platform.length === 0 || query.platform.includes(f.platform)),
    );
    const rows = new Set(figures.map((f) => f.row));
    const body: PlatformSeriesResponse = {
      query,
      release: { ...all.release, version },
      areas: all.areas.filter(hasFigures),
      platforms: all.platforms,
      sources: all.sources,
      figures,
      unplaced: all.unplaced.filter((u) => rows.has(u.row)),
    };
    return c.json(body);
  });
  return app;
}
