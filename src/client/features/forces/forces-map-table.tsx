import { use } from 'react';
import { measureWords } from '@shared/measure-words.ts';
import { CountedContext } from '../../components/charts/unit-context.ts';
import type { MetaResponse } from '@shared/contract.ts';
import type { Measure } from '@shared/filters.ts';
import { formatValue } from '../../lib/format.ts';
import type { MapTile } from './forces-map-tiles.ts';
import { binLabel } from './tile-map-bins.ts';
import { ScrollTable, STICKY_CAPTION } from '../../components/ui/scroll-table.tsx';

/**
 * The map's figures as a table, by region: the same force, figure and colour band as each tile, for
 * anyone who cannot see the colours or the layout.
 */
export function ForcesMapTable({
  tiles,
  meta,
  measure,
  caption,
}: {
  tiles: readonly MapTile[];
  meta: MetaResponse;
  measure: Measure;
  caption: string;
}) {
  const counted = use(CountedContext);
  const region = (id: string) => meta.forces.find((f) => f.id === id)?.regionId ?? '';
  const order = (id: string) => meta.regions.findIndex((r) => r.id === region(id));
  const rows = tiles
    .filter((t) => t.state !== 'outside')
    .sort((a, b) => order(a.id) - order(b.id) || a.name.localeCompare(b.name));
  const regionName = (id: string) => meta.regions.find((r) => r.id === region(id))?.name ?? '';
  return (
    <details className="mt-6">
      <summary className="cursor-pointer font-semibold text-link underline">
        The map as a table
      </summary>
      <ScrollTable label={caption} className="mt-3">
        <table className="w-full border-collapse text-left text-sm sm:text-base">
          <caption className={`mb-2 text-left font-bold ${STICKY_CAPTION}`}>{caption}</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pr-4">
                Region
              </th>
              <th scope="col" className="py-2 pr-4">
                Force
              </th>
              <th scope="col" className="py-2 pr-4 text-right">
                {measureWords(measure, counted).heading}
              </th>
              <th scope="col" className="py-2 pl-4">
                Colour band
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((t) => (
              <tr key={t.id} className="border-b border-border">
                <td className="py-2 pr-4">{regionName(t.id)}</td>
                <th scope="row" className="py-2 pr-4 font-normal">
                  {t.name}
                </th>
                <td className="tabular py-2 pr-4 text-right whitespace-nowrap">
                  {t.figure}
                  {t.flagged && <span className="block text-sm text-secondary">{t.flagged}</span>}
                </td>
                <td className="py-2 pl-4">
                  {t.bin ? binLabel(t.bin, (n) => formatValue(n, measure)) : 'No colour: no figure'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </details>
  );
}
