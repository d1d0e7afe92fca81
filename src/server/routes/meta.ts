import { Hono } from 'hono';
import type { MetaWithReleases } from '@shared/meta-releases.ts';
import { FORCES, REGIONS, regionId } from '@shared/reference/forces.ts';
import { OFFENCE_NODES } from '@shared/reference/offences.ts';
import { OUTCOME_NODES } from '@shared/reference/outcomes.ts';
import { PLATFORMS } from '@shared/reference/platforms.ts';
import type { Datasets } from '../datasets.ts';
import type { Releases } from '../platform-series/releases.ts';
import { nationalOf } from '../load/national.ts';
import { jsonOnce, KnownQuestions, searchOf, type Answers } from '../http/answers.ts';
import { etagFor, notModified } from '../http/etag.ts';
import { parseRequest, type ParsedRequest } from '../query.ts';

const node = (n: { id: string; name: string; parent: string | null; description?: string }) => ({
  id: n.id,
  name: n.name,
  parent: n.parent,
  ...(n.description === undefined ? {} : { description: n.description }),
});

export function metaRoutes(datasets: Datasets, releases: Releases, answers: Answers) {
  const app = new Hono();
  const known = new KnownQuestions<{ req: ParsedRequest; etag: string }>();
  app.get('/meta', (c) => {
    const search = searchOf(c.req.url);
    let k = known.get(search, datasets.state);
    if (!k) {
      const req = parseRequest(datasets, new URLSearchParams(search), ['dataset', 'version']);
      const etag = etagFor([
        'meta',
        req.view.row.id,
        req.version,
        ...datasets.list().map((d) => `${d.row.id}:${d.latest}`),
        ...releases.list().map((r) => `release:${r.summary.id}:${r.version}`),
      ]);
      k = { req, etag };
      known.set(search, datasets.state, k);
    }
    const { req, etag } = k;
    return notModified(c, etag) ?? jsonOnce(c, answers, etag, () => metaBody(req));
  });

  function metaBody({ view, version, query }: ParsedRequest): MetaWithReleases {
    const coverage = datasets.coverage(view, version) ?? { from: query.from, to: query.to };
    const national = nationalOf(view.row);
    // the sources of the national figure are listed whether or not a force's figure cites them
    const named = national
      ? [
          ...national.sources,
          ...(national.change?.sources ?? []),
          ...(national.alternative?.sources ?? []),
        ]
      : [];
    return {
      dataset: {
        ...datasets.summary(view, version),
        description: view.row.description,
        caveats: JSON.parse(view.row.caveats) as string[],
        sources: datasets.sources(view, version, named),
        coverage,
        holds: datasets.holds(view, version),
        versions: view.versions.map((v) => ({
          version: v.version,
          created: v.created_at,
          note: v.note,
        })),
        national,
      },
      datasets: datasets.list().map((d) => datasets.summary(d, d.latest)),
      releases: releases.list().map((r) => r.summary),
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
  }
  return app;
}
