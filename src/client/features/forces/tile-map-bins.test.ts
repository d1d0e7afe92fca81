import { describe, expect, it } from 'vitest';
import {
  binLabel,
  binOf,
  contrast,
  equalBins,
  niceStep,
  SEQUENTIAL_BLUES,
} from './tile-map-bins.ts';
import { GRID_COLUMNS, GRID_ROWS, TILES } from './tile-map-layout.ts';
import forcesJson from '../../../../data/reference/forces.json';

describe('the tile map', () => {
  it('has one tile for each of the 43 territorial forces, on distinct cells of the grid', () => {
    const territorial = forcesJson.forces.filter((f) => f.type === 'territorial').map((f) => f.id);
    expect(TILES.map((t) => t.id).sort()).toEqual([...territorial].sort());
    const cells = new Set(TILES.map((t) => `${t.col},${t.row}`));
    expect(cells.size).toBe(43);
    for (const t of TILES) {
      expect(t.col).toBeLessThan(GRID_COLUMNS);
      expect(t.row).toBeLessThan(GRID_ROWS);
    }
    expect(new Set(TILES.map((t) => t.code)).size).toBe(43);
  });

  it('puts the Metropolitan Police and the City of London side by side', () => {
    const met = TILES.find((t) => t.id === 'metropolitan');
    const city = TILES.find((t) => t.id === 'city-of-london');
    expect(
      Math.abs((met?.col ?? 0) - (city?.col ?? 9)) + Math.abs((met?.row ?? 0) - (city?.row ?? 9)),
    ).toBe(1);
  });
});

describe('colour bands', () => {
  it.each([
    [3.76, false, 5],
    [0.37, false, 0.5],
    [1.9, false, 2],
    [2.1, false, 2.5],
    [204.6, true, 250],
    [2.1, true, 5],
    [0.4, true, 1],
    [0, true, 1],
  ])('a round step of at least %d (whole numbers: %s) is %d', (raw, whole, step) => {
    expect(niceStep(raw, whole)).toBe(step);
  });

  it('makes five equal bands from zero, the top one open', () => {
    const bins = equalBins([1.8, 2.05, 8.14, 7.34, 18.8], false);
    expect(bins.map((b) => [b.from, b.to])).toEqual([
      [0, 5],
      [5, 10],
      [10, 15],
      [15, 20],
      [20, null],
    ]);
    expect(binOf(bins, 18.8)?.from).toBe(15);
    expect(binOf(bins, 0)?.from).toBe(0);
    expect(binOf(bins, 5)?.from).toBe(5);
    expect(binOf(bins, 400)?.from).toBe(20);
    const f = (n: number) => n.toFixed(1);
    expect(bins.map((b) => binLabel(b, f))).toEqual([
      'Under 5.0',
      '5.0 to under 10.0',
      '10.0 to under 15.0',
      '15.0 to under 20.0',
      '20.0 or more',
    ]);
  });

  it('has no bands when nothing has a figure', () => {
    expect(equalBins([], true)).toEqual([]);
  });

  it('writes every band with a text colour that meets WCAG AA (4.5:1)', () => {
    for (const b of equalBins([10], false))
      expect(contrast(b.colour, b.text)).toBeGreaterThanOrEqual(4.5);
    expect(SEQUENTIAL_BLUES.at(-1)).toBe('#12436d');
  });
});
