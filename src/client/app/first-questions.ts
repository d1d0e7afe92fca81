import type { QueryClient } from '@tanstack/react-query';
import type { CountsResponse, MetaResponse } from '@shared/contract.ts';
import { DEFAULT_DATASET, parseFilters, type Filters } from '@shared/filters.ts';
import { askEarly } from '../api/early.ts';
import { countsUrl } from '../api/counts-url.ts';
import { baseMetaQueryOptions, metaQueryOptions } from '../api/meta.ts';
import { overviewQuestions } from '../features/overview/questions.ts';
import { VIEW_PARAMS } from '../lib/filters-context.tsx';
import { viewAt, viewDefaults, type ViewId } from '../lib/views.ts';

interface FirstQuestions {
  /** what its first panels ask, from the link alone */
  questions: (filters: Filters) => Filters[];
  /** what it asks next from those answers and the dataset's description (in a chunk of its own) */
  followUps: () => Promise<
    (
      filters: Filters,
      meta: MetaResponse | undefined,
      answers: readonly (CountsResponse | undefined)[],
    ) => Filters[]
  >;
}

/** The questions a view's first panels ask, for the views people open first. */
const FIRST: Partial<Record<ViewId, FirstQuestions>> = {
  overview: {
    questions: overviewQuestions,
    followUps: async () => (await import('../features/overview/follow-ups.ts')).overviewFollowUps,
  },
};

/**
 * Ask what the first view needs as the script starts, in parallel with the default dataset's
 * description, so that its figures are on their way when its code arrives (one round of requests,
 * not two), and file the answers where its panels look for them: the page is then drawn once, with
 * its figures, instead of drawn empty and again when they arrive. Resolves when they are filed (or
 * have failed: a panel whose answer is missing asks again, and says so if it fails).
 * - The default dataset's description is asked for here, once; a dataset named in the link is
 *   described as soon as that description lists it: waiting for the page to ask, it was a round after the first drawing.
 * - Only a link that reads the same with and without the description is answered early: one that
 *   names forces, offences, platforms, outcomes or months waits for the description to check them.
 */
export function askFirstQuestions(
  client: QueryClient,
  pathname: string,
  search: string,
): Promise<void> {
  const params = new URLSearchParams(search);
  const dataset = params.get('dataset') ?? DEFAULT_DATASET;
  // a dataset named in the link is described once the default's description says it is there
  // (a name that is no dataset is not asked for: the page says so, and shows the default)
  const baseMeta = client.query(baseMetaQueryOptions()).catch(() => undefined);
  const described =
    dataset === DEFAULT_DATASET
      ? undefined
      : baseMeta
          .then(
            async (base) => {
              if (
                base &&
                dataset !== base.dataset.id &&
                base.datasets.some((d) => d.id === dataset)
              )
                await client.query(metaQueryOptions(dataset));
            },
            () => undefined,
          )
          .catch(() => undefined);
  const view = viewAt(pathname);
  const first = view ? FIRST[view.id as ViewId] : undefined;
  if (!view || !first) return Promise.all([baseMeta, described]).then(() => undefined);
  const known = { datasets: [dataset], platforms: [], forces: [], offences: [], outcomes: [] };
  const { filters, problems } = parseFilters(params, known, {
    defaults: viewDefaults(view),
    lenient: true,
    ignore: VIEW_PARAMS,
  });
  if (problems.length > 0 || filters.from !== null || filters.to !== null)
    return Promise.all([baseMeta, described]).then(() => undefined);
  // the URLs alone, with fetch, now: the query code is in a chunk of its own, which arrives later
  const questions = first.questions(filters);
  for (const question of questions) askEarly(countsUrl(question));
  // Imported here, the query code pulled the router and zod out of the first chunk into chunks of
  // their own (three more requests, 2 KB more on every page); a failure here is the view's to
  // report, when it loads the same chunk
  const answered = import('../api/counts.ts').then(
    async ({ countsQueryOptions }) => {
      const ask = (q: Filters) => client.query(countsQueryOptions(q)).catch(() => undefined);
      const answers = await Promise.all(questions.map(ask));
      // what follows from those answers is asked now, before the page is drawn, which does not
      // wait for its answers (one that comes during the drawing is drawn after it)
      const [followUps] = await Promise.all([first.followUps(), described, baseMeta]);
      const meta = client.getQueryData(metaQueryOptions(filters.dataset).queryKey);
      for (const q of followUps(filters, meta, answers)) void ask(q);
    },
    () => undefined,
  );
  return Promise.all([baseMeta, described, answered]).then(() => undefined);
}
