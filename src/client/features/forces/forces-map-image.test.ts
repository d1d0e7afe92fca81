import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { ForceItem } from './forces-data.ts';
import { drawTileMap, tileLines } from './forces-map-image.ts';
import { mapTiles } from './forces-map-tiles.ts';
import { TILES } from './tile-map-layout.ts';

const status = { key: 'none', label: '', detail: null } as const;

function item(id: string, value: number | null, population = 1_000_000): ForceItem {
  return {
    id,
    name: `${id} Police`,
    shortName: id,
    population,
    status,
    figure: {
      value,
      suppressed: false,
      reason: value === null ? 'refused' : null,
      notApplicable: false,
    },
  };
}

/** every force but Kent, Wiltshire refusing, the City of London's rate from a tiny population */
const items: ForceItem[] = [
  ...TILES.filter((t) => t.id !== 'kent').map((t) =>
    t.id === 'wiltshire'
      ? item(t.id, null)
      : t.id === 'city-of-london'
        ? item(t.id, 81.4, 8600)
        : item(t.id, 5 + (t.col + t.row) / 2),
  ),
  {
    ...item('btp', null),
    figure: {
      value: null,
      suppressed: false,
      reason: 'no resident population',
      notApplicable: true,
    },
  },
];

function draw() {
  const { tiles, btp, bins } = mapTiles(
    items,
    'rate',
    '2023/24',
    new Map([['kent', 'Kent Police']]),
  );
  const drawing = drawTileMap({ tiles, btp, bins, measure: 'rate', periodLabel: '2023/24' });
  const doc = new DOMParser().parseFromString(drawing.svg, 'image/svg+xml');
  const words = [...doc.querySelectorAll('text')].map((t) => t.textContent);
  return { drawing, doc, words, bins };
}

describe('the map as an image', () => {
  // jsdom has no canvas to measure text with: the drawing estimates widths instead
  beforeAll(() => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  });

  it('breaks a name at its spaces, then at its soft hyphens or hyphens, with a hyphen', () => {
    expect(tileLines('Notts', 100)).toEqual(['Notts']);
    expect(tileLines('Thames Valley', 40)).toEqual(['Thames', 'Valley']);
    expect(tileLines('North\u00adumbria', 40)).toEqual(['North-', 'umbria']);
    expect(tileLines('Dyfed-Powys', 40)).toEqual(['Dyfed-', 'Powys']);
    expect(tileLines('Gtr Man\u00adchester', 50)).toEqual(['Gtr Man-', 'chester']);
  });

  it('draws every tile with the name and figure the page shows, and the key beside them', () => {
    const { drawing, doc, words, bins } = draw();
    expect(drawing.width).toBeGreaterThan(600);
    expect(doc.documentElement.getAttribute('viewBox')).toBe(
      `0 0 ${drawing.width} ${drawing.height}`,
    );
    // names, not codes, with their figures
    for (const name of ['Cumbria', 'Notts', 'Wilts', 'Kent', 'Dorset'])
      expect(words).toContain(name);
    expect(words).not.toContain('CUM');
    expect(words).toContain('81.4');
    expect(words).toContain('[x]');
    // the key: the bands, the dots for no figure and why, the dashed border, the forces not chosen
    expect(words).toContain('Crimes per 100,000 residents, 2023/24');
    expect(bins.length).toBeGreaterThan(0);
    expect(words.join(' ')).toContain('No figure, and why:');
    expect(words.join(' ')).toMatch(/\[x\] refused: Wilts/);
    expect(words.join(' ')).toMatch(/\[z\] no resident population: British Transport Police/);
    expect(words.join(' ')).toContain('Dashed border');
    expect(words.join(' ')).toContain('Not among the forces chosen');
    expect(words.join(' ')).toContain('British Transport Police [z]'); // its tile, beside the grid
    // colours: a band's colour on a tile that has a figure, dots where there is none
    const fills = [...doc.querySelectorAll('rect')].map((r) => r.getAttribute('fill'));
    expect(fills).toContain('url(#map-no-figure)');
    expect(fills.some((f) => bins.some((b) => b.colour === f))).toBe(true);
    expect(doc.querySelector('[stroke-dasharray]')).not.toBeNull();
  });
});
