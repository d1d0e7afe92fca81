import { capitalise } from '../../lib/words.ts';
import { ErrorPanel } from './error-panel.tsx';
import { Loading } from './loading.tsx';

/**
 * Where a figure stands while its data is not there: the failure in plain words with Retry, or an
 * announced loading line in a box of the figure's height (`className`), so the page does not jump
 * when the figure arrives. `what` names the figure: "the trend" gives "The trend could not be
 * loaded" and "Loading the trend…". `region` names the loading box as a region.
 */
export function Pending({
  what,
  error,
  onRetry,
  className,
  region,
}: {
  what: string;
  error: Error | null | undefined;
  onRetry: () => void;
  className?: string;
  region?: string;
}) {
  if (error)
    return (
      <ErrorPanel
        title={`${capitalise(what)} could not be loaded`}
        message={error.message}
        onRetry={onRetry}
      />
    );
  const loading = <Loading label={`Loading ${what}…`} />;
  return region === undefined ? (
    <div className={className}>{loading}</div>
  ) : (
    <section aria-label={region} className={className}>
      {loading}
    </section>
  );
}
