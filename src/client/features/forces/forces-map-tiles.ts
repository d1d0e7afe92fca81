import type { Counted } from '@shared/counted.ts';
import { measureWords } from '@shared/measure-words.ts';
import type { Measure } from '@shared/filters.ts';
import { formatValue } from '../../lib/format.ts';
import { missingText, smallPopulationNote } from './forces-chart.tsx';
import type { ForceItem } from './forces-data.ts';
import { BTP_TILE, tilesInReadingOrder } from './tile-map-layout.ts';
import { reasonGroups } from './reason-list.tsx';
import { binLabel, binOf, equalBins, type Bin } from './tile-map-bins.ts';

/** Each tile of the map with what it shows and says: a band of the scale, a reason, or nothing. */

export interface MapTile {
  id: string;
  /** the name drawn on the tile: "Notts", "North\u00adumbria" (soft hyphens where it may break) */
  label: string;
  /** the force's full name: "Nottinghamshire Police" */
  name: string;
  col: number | null;
  row: number | null;
  /** 'outside': a force the Force filter leaves out */
  state: 'value' | 'missing' | 'outside';
  /** drawn on the tile under its name: "6.4", "[x]", "[z]" */
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
  counted: Counted = 'crimes',
): { tiles: MapTile[]; btp: MapTile; bins: Bin[] } {
  const flagged = new Set(items.filter((i) => smallPopulationNote(i, measure)).map((i) => i.id));
  // a figure the scale should not be stretched for still gets the top band, which is open-ended
  const bins = equalBins(
    items.flatMap((i) => (i.figure.value === null || flagged.has(i.id) ? [] : [i.figure.value])),
    // the legend prints counts whole and rates and shares to one decimal place
    measure === 'count' ? 1 : 0.1,
  );
  const tile = (id: string, label: string, col: number | null, row: number | null): MapTile => {
    const item = items.find((i) => i.id === id);
    const name = item?.name ?? names.get(id) ?? id;
    const base = { id, label, name, col, row, flagged: null, bin: null };
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
      spoken: `${value} ${measureWords(measure, counted).unit}, ${periodLabel}${note ? ` (${note})` : ''}`,
      // the band of the number on the tile (0.25 shows as 0.3, so it belongs with 0.3)
      bin: binOf(bins, Number(formatValue(v, measure).replace(/[^\d.]/g, ''))) ?? null,
      flagged: note,
    };
  };
  return {
    tiles: tilesInReadingOrder().map((t) => tile(t.id, t.label, t.col, t.row)),
    btp: tile(BTP_TILE.id, BTP_TILE.label, null, null),
    bins,
  };
}

/** A tile's name as words: without the soft hyphens that let it break on a small tile. */
export function plainLabel(t: Pick<MapTile, 'label'>): string {
  return t.label.replace(/\u00ad/g, '');
}

/**
 * What a tile's link says after the words drawn on it, so that its name begins with what a sighted
 * reader sees (WCAG 2.5.3, Label in Name) and goes on to say it in full: "Notts" "7.5" + "crimes per
 * 100,000 residents, 2023/24 (Nottinghamshire Police)" (the page puts the spaces between).
 */
export function tileAfterWords(t: MapTile): string {
  const said = t.shown !== '' && t.spoken.startsWith(t.shown);
  const rest = (said ? t.spoken.slice(t.shown.length) : t.spoken).trim();
  return plainLabel(t) === t.name ? rest : `${rest} (${t.name})`;
}

/** said under the British Transport Police tile, beside the grid */
export const BTP_NOTE = 'British Transport Police polices the railways.';

export type KeySwatch = 'band' | 'missing' | 'flagged' | 'outside';

export interface KeyEntry {
  swatch: KeySwatch;
  /** the band's colour */
  colour?: string;
  text: string;
}

/**
 * The map's key, as the page and the image both draw it: the bands, then what the dots, the dashed
 * border and the blank tiles mean where the map uses them.
 */
export function mapKey(
  all: readonly MapTile[],
  bins: readonly Bin[],
  measure: Measure,
  periodLabel: string,
  counted: Counted = 'crimes',
): { heading: string; entries: KeyEntry[] } {
  const uses = (s: MapTile['state']) => all.some((t) => t.state === s);
  const entries: KeyEntry[] = bins.map((b) => ({
    swatch: 'band',
    colour: b.colour,
    text: binLabel(b, (n) => formatValue(n, measure)),
  }));
  if (uses('missing')) entries.push({ swatch: 'missing', text: 'No figure, and why:' });
  if (all.some((t) => t.flagged))
    entries.push({
      swatch: 'flagged',
      text: 'Dashed border: a rate from so few residents that it is not comparable',
    });
  if (uses('outside')) entries.push({ swatch: 'outside', text: 'Not among the forces chosen' });
  return {
    heading: `${measureWords(measure, counted).heading}, ${periodLabel}`,
    entries,
  };
}

/** The forces with no figure, grouped by why, each named as its tile names it. */
export function missingReasons(all: readonly MapTile[]): [string, string[]][] {
  return reasonGroups(
    all.filter((t) => t.state === 'missing'),
    (t) => t.figure,
    plainLabel,
  );
}
