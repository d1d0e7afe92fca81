import { useQuery } from '@tanstack/react-query';
import type { ReturnRow, ReturnStatus } from '@shared/contract.ts';
import { STATUS_WORDS } from '@shared/force-standing.ts';
import { ErrorPanel } from '../../components/ui/error-panel.tsx';
import { Loading } from '../../components/ui/loading.tsx';
import { useFilters } from '../../lib/filters-context.tsx';
import { profileQueries, type Force } from './force-profile-data.ts';
import { ScrollTable, STICKY_CAPTION } from '../../components/ui/scroll-table.tsx';

/** A mark beside each status so that it reads without colour too. */
const MARKS: Record<ReturnStatus, { mark: string; className: string }> = {
  provided: { mark: '✓', className: 'text-success' },
  nil: { mark: '✓', className: 'text-success' },
  refused: { mark: '✕', className: 'text-error' },
  no_response: { mark: '✕', className: 'text-error' },
  unknown: { mark: '?', className: 'text-secondary' },
  not_asked: { mark: '–', className: 'text-secondary' },
};

function Status({ row }: { row: ReturnRow | undefined }) {
  if (!row) return <span className="text-secondary">[x] no record</span>;
  const { mark, className } = MARKS[row.status];
  return (
    <>
      <span aria-hidden="true" className={`mr-1 font-bold ${className}`}>
        {mark}
      </span>
      {STATUS_WORDS[row.status]}
      {row.note && row.status !== 'provided' && (
        <span className="block text-sm text-secondary">{row.note}</span>
      )}
    </>
  );
}

/** What the force said when asked, by platform and period: from the API's return statuses. */
export function ProfileReturns({ force }: { force: Force }) {
  const { filters, meta } = useFilters();
  const query = useQuery(profileQueries(filters, force.id).returns);
  const heading = (
    <h2 id="return-status" tabIndex={-1} className="text-xl font-bold sm:text-2xl">
      Return status by year: what {force.name} said when asked
    </h2>
  );
  if (query.error)
    return (
      <section aria-labelledby="return-status">
        {heading}
        <ErrorPanel
          title="The return statuses could not be loaded"
          message={query.error.message}
          onRetry={() => void query.refetch()}
        />
      </section>
    );
  if (!query.data)
    return (
      <section aria-labelledby="return-status" className="min-h-48">
        {heading}
        <Loading label="Loading the return statuses…" />
      </section>
    );
  const rows = query.data.returns.filter((r) => r.force === force.id);
  const periods = [...new Map(rows.map((r) => [r.period.start, r.period])).values()].sort((a, b) =>
    a.start.localeCompare(b.start),
  );
  const platforms = meta.platforms.filter((p) => rows.some((r) => r.platform === p.id));
  const used = meta.dataset.sources.filter((s) => rows.some((r) => r.source === s.id));
  return (
    <section aria-labelledby="return-status" className="border-t-4 border-border pt-4">
      {heading}
      <p className="mt-1 text-secondary">
        Whether the force provided figures for each period and platform it was asked about. Without
        a published reply a figure is unknown, not zero.
      </p>
      {rows.length === 0 ? (
        <p className="mt-3 bg-panel p-4">No return is recorded for this selection.</p>
      ) : (
        <ScrollTable
          label={`Return status of ${force.name} by period and platform`}
          className="mt-3"
        >
          <table className="border-collapse text-left">
            <caption className={`mb-2 text-left font-bold ${STICKY_CAPTION}`}>
              Return status of {force.name} by period and platform
            </caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-2 pr-8">
                  Period
                </th>
                {platforms.map((platform) => (
                  <th key={platform.id} scope="col" className="py-2 pr-8">
                    {platform.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {periods.map((p) => (
                <tr key={p.start} className="border-b border-border align-top">
                  <th scope="row" className="py-2 pr-8 whitespace-nowrap">
                    {p.label}
                  </th>
                  {platforms.map((platform) => (
                    <td key={platform.id} className="py-2 pr-8">
                      <Status
                        row={rows.find(
                          (r) => r.platform === platform.id && r.period.start === p.start,
                        )}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
      <p className="mt-3 text-sm text-secondary">
        <span className="font-semibold">Source: </span>
        {used.length === 0
          ? `${meta.dataset.title}, version ${query.data.dataset.version}.`
          : used.map((s, i) => (
              <span key={s.id}>
                {i > 0 && '; '}
                {s.url ? <a href={s.url}>{s.title}</a> : s.title} ({s.publisher})
              </span>
            ))}
      </p>
    </section>
  );
}
