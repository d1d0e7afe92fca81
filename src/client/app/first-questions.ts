import type { QueryClient } from '@tanstack/react-query';
import { DEFAULT_DATASET, parseFilters, type Filters } from '@shared/filters.ts';
import { overviewQuestions } from '../features/overview/questions.ts';
import { VIEW_PARAMS } from '../lib/filters-context.tsx';
import { viewAt, viewDefaults, type ViewId } from '../lib/views.ts';

/** The questions a view's first panels ask, for the views people open first. */
const FIRST: Partial<Record<ViewId, (filters: Filters) => Filters[]>> = {
  overview: overviewQuestions,
};

/**
 * Ask the first view's questions as the script starts, in parallel with the dataset's description,
 * so that its figures are on their way when its code and description arrive (one round of
 * requests, not two). The page asks the same questions with the same keys, and so takes these
 * answers. Only a link that reads the same with and without the description is asked early: one
 * that names forces, offences, platforms or outcomes waits for the description to check them.
 */
export function askFirstQuestions(client: QueryClient, pathname: string, search: string): void {
  const view = viewAt(pathname);
  const ask = view ? FIRST[view.id as ViewId] : undefined;
  if (!view || !ask) return;
  const params = new URLSearchParams(search);
  const dataset = params.get('dataset') ?? DEFAULT_DATASET;
  const known = { datasets: [dataset], platforms: [], forces: [], offences: [], outcomes: [] };
  const { filters, problems } = parseFilters(params, known, {
    defaults: viewDefaults(view),
    lenient: true,
    ignore: VIEW_PARAMS,
  });
  if (problems.length > 0 || filters.from !== null || filters.to !== null) return;
  // the module that asks is loaded here, not with the script: taken into it, it pulled the router
  // and the query schema out of the first chunk into chunks of their own (2 KB more on every page)
  void import('../api/counts.ts').then(({ countsQueryOptions }) => {
    for (const question of ask(filters))
      client.query(countsQueryOptions(question)).catch(() => undefined);
  });
}
