import { useState } from 'react';
import { Link } from 'react-router';
import type { Period } from '@shared/contract.ts';
import { COUNTED_WORDS } from '@shared/counted.ts';
import { likeForLikeChange } from '@shared/figures.ts';
import { rank, rankWords } from '@shared/rank.ts';
import { figureData } from '../../components/charts/counts-figure.tsx';
import { ScrollTable, STICKY_CAPTION } from '../../components/ui/scroll-table.tsx';
import { useFilters } from '../../lib/filters-context.tsx';
import { formatCount, formatRate } from '../../lib/format.ts';
import { useTableData } from './forces-data.ts';
import { chargedFrom, forceRows, shortReason, type Returns } from './forces-rows.ts';
import { nextSort, parseSort, sortParam, sortRows } from './forces-sort.ts';
import {
  ChangeCell,
  ChargedCell,
  FigureCell,
  SortHeader,
  StatusCell,
} from './forces-table-cells.tsx';
import { ForcesTableKey } from './forces-table-key.tsx';
import { smallPopulationText } from './forces-chart.tsx';
import { CompareBar } from './forces-compare.tsx';

/**
 * Every force in the selection with its count, rate, rank, change, charge rate and what it said when
 * asked, sortable by any figure (the order is in the link), with all the forces with figures together
 * at the foot (England and Wales only when that is every force).
 */
export function ForcesTable({
  index,
  period,
  prior,
  caption,
  hrefFor,
  returns,
}: {
  returns: Returns;
  index: number;
  period: Period;
  prior: Period | undefined;
  caption: string;
  hrefFor: (id: string) => string;
}) {
  const { filters, meta, view, setView } = useFilters();
  const data = useTableData();
  const [ticked, setTicked] = useState<string[]>([]);
  const figure = figureData(
    [data.counts, data.rates, data.natCounts, data.natRates],
    'the table',
    'min-h-96',
  );
  if (figure.pending) return figure.pending;
  const [counts, rates, natCounts, natRates] = figure.data;
  const rows = forceRows({
    meta,
    counts,
    rates,
    index,
    returns,
    outcomes: data.outcomesOf,
  });
  const sort = parseSort(view.sort, filters.measure);
  const onSort = (column: Parameters<typeof nextSort>[1]) =>
    setView({ sort: sortParam(nextSort(sort, column), filters.measure) });
  const onRate = filters.measure === 'rate';
  const national = onRate ? natRates : natCounts;
  // ranked on figures as the table writes them, as the force profile ranks them: two forces shown
  // as 13.3 are joint, not 5th and 6th on a difference nobody can see
  const written = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);
  const ranks = rank(
    national.series
      .filter((s) => s.kind === 'series')
      .map((s) => ({ key: s.key, value: written(s.values[index] ?? null) })),
  );
  const choosing = filters.force.length === 0;
  return (
    <div>
      {/* choosing forces to compare is for the screen; on paper the table is the figures */}
      <div className="print:hidden">
        <CompareBar ticked={ticked} onTick={setTicked} />
      </div>
      <ScrollTable label={caption}>
        {/* wide enough that no column is squeezed to a word a line; narrower screens scroll (and
            say so); on paper it fits the page's width, in smaller type */}
        <table className="w-full min-w-[60rem] border-collapse text-left print:min-w-0 print:text-[8.5pt]">
          <caption className={`mb-2 text-left font-bold ${STICKY_CAPTION}`}>{caption}</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              {choosing && (
                <th scope="col" className="py-2 pr-2 align-bottom text-sm print:hidden">
                  Compare
                </th>
              )}
              <SortHeader
                column="force"
                sort={sort}
                onSort={onSort}
                align="left"
                className={NAME_COLUMN}
              >
                Force
              </SortHeader>
              <SortHeader column="count" sort={sort} onSort={onSort}>
                {COUNTED_WORDS[counts.counted].heading}, {period.label}
              </SortHeader>
              <SortHeader column="rate" sort={sort} onSort={onSort}>
                Per 100,000 residents
              </SortHeader>
              <th scope="col" className="py-2 pl-4 text-right align-bottom print:pl-2">
                Rank on {onRate ? 'rate' : 'count'}
              </th>
              <SortHeader column="change" sort={sort} onSort={onSort}>
                Change on {prior?.label ?? 'the period before'}
              </SortHeader>
              <SortHeader column="charged" sort={sort} onSort={onSort}>
                Charged or summonsed
              </SortHeader>
              <SortHeader
                column="status"
                sort={sort}
                onSort={onSort}
                align="left"
                className="print:pl-3"
              >
                Return status
              </SortHeader>
            </tr>
          </thead>
          <tbody>
            {sortRows(rows, sort).map((r) => (
              <tr key={r.id} className="border-b border-border">
                {choosing && (
                  <td className="py-2 pr-2 align-top print:hidden">
                    <input
                      type="checkbox"
                      aria-label={`Compare ${r.name}`}
                      checked={ticked.includes(r.id)}
                      onChange={(e) =>
                        setTicked((t) =>
                          e.target.checked ? [...t, r.id] : t.filter((x) => x !== r.id),
                        )
                      }
                      className="size-6 min-w-6 shrink-0 accent-brand"
                    />
                  </td>
                )}
                <th scope="row" className={`${NAME_COLUMN} py-2 pr-4 align-top font-normal`}>
                  <Link to={hrefFor(r.id)} className="inline-block py-0.5">
                    {r.name}
                  </Link>
                </th>
                <FigureCell figure={r.count} format={formatCount} />
                <FigureCell
                  figure={r.rate}
                  quiet={r.count.value === null}
                  format={formatRate}
                  note={smallPopulationText(r.population, r.rate.value)}
                />
                <td className="tabular py-2 pl-4 text-right align-top print:pl-2">
                  {rankWords(ranks.get(r.id)) ?? <span className="text-secondary">not ranked</span>}
                </td>
                <ChangeCell change={r.change} quiet={r.count.value === null} />
                <ChargedCell charged={r.charged} quiet={r.count.value === null} />
                <StatusCell status={r.status} />
              </tr>
            ))}
          </tbody>
          <NationalRow data={data} index={index} choosing={choosing} />
        </table>
      </ScrollTable>
      <ForcesTableKey rows={rows} prior={prior} />
    </div>
  );
}

// wherever the table is wider than the screen (a phone, a tablet, a narrow window: below 1024 px) it
// scrolls sideways under the force's name, so each figure keeps its force; on a phone (390 px) the
// name is narrow enough that the count beside it is whole
const NAME_COLUMN =
  'sticky left-0 z-[1] max-w-32 min-w-32 bg-white sm:max-w-none sm:min-w-36 shadow-[2px_0_0_#b1b4b6] lg:shadow-none print:static print:min-w-0 print:shadow-none';

function NationalRow({
  data,
  index,
  choosing,
}: {
  data: ReturnType<typeof useTableData>;
  index: number;
  choosing: boolean;
}) {
  const count = data.natCounts.data;
  const rates = data.natRates.data;
  if (!count || !rates) return null;
  const withFigures = count.series.filter((s) => (s.values[index] ?? null) !== null).length;
  // England and Wales only when every force has a figure: the sum of a few is theirs, not the country's
  const every = withFigures === count.forces.length;
  const like = likeForLikeChange(count, index, index - 1);
  const change = like.available ? like : { ...like, reason: shortReason(like) };
  const total = count.totals.values[index] ?? null;
  const rate = rates.totals.values[index] ?? null;
  return (
    <tfoot>
      <tr className="border-t-2 border-ink font-bold">
        {choosing && <td className="print:hidden" />}
        <th scope="row" className={`${NAME_COLUMN} py-2 pr-4 align-top`}>
          {every ? 'England and Wales' : 'Forces with figures, together'}
          <span className="block text-sm font-normal text-secondary">
            {withFigures} of {count.forces.length} forces with figures
            {!every && ': not England and Wales as a whole'}
          </span>
        </th>
        <FigureCell
          figure={{
            value: total,
            suppressed: count.totals.suppressed[index] ?? false,
            reason: 'no force has a figure',
            notApplicable: false,
          }}
          format={formatCount}
        />
        <FigureCell
          figure={{
            value: rate,
            suppressed: rates.totals.suppressed[index] ?? false,
            reason: 'no force has a figure',
            notApplicable: false,
          }}
          format={formatRate}
          note={rate === null ? null : 'British Transport Police left out'}
        />
        <td />
        <ChangeCell change={change} />
        <ChargedCell charged={chargedFrom(data.natOutcomes.data, index)} />
        <td />
      </tr>
    </tfoot>
  );
}
