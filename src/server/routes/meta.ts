import { Hono } from 'hono';
import type { MetaResponse } from '@shared/contract.ts';
import { FORCES, REGIONS, regionId } from '@shared/reference/forces.ts';
import { OFFENCE_NODES } from '@shared/reference/offences.ts';
import { OUTCOME_NODES } from '@shared/reference/outcomes.ts';
import { PLATFORMS } from '@shared/reference/platforms.ts';
import type { Datasets } from '../datasets.ts';
import { etagFor, notModified } from '../http/etag.ts';
import { parseRequest } from '../query.ts';

const node = (n: { id: string; name: string; parent: string | null; description?: string }) => ({
  id: n.id,
  name: n.name,
  parent: n.parent,
  ...(n.description === undefined ? {} : { description: n.description }),
});

export function metaRoutes(datasets: Datasets) {
  const app = new Hono();
  app.get('/meta', (c) => {
    const req = parseRequest(datasets, new URL(c.req.url).searchParams, ['dataset', 'version']);
    const { view, version } = req;
    const cached = notModified(
      c,
      etagFor([
        'meta',
        view.row.id,
        version,
        ...datasets.list().map((d) => `${d.row.id}:${d.latest}`),
      ]),
    );
    if (cached) return cached;
    const coverage = datasets.coverage(view, version) ?? { from: req.query.from, to: req.query.to };
    const body: MetaResponse = {
      dataset: {
        ...datasets.summary(view, version),
        description: view.row.description,
        caveats: JSON.parse(view.row.caveats) as string[],
        sources: datasets.sources(view, version),
        coverage,
        holds: datasets.holds(view, version),
        versions: view.versions.map((v) => ({
          version: v.version,
          created: v.created_at,
          note: v.note,
        })),
      },
      datasets: datasets.list().map((d) => datasets.summary(d, d.latest)),
      platforms: PLATFORMS.map((p) => ({ id: p.id, name: p.name })),
      regions: REGIONS.map((r) => ({ id: regionId(r), name: r })),
      forces: FORCES.map((f) => ({
        id: f.id,
        name: f.name,
        shortName: f.shortName,
        region: f.region,
        regionId: regionId(f.region),
        population: f.population,
        populationYear: f.populationYear,
        aliases: f.aliases,
      })),
      offences: OFFENCE_NODES.map((n) => ({ ...node(n), level: n.level })),
      outcomes: OUTCOME_NODES.map((n) => ({ ...node(n), level: n.level })),
      coverage,
    };
    return c.json(body);
  });
  return app;
}
