import { Link, useLocation } from 'react-router';
import { useFilters } from '../../lib/filters-context.tsx';
import { longDate } from '../../lib/export-citation.ts';
import { Notice } from '../ui/notice.tsx';

/**
 * A link pinned to a dataset version shows exactly the figures it was made with. When newer figures
 * have been loaded since, this says so, with a link to them.
 */
export function PinnedVersionNotice() {
  const { filters, meta, search } = useFilters();
  const { pathname } = useLocation();
  const pinned = filters.version;
  const latest = meta.datasets.find((d) => d.id === filters.dataset);
  if (pinned === null || !latest || latest.version <= pinned) return null;
  const at = (v: number) => meta.dataset.versions.find((x) => x.version === v);
  const then = at(pinned);
  const now = at(latest.version);
  return (
    <div className="mb-6">
      <Notice
        kind="info"
        title={`These are the figures as they were in version ${pinned} of the dataset: newer figures exist`}
      >
        <p>
          This link is pinned to version {pinned}
          {then && ` (loaded ${longDate(then.created)})`}, so it shows what was shown when it was
          made. Version {latest.version} was loaded on {longDate(now?.created ?? latest.updated)}
          {now?.note ? ` (${now.note})` : ''}.{' '}
          <Link to={{ pathname, search: search({ version: null }) }}>See the latest figures</Link>
        </p>
      </Notice>
    </div>
  );
}
