import type { ReactElement } from 'react';
import { Pending } from '../ui/pending.tsx';

/** What a figure needs of a query: react-query's result has it all. */
export interface Loadable<T> {
  data: T | undefined;
  error: Error | null;
  isFetching: boolean;
  refetch: () => Promise<unknown>;
}

/** The data of each loadable, in order. */
export type LoadedData<Q extends readonly Loadable<unknown>[]> = {
  [I in keyof Q]: Q[I] extends Loadable<infer T> ? T : never;
};

export type FigureData<Q extends readonly Loadable<unknown>[]> =
  | { pending: ReactElement; data?: never; busy?: never }
  | { pending: null; data: LoadedData<Q>; busy: boolean };

/**
 * The path every panel that draws counts shares, from its answers to its figure: while any answer
 * is missing, `pending` is a box of the figure's height that says it is loading; when one fails, the
 * failure in plain words with Retry (which asks again only for what failed or is missing); when all
 * are there, their data in order and whether any is being fetched again (`busy`, for ChartFigure).
 * A panel writes no pending branch of its own, so none can wait forever on an answer that failed.
 *
 *     const figure = figureData([trend, years], 'the trend', 'min-h-[40rem]');
 *     if (figure.pending) return figure.pending;
 *     const [r, y] = figure.data;
 */
export function figureData<Q extends readonly Loadable<unknown>[]>(
  queries: readonly [...Q],
  /** names the figure in the loading line and the error: "the trend" */
  what: string,
  /** the figure's height while it loads, so the page does not jump */
  className?: string,
  /** names the loading box as a region (a panel that is a region of its own) */
  region?: string,
): FigureData<Q> {
  const error = queries.find((q) => q.error !== null)?.error ?? null;
  if (error !== null || queries.some((q) => q.data === undefined))
    return {
      pending: (
        <Pending
          what={what}
          error={error}
          onRetry={() =>
            void Promise.all(
              queries
                .filter((q) => q.error !== null || q.data === undefined)
                .map((q) => q.refetch()),
            )
          }
          className={className}
          region={region}
        />
      ),
    };
  return {
    pending: null,
    // every answer's data is there (checked above), in the order of the queries
    data: queries.map((q) => q.data) as unknown as LoadedData<Q>,
    busy: queries.some((q) => q.isFetching),
  };
}
