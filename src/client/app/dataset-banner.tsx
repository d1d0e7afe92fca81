import { Link } from 'react-router';
import { useFilters } from '../lib/filters-context.tsx';

/**
 * Which figures are in view, always: the demonstration dataset carries a banner on every page saying
 * its figures are invented; the published figures carry their caveats in plain words.
 */
export function DatasetBanner() {
  const { meta, linkTo } = useFilters();
  const d = meta.dataset;
  if (d.illustrative) {
    return (
      <div className="border-b-2 border-ink bg-focus">
        <p className="mx-auto max-w-page px-4 py-3 sm:px-8">
          <strong>Illustrative data.</strong> You are looking at the demonstration dataset: every
          figure is invented to show what the dashboard can do. Do not quote these figures or use
          them as evidence.{' '}
          <Link
            to={linkTo('/', { dataset: 'reported', version: null, from: null, to: null })}
            className="text-ink"
          >
            Switch to the published figures
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="border-b border-border bg-panel">
      <p className="mx-auto max-w-page px-4 py-3 text-sm sm:px-8 sm:text-base">
        <strong>Published figures</strong> from forces&apos; answers to Freedom of Information
        requests, as the forces or the press published them (each figure names its source). Counts
        come from keyword searches of crime records, so they show that a platform was mentioned, not
        that it was part of the offence; forces searched in different ways, and not every force
        published its figures. <Link to={linkTo('/about')}>About these figures</Link>
      </p>
    </div>
  );
}
