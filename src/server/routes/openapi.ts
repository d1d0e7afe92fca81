import { Hono } from 'hono';
import * as z from 'zod/mini';
import {
  API,
  CountsResponseSchema,
  CouncilsResponseSchema,
  ErrorResponseSchema,
  HealthResponseSchema,
  NationalFigureSchema,
  NOTE_CODES,
  NoteCodeSchema,
  ReturnsResponseSchema,
  type NoteCode,
} from '@shared/contract.ts';
import { MetaResponseSchema, ReleaseSummarySchema } from '@shared/meta-releases.ts';
import { FILTER_KEYS, filterParamSchemas, type FilterKey } from '@shared/filters.ts';
import { PlatformSeriesResponseSchema, SERIES_PARAMETERS } from '@shared/platform-series.ts';
import { ONE_LEVEL } from '../answer/groups.ts';
import { etagFor, notModified } from '../http/etag.ts';
import { DOCS_HTML, DOCS_SCRIPT } from './docs-page.ts';

/** OpenAPI 3.1, generated from the same zod schemas that validate requests and responses. */

function jsonSchema(schema: z.ZodMiniType): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
  });
  return rest;
}

/** What each parameter means; kept here so that the browser bundle does not carry the reference. */
const PARAMETER_DESCRIPTIONS: Record<FilterKey, string> = {
  dataset: "Dataset id: 'reported' (published figures, the default) or 'demo' (illustrative).",
  version: 'Dataset version (a positive whole number); default the latest.',
  platform:
    "Comma-separated platform ids (tiktok, snapchat, instagram, facebook, x, whatsapp, youtube, other), or 'all'; absent means all.",
  force:
    "Comma-separated police force ids as data.police.uk spells them (e.g. lancashire,merseyside), or 'all'; absent means all.",
  offence:
    "Comma-separated offence ids at any level: group (violence-against-the-person), subgroup (stalking-and-harassment) or offence (8R, 71/17), or 'all' (or '*', the root meta lists); absent means all.",
  outcome:
    "Comma-separated outcome ids: group (charged-summonsed) or outcome type (1, 1A, 18, NYA), or 'all' (or '*'); absent means all.",
  from: "First month, YYYY-MM, inclusive; default the start of the dataset's coverage. A month after the end of the coverage, or after `to`, is refused (400 invalid_range, naming the months allowed); one before its start is answered from its start (note range-clipped).",
  to: "Last month, YYYY-MM, inclusive; default the end of the dataset's coverage. A month before the start of the coverage is refused (400 invalid_range, naming the months allowed); one after its end is answered to its end (note range-clipped).",
  interval:
    'month, quarter (2021-Q2), year (2021), fy (financial year April to March, 2021/22) or total; default fy.',
  by: 'Split the figures into series by this dimension; default none.',
  thenBy:
    "Split each series of `by` again by this dimension: the answer gains `groups`, one per series of `by` (Not broken down has none), each answered exactly as the same question with that series' own filter and by=<thenBy> (e.g. by=force&thenBy=outcomeGroup: each force's outcome groups, in one request). Default none. Needs `by`, and must differ from it (400 invalid_combination). Not for counts.csv or returns.",
  measure:
    'count; rate per 100,000 residents of the forces that contribute; or share (per cent of the period total); default count. Rates and shares are given to one decimal place.',
};

/** What each note code means and which fields it carries; the words module writes its sentence. */
const NOTE_CODE_DESCRIPTIONS: Record<NoteCode, string> = {
  'no-figure':
    'missing: the force published nothing for these periods; status is what it said (refused, no_response, unknown) or null',
  'breakdown-without-total':
    'missing: only part of a breakdown (table) was published, with no total; totalsFor lists the periods its totals cover, shownAlone says its figures are shown as published when the measure is a number of crimes; listedOnly says the force did publish a total, but its breakdown lists only some of its crimes, so how many are in the selection is unknown',
  'published-for-other-periods':
    'missing: the table needed (total or breakdown) is published only for publishedFor',
  'not-at-detail':
    'missing: no published table has the detail of the selected dimensions (offence, outcome)',
  'not-broken-down':
    'missing: the published figures are not broken down by the split asked for (by)',
  'cannot-split':
    'unplaced: figures cover publishedFor, longer periods that a figure is never split into (interval)',
  disagreement:
    'a published breakdown (table) sums to sum, not the published against table of total; both are kept as published',
  'partial-breakdown':
    'the published breakdown (table) accounts for part of whole crimes; the rest are the series Not broken down',
  'coarse-categories':
    'some crimes are published only as these categories (ids of the dimension, offence or outcome), coarser than the split, and are Not broken down',
  selection:
    'only a selection of the breakdown (table) was published, with no total: shown as published, not in the total',
  suppressed: 'the force suppressed some figures, so values that include them are lower bounds',
  'part-periods':
    'coverage: these periods cover only part of a period (or of the range, when interval is total)',
  'range-clipped':
    'coverage: months of the range asked for outside the dataset (covers) are left out',
  'range-outside':
    "coverage: the range asked for lies outside the dataset's coverage (covers, null when it has none)",
  'not-asked': 'the dataset asked forces nothing about these platforms',
  'rate-without-population':
    'rates leave out the forces listed (British Transport Police), which have no resident population',
};

/** What each field of `dataset.national` in meta means (kept here, out of the browser bundle). */
const NATIONAL_FIELDS: Record<string, string> = {
  value:
    'The figure as published, in crimes: the reading the dashboard uses where versions of the release disagree.',
  bound:
    "'more-than': the source said \"more than\" this figure (a lower bound); 'exact': as stated.",
  asPublished: "The source's own words.",
  sources: 'Ids of the sources (as in `dataset.sources`) that printed this reading.',
  area: "The area the figure is for: 'england-and-wales'. Never a force, and never split into forces.",
  platform: 'The platform id the figure is about.',
  period: 'The months the figure covers (inclusive) and their label, e.g. 2021/22 to 2023/24.',
  change:
    'The change the release stated: percent since `since` (a year, as published), with its words and sources; null when none was stated.',
  alternative:
    'The other reading, where versions of the release print a different figure (what they printed, and which did); null when they agree.',
  why: 'Why `value` is used rather than `alternative`.',
};

function nationalSchema(): Record<string, unknown> {
  const schema = jsonSchema(NationalFigureSchema);
  const properties = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
  return {
    ...schema,
    description:
      "The figure the release behind a dataset gave for a whole country (meta's `dataset.national`; null for a dataset with none, such as `demo`). It is not the sum of the forces' figures, which cover only the forces that published theirs, and it is never added to them.",
    properties: Object.fromEntries(
      Object.entries(properties).map(([k, v]) => [
        k,
        NATIONAL_FIELDS[k] ? { ...v, description: NATIONAL_FIELDS[k] } : v,
      ]),
    ),
  };
}

/** The note codes as a schema of their own, each code with its meaning. */
function noteCodeSchema(): Record<string, unknown> {
  return {
    ...jsonSchema(NoteCodeSchema),
    description: `What a note is about; its fields follow from the code. ${NOTE_CODES.map((c) => `\`${c}\`: ${NOTE_CODE_DESCRIPTIONS[c]}.`).join(' ')}`,
    oneOf: NOTE_CODES.map((c) => ({ const: c, description: NOTE_CODE_DESCRIPTIONS[c] })),
  };
}

function seriesParameter(name: string, description: string) {
  return { name, in: 'query', required: false, description, schema: { type: 'string' } };
}

function parameters(keys: readonly FilterKey[]) {
  return keys.map((name) => ({
    name,
    in: 'query',
    required: false,
    description: PARAMETER_DESCRIPTIONS[name],
    schema: jsonSchema(filterParamSchemas[name]),
  }));
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string, description: string) => ({
  description,
  content: { 'application/json': { schema: ref(name) } },
});
const badRequest = json(
  'Error',
  'A parameter is unknown or invalid, or its months lie outside the figures (code invalid_range); `parameter` names it and the message says what is allowed.',
);
const notModifiedDoc = {
  description:
    'Not modified: the ETag in If-None-Match is current (or If-None-Match is *, and the resource exists).',
};
/** errors any path can give: a mistyped path, and a method other than GET or HEAD */
const everywhere = {
  404: json('Error', 'There is no API resource at this path (code not_found).'),
  405: {
    ...json(
      'Error',
      'The method is not GET or HEAD: the API is read-only (code method_not_allowed). The Allow header lists GET, HEAD.',
    ),
    headers: { Allow: { schema: { type: 'string', const: 'GET, HEAD' } } },
  },
};

export function openApiDocument(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Social media crime dashboard API',
      version: '1',
      description:
        'Crimes linked to social media platforms, recorded by police forces in England and Wales, as published (dataset `reported`) or illustrative (`demo`). Missing figures are null, never 0; every answer lists the forces missing from it and why. Responses carry an ETag from the dataset version and the normalised query. An answer pinned with `version=` never changes and may be cached for a year (`immutable`); any other answer must be revalidated (`no-cache`), so a new version is seen at once. JSON is compressed (Brotli or gzip) when the request accepts it.',
    },
    paths: {
      [API.health]: {
        get: {
          summary: 'Service health and the latest version of each dataset',
          responses: {
            200: json('Health', 'OK: every dataset is served'),
            400: badRequest,
            503: json(
              'Health',
              'starting: the figures are being put in memory; incomplete: a shipped dataset is missing',
            ),
            ...everywhere,
          },
        },
      },
      [API.meta]: {
        get: {
          summary:
            'A dataset with its sources, caveats and coverage, and the reference lists (forces, platforms, offences, outcomes)',
          description:
            "`dataset.national` is the country's figure as the dataset's sources published it (schema NationalFigure), with both readings where versions of the release disagree; null when there is none. It is not a sum of the forces' figures. `releases` lists the releases of published figures beside the datasets (schema Release): the NSPCC platform series, served at `path` (/api/v1/platform-series), with its version, publisher and sources, the areas it has figures for (kind and id: a region names its forces, and the West Midlands is both a region and a force), its offences, its platforms (a group, such as facebook+messenger, is one figure for its members together, never their sum), the kinds of period it holds, and that each share carries its base (`shares.bases`: the table a share is a percent of).",
          parameters: parameters(['dataset', 'version']),
          responses: {
            200: json('Meta', 'OK'),
            304: notModifiedDoc,
            400: badRequest,
            ...everywhere,
          },
        },
      },
      [API.counts]: {
        get: {
          summary: 'Recorded crimes for a selection, by period and series',
          parameters: parameters(FILTER_KEYS),
          responses: {
            200: json('Counts', 'OK'),
            304: notModifiedDoc,
            400: badRequest,
            ...everywhere,
          },
        },
      },
      [API.countsCsv]: {
        get: {
          summary: 'The same figures as CSV: period,key,label,value (empty value: not available)',
          parameters: parameters(ONE_LEVEL),
          responses: {
            200: { description: 'OK', content: { 'text/csv': { schema: { type: 'string' } } } },
            304: notModifiedDoc,
            400: badRequest,
            ...everywhere,
          },
        },
      },
      [API.returns]: {
        get: {
          summary:
            'Return status per force, platform and period (provided, nil, refused, no_response, unknown, not_asked)',
          parameters: parameters(ONE_LEVEL),
          responses: {
            200: json('Returns', 'OK'),
            304: notModifiedDoc,
            400: badRequest,
            ...everywhere,
          },
        },
      },
      [API.councils]: {
        get: {
          summary:
            "The 331 local authority districts of England and Wales (Census 2021), each with its Welsh name, other names, 2023 merger and the id of the force whose area holds it: to find a force by a council's name",
          responses: {
            200: json('Councils', 'OK'),
            304: notModifiedDoc,
            400: badRequest,
            ...everywhere,
          },
        },
      },
      [API.platformSeries]: {
        get: {
          summary:
            "The NSPCC platform series (sexual communication with a child, offence 71/17; child abuse image offences, 86), figure by figure as published: counts and shares of the offences where the platform was recorded (each with its base), for forces, the release's regions and the countries (England and Wales; the United Kingdom), over the periods the sources named. Nothing is summed: a region is not its forces, a group of platforms is not its members, a share is never added to a share. Where sources disagree both figures are returned, each naming the other (`disagrees`); a force that gave no figure has `status: not-provided` and no value. The figures are the latest version of the release the database holds (meta's `releases`); an import of a series table adds a version, and the ETag changes with the figures.",
          parameters: Object.entries(SERIES_PARAMETERS).map(([name, description]) =>
            seriesParameter(name, description),
          ),
          responses: {
            200: json('PlatformSeries', 'OK'),
            304: notModifiedDoc,
            400: badRequest,
            503: json(
              'Error',
              'The database holds no platform series yet (code series_unavailable): a server that writes, or npm run seed, stores it.',
            ),
            ...everywhere,
          },
        },
      },
    },
    components: {
      schemas: {
        Error: jsonSchema(ErrorResponseSchema),
        Health: jsonSchema(HealthResponseSchema),
        Meta: jsonSchema(MetaResponseSchema),
        NationalFigure: nationalSchema(),
        Counts: jsonSchema(CountsResponseSchema),
        NoteCode: noteCodeSchema(),
        Returns: jsonSchema(ReturnsResponseSchema),
        Councils: jsonSchema(CouncilsResponseSchema),
        PlatformSeries: jsonSchema(PlatformSeriesResponseSchema),
        Release: {
          ...jsonSchema(ReleaseSummarySchema),
          description:
            "A release of published figures (meta's `releases`): what its latest version holds. Its figures are served at `path`, as published: nothing is summed.",
        },
      },
    },
  };
}

export function openApiRoutes() {
  const app = new Hono();
  // made when first asked for, not at start
  let made: { doc: Record<string, unknown>; tag: string } | null = null;
  app.get('/v1/openapi.json', (c) => {
    if (!made) {
      const doc = openApiDocument();
      made = { doc, tag: etagFor(['openapi', JSON.stringify(doc)]) };
    }
    return notModified(c, made.tag) ?? c.json(made.doc);
  });
  app.get('/docs', (c) => {
    c.header('Cache-Control', 'no-cache');
    return c.html(DOCS_HTML);
  });
  app.get('/docs/docs.js', (c) => {
    c.header('Content-Type', 'text/javascript; charset=utf-8');
    c.header('Cache-Control', 'no-cache');
    return c.body(DOCS_SCRIPT);
  });
  return app;
}
