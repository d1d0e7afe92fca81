import { DEFAULT_DATASET, parseFilters, type Filters } from '@shared/filters.ts';
import { askEarly } from '../api/early.ts';
import { countsUrl } from '../api/counts-url.ts';
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
 * requests, not two). The page asks the same URLs, and takes these responses (api/early.ts). Only a
 * link that reads the same with and without the description is asked early: one that names forces,
 * offences, platforms or outcomes waits for the description to check them.
 */
export function askFirstQuestions(pathname: string, search: string): void {
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
  // the URLs alone, with fetch, now: the query code is in a chunk of its own, which arrives later
  for (const question of ask(filters)) askEarly(countsUrl(question));
  // that chunk (the figures' code, which the view needs) is asked for now too. Imported here instead,
  // the query code pulled the router and zod out of the first chunk into chunks of their own (three
  // more requests, 2 KB more on every page); without this import the bundler did the same
  // (a failure here is the view's to report, when it loads the same chunk)
  import('../api/counts.ts').catch(() => undefined);
}
