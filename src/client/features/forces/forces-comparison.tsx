import { COUNTED_WORDS } from '@shared/counted.ts';
import { measureWords } from '@shared/measure-words.ts';
import { createPath } from 'react-router';
import { figureData } from '../../components/charts/counts-figure.tsx';
import { useFilters } from '../../lib/filters-context.tsx';
import { viewPath } from '../../lib/views.ts';
import { ForcesChart } from './forces-chart.tsx';
import { comparisonPeriod, forceItems, useComparison } from './forces-data.ts';
import { atPeriod } from '../../lib/chart-data.ts';
import { ForcesFigure, useForcesTab } from './forces-figure.tsx';
import { ForcesMap } from './forces-map.tsx';
import { ForcesMapTable } from './forces-map-table.tsx';
import { mapTiles } from './forces-map-tiles.ts';
import { ForcesTable } from './forces-table.tsx';
import { comparisonTitle, referenceFor } from './forces-words.ts';
import { intervalNoun } from '@shared/interval-words.ts';

/** The forces side by side for one period: ranked, on a map, or in a table with more figures. */
export function ForcesComparison() {
  const { filters, meta, linkTo } = useFilters();
  const [tab, setTab] = useForcesTab();
  const { selection, national, returns } = useComparison();
  const figure = figureData([selection, national], 'the comparison', 'min-h-[48rem]');
  if (figure.pending) return figure.pending;
  const [r, nationalData] = figure.data;
  const at = comparisonPeriod(r);
  if (!at) return <p className="bg-panel p-4">There are no periods in this selection.</p>;
  const { index, period, partialAfter } = at;
  const measure = r.query.measure;
  const items = forceItems(r, index, meta, returns);
  const reference = referenceFor(nationalData, index, meta, measure);
  const title = comparisonTitle(filters, meta, period, r);
  const hrefFor = (id: string) => createPath(linkTo(viewPath('force', id), { force: [] }));
  const names = new Map(meta.forces.map((f) => [f.id, f.name]));
  const map = mapTiles(items, measure, period.label, names, r.counted);
  const withFigures = items.filter((i) => i.figure.value !== null).length;
  const unit = measureWords(measure, r.counted).heading;
  const when = period.partial
    ? ` (a part period: ${period.start} to ${period.end})`
    : r.periods.length > 1
      ? `, the latest full ${intervalNoun(r.query.interval, 'period')} in the selection`
      : '';
  const after = partialAfter ? ` (${partialAfter.label} is a part period, so it is left out)` : '';
  const why =
    measure === 'rate'
      ? 'Rates use Census 2021 populations.'
      : 'Big forces record more because they police more people: compare rates to allow for that.';
  const subtitle = `${unit} in ${period.label}${when}${after}. Figures for ${withFigures} of ${items.length} ${items.length === 1 ? 'force' : 'forces'}. ${why}`;
  return (
    <ForcesFigure
      title={title}
      subtitle={subtitle}
      tab={tab}
      onTab={setTab}
      response={atPeriod(r, index)}
      busy={figure.busy}
      chart={
        <ForcesChart
          items={items}
          measure={measure}
          reference={reference}
          label={title}
          periodLabel={period.label}
        />
      }
      map={
        <>
          <ForcesMap
            tiles={map.tiles}
            btp={map.btp}
            bins={map.bins}
            measure={measure}
            periodLabel={period.label}
            hrefFor={hrefFor}
          />
          <ForcesMapTable
            tiles={[...map.tiles, map.btp]}
            meta={meta}
            measure={measure}
            caption={`${title}: the map's figures by region`}
          />
        </>
      }
      table={
        <ForcesTable
          index={index}
          period={period}
          prior={r.periods[index - 1]}
          caption={`${title}: ${COUNTED_WORDS[r.counted].noun}, rate, change, charge rate and return status`}
          hrefFor={hrefFor}
          returns={returns}
        />
      }
    />
  );
}
