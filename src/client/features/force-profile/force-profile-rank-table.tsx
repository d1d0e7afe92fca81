import type { Standing } from '@shared/force-standing.ts';
import { formatRate } from '../../lib/format.ts';
import { useFilters } from '../../lib/filters-context.tsx';
import type { Force } from './force-profile-data.ts';
import { ScrollTable, STICKY_CAPTION } from '../../components/ui/scroll-table.tsx';

/** Every force with a rate, ranked (ties share a rank, marked "="); those without one listed after. */
export function RankTable({
  caption,
  standing,
  force,
}: {
  caption: string;
  standing: Standing;
  force: Force;
}) {
  const { meta } = useFilters();
  const name = (id: string) => meta.forces.find((f) => f.id === id)?.name ?? id;
  // one line for the forces without a rate: a row each would bury the ranking under them
  const others = standing.unranked.filter((id) => id !== force.id);
  return (
    <div>
      <ScrollTable label={caption}>
        <table className="w-full max-w-3xl border-collapse text-left">
          <caption className={`mb-2 text-left font-bold ${STICKY_CAPTION}`}>{caption}</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pr-4 text-right">
                Rank
              </th>
              <th scope="col" className="py-2 pr-4">
                Force
              </th>
              <th scope="col" className="py-2 pl-4 text-right">
                Crimes per 100,000 residents
              </th>
            </tr>
          </thead>
          <tbody>
            {standing.ranks.map((row) => (
              <tr
                key={row.key}
                className={`border-b border-border ${row.key === force.id ? 'bg-panel font-bold' : ''}`}
              >
                <td className="tabular py-2 pr-4 text-right">
                  {row.tied ? '=' : ''}
                  {row.rank}
                </td>
                <th
                  scope="row"
                  className={`py-2 pr-4 ${row.key === force.id ? '' : 'font-normal'}`}
                >
                  {name(row.key)}
                  {row.key === force.id && ' (this force)'}
                </th>
                <td className="tabular py-2 pl-4 text-right">{formatRate(row.value)}</td>
              </tr>
            ))}
            {standing.unranked
              .filter((id) => id === force.id)
              .map((id) => (
                <tr
                  key={id}
                  className={`border-b border-border ${id === force.id ? 'bg-panel font-bold' : ''}`}
                >
                  <td className="py-2 pr-4 text-right">not ranked</td>
                  <th scope="row" className={`py-2 pr-4 ${id === force.id ? '' : 'font-normal'}`}>
                    {name(id)}
                    {id === force.id && ' (this force)'}
                  </th>
                  <td className="tabular py-2 pl-4 text-right">[x]</td>
                </tr>
              ))}
          </tbody>
        </table>
      </ScrollTable>
      {others.length > 0 && (
        <p className="mt-2 max-w-3xl">
          Not ranked, with no rate for this period ({others.length}): {others.map(name).join(', ')}.
        </p>
      )}
      <p className="mt-2 text-sm text-secondary">
        [x] not available: no figure for this period, or no resident population (British Transport
        Police); not zero and not ranked. = shares its rank with another force.
      </p>
    </div>
  );
}
