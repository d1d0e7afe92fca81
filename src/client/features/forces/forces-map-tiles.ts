import type { Measure } from '@shared/filters.ts';
import { formatValue, MEASURE_UNITS } from '../../lib/format.ts';
import { missingText, smallPopulationNote } from './forces-chart.tsx';
import type { ForceItem } from './forces-data.ts';
import { BTP_TILE, tilesInReadingOrder } from './tile-map-layout.ts';
import { binOf, equalBins, type Bin } from './tile-map-bins.ts';

/** Each tile of the map with what it shows and says: a band of the scale, a reason, or nothing. */

export interface MapTile {
  id: string;
  code: string;
  name: string;
  col: number | null;
  row: number | null;
  /** 'outside': a force the Force filter leaves out */
  state: 'value' | 'missing' | 'outside';
  /** drawn on the tile under the code: "6.4", "[x]", "[z]" */
  shown: string;
  /** the figure, or why there is none: "6.4", "[x] refused" */
  figure: string;
  /** said after the force's name: the value with its unit and period, or the reason there is none */
  spoken: string;
  bin: Bin | null;
  /** a rate from a very small population: drawn with a dashed border */
  flagged: string | null;
}

export function mapTiles(
  items: readonly ForceItem[],
  measure: Measure,
  periodLabel: string,
  names: ReadonlyMap<string, string>,
): { tiles: MapTile[]; btp: MapTile; bins: Bin[] } {
  const flagged = new Set(items.filter((i) => smallPopulationNote(i, measure)).map((i) => i.id));
  // a figure the scale should not be stretched for still gets the top band, which is open-ended
  const bins = equalBins(
    items.flatMap((i) => (i.figure.value === null || flagged.has(i.id) ? [] : [i.figure.value])),
    // the legend prints counts whole and rates and shares to one decimal place
    measure === 'count' ? 1 : 0.1,
  );
  const tile = (id: string, code: string, col: number | null, row: number | null): MapTile => {
    const item = items.find((i) => i.id === id);
    const name = item?.name ?? names.get(id) ?? id;
    const base = { id, code, name, col, row, flagged: null, bin: null };
    if (!item)
      return {
        ...base,
        state: 'outside',
        shown: '',
        figure: '',
        spoken: 'not in the forces chosen',
      };
    const v = item.figure.value;
    if (v === null) {
      const text = missingText(item);
      return {
        ...base,
        state: 'missing',
        shown: text.slice(0, 3),
        figure: text,
        spoken: `${text}, ${periodLabel}`,
      };
    }
    const value = `${formatValue(v, measure)}${item.figure.suppressed ? ' [c]' : ''}`;
    const note = smallPopulationNote(item, measure);
    return {
      ...base,
      state: 'value',
      shown: value,
      figure: value,
      spoken: `${value} ${MEASURE_UNITS[measure]}, ${periodLabel}${note ? ` (${note})` : ''}`,
      // the band of the number on the tile (0.25 shows as 0.3, so it belongs with 0.3)
      bin: binOf(bins, Number(formatValue(v, measure).replace(/[^\d.]/g, ''))) ?? null,
      flagged: note,
    };
  };
  return {
    tiles: tilesInReadingOrder().map((t) => tile(t.id, t.code, t.col, t.row)),
    btp: tile(BTP_TILE.id, BTP_TILE.code, null, null),
    bins,
  };
}
