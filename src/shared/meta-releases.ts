import * as z from 'zod/mini';
import { MetaPageSchema } from './contract.ts';
import { AREA_KINDS, PERIOD_KINDS, SERIES_TABLES } from './platform-series.ts';

/**
 * The releases of published figures in `/api/v1/meta`, and meta whole with them. Apart from
 * contract.ts, so that the pages, which read meta without its releases (MetaPageSchema), do not
 * carry the platform series' schema on their first load.
 */

/**
 * A release of published figures served as published, never added up (the NSPCC platform series at
 * `path`): what it holds, so that a reader can know what to ask for before asking.
 */
export const ReleaseSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  /** who published the release */
  publisher: z.string(),
  description: z.string(),
  /** where its figures are served */
  path: z.string(),
  /** the version served: an import of a series table adds one */
  version: z.int(),
  updated: z.string(),
  versions: z.array(z.object({ version: z.int(), created: z.string(), note: z.string() })),
  /** the sources its figures cite (ids as in the figures' `source`) */
  sources: z.array(z.object({ id: z.string(), title: z.string(), publisher: z.string() })),
  /** how many figures the version holds */
  figures: z.int(),
  /** the areas with figures: a region names its forces (the release's own group, never split) */
  areas: z.array(
    z.object({
      kind: z.enum(AREA_KINDS),
      id: z.string(),
      name: z.string(),
      forces: z.nullable(z.array(z.string())),
    }),
  ),
  offences: z.array(z.object({ code: z.string(), name: z.string() })),
  /** '*' is all platforms; a group (facebook+messenger) is one figure for its members together */
  platforms: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      group: z.boolean(),
      members: z.array(z.string()),
    }),
  ),
  tables: z.array(z.enum(SERIES_TABLES)),
  /** the kinds of period its figures cover (financial years, spans of them, calendar years, months) */
  periodKinds: z.array(z.enum(PERIOD_KINDS)),
  /** figures whose source does not say which years: listed, not placed in time */
  undated: z.int(),
  /** shares are percents of a base (the table named), carried with each share */
  shares: z.object({
    count: z.int(),
    withBase: z.boolean(),
    bases: z.array(z.enum(SERIES_TABLES)),
  }),
});
export type ReleaseSummary = z.infer<typeof ReleaseSummarySchema>;

/** `/api/v1/meta` whole: with the releases of published figures beside the datasets (the platform series) */
export const MetaResponseSchema = z.extend(MetaPageSchema, {
  releases: z.array(ReleaseSummarySchema),
});
export type MetaWithReleases = z.infer<typeof MetaResponseSchema>;
