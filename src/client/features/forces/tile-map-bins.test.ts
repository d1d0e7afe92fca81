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
    expect(new Set(TILES.map((t) => t.label)).size).toBe(43);
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
    [3.76, 0.1, 4],
    [0.37, 0.1, 0.4],
    [1.9, 0.1, 2],
    [2.1, 0.1, 2.5],
    // 0.25 cannot be written to one decimal place: the next round step that can
    [0.21, 0.1, 0.3],
    [0.05, 0.1, 0.1],
    [204.6, 1, 250],
    [2.1, 1, 3],
    [0.4, 1, 1],
    [0, 1, 1],
  ])('a round step of at least %d, in units of %d, is %d', (raw, resolution, step) => {
    expect(niceStep(raw, resolution)).toBeCloseTo(step, 10);
  });

  it('has boundaries that are exactly the numbers the legend prints', () => {
    const bins = equalBins([0.3, 1.02, 0.8], 0.1);
    expect(bins.map((b) => b.from)).toEqual([0, 0.3, 0.6, 0.9, 1.2]);
  });

  it('makes five equal bands from zero, the top one open', () => {
    const bins = equalBins([1.8, 2.05, 8.14, 7.34, 18.8], 0.1);
    expect(bins.map((b) => [b.from, b.to])).toEqual([
      [0, 4],
      [4, 8],
      [8, 12],
      [12, 16],
      [16, null],
    ]);
    expect(binOf(bins, 18.8)?.from).toBe(16);
    expect(binOf(bins, 0)?.from).toBe(0);
    expect(binOf(bins, 4)?.from).toBe(4);
    expect(binOf(bins, 400)?.from).toBe(16);
    const f = (n: number) => n.toFixed(1);
    expect(bins.map((b) => binLabel(b, f))).toEqual([
      'Under 4.0',
      '4.0 to under 8.0',
      '8.0 to under 12.0',
      '12.0 to under 16.0',
      '16.0 or more',
    ]);
  });

  it('has no bands when nothing has a figure', () => {
    expect(equalBins([], 1)).toEqual([]);
  });

  it('writes every band with a text colour that meets WCAG AA (4.5:1)', () => {
    for (const b of equalBins([10], 0.1))
      expect(contrast(b.colour, b.text)).toBeGreaterThanOrEqual(4.5);
    expect(SEQUENTIAL_BLUES.at(-1)).toBe('#12436d');
  });
});
