/**
 * The 43 territorial forces of England and Wales as one equal square each on a 6 × 9 grid, placed
 * roughly where they are: Cumbria top left, Northumbria, Durham and Cleveland top right, Wales down
 * the west, Devon and Cornwall bottom left, Kent bottom right, the Metropolitan Police beside the City
 * of London. Equal tiles, so that a force with a big area does not look important because of its size.
 * British Transport Police has no territory: it is drawn beside the grid, not on it.
 */

export interface Tile {
  id: string;
  /** short label drawn on the tile */
  code: string;
  /** 0-based column (west to east) and row (north to south) */
  col: number;
  row: number;
}

export const GRID_COLUMNS = 6;
export const GRID_ROWS = 9;

// prettier-ignore
export const TILES: readonly Tile[] = [
  { id: 'cumbria', code: 'CUM', col: 2, row: 0 },
  { id: 'northumbria', code: 'NUM', col: 3, row: 0 },

  { id: 'lancashire', code: 'LAN', col: 2, row: 1 },
  { id: 'durham', code: 'DUR', col: 3, row: 1 },
  { id: 'cleveland', code: 'CLE', col: 4, row: 1 },

  { id: 'merseyside', code: 'MER', col: 1, row: 2 },
  { id: 'greater-manchester', code: 'GMP', col: 2, row: 2 },
  { id: 'west-yorkshire', code: 'WYP', col: 3, row: 2 },
  { id: 'north-yorkshire', code: 'NYP', col: 4, row: 2 },
  { id: 'humberside', code: 'HUM', col: 5, row: 2 },

  { id: 'north-wales', code: 'NWA', col: 0, row: 3 },
  { id: 'cheshire', code: 'CHE', col: 1, row: 3 },
  { id: 'derbyshire', code: 'DER', col: 2, row: 3 },
  { id: 'south-yorkshire', code: 'SYP', col: 3, row: 3 },
  { id: 'nottinghamshire', code: 'NOT', col: 4, row: 3 },
  { id: 'lincolnshire', code: 'LIN', col: 5, row: 3 },

  { id: 'dyfed-powys', code: 'DYP', col: 0, row: 4 },
  { id: 'staffordshire', code: 'STA', col: 1, row: 4 },
  { id: 'west-midlands', code: 'WMP', col: 2, row: 4 },
  { id: 'leicestershire', code: 'LEI', col: 3, row: 4 },
  { id: 'cambridgeshire', code: 'CAM', col: 4, row: 4 },
  { id: 'norfolk', code: 'NOR', col: 5, row: 4 },

  { id: 'south-wales', code: 'SWA', col: 0, row: 5 },
  { id: 'west-mercia', code: 'WMC', col: 1, row: 5 },
  { id: 'warwickshire', code: 'WAR', col: 2, row: 5 },
  { id: 'northamptonshire', code: 'NTH', col: 3, row: 5 },
  { id: 'bedfordshire', code: 'BED', col: 4, row: 5 },
  { id: 'suffolk', code: 'SUF', col: 5, row: 5 },

  { id: 'gwent', code: 'GWE', col: 1, row: 6 },
  { id: 'gloucestershire', code: 'GLO', col: 2, row: 6 },
  { id: 'thames-valley', code: 'TVP', col: 3, row: 6 },
  { id: 'hertfordshire', code: 'HER', col: 4, row: 6 },
  { id: 'essex', code: 'ESS', col: 5, row: 6 },

  { id: 'avon-and-somerset', code: 'AVS', col: 1, row: 7 },
  { id: 'wiltshire', code: 'WIL', col: 2, row: 7 },
  { id: 'metropolitan', code: 'MET', col: 3, row: 7 },
  { id: 'city-of-london', code: 'COL', col: 4, row: 7 },
  { id: 'kent', code: 'KEN', col: 5, row: 7 },

  { id: 'devon-and-cornwall', code: 'DCP', col: 0, row: 8 },
  { id: 'dorset', code: 'DOR', col: 1, row: 8 },
  { id: 'hampshire', code: 'HAM', col: 2, row: 8 },
  { id: 'surrey', code: 'SUR', col: 3, row: 8 },
  { id: 'sussex', code: 'SUS', col: 4, row: 8 },
];

export const BTP_TILE = { id: 'btp', code: 'BTP' } as const;

/** Tiles in reading order (row by row, west to east), the order keyboard focus moves through them. */
export function tilesInReadingOrder(): Tile[] {
  return [...TILES].sort((a, b) => a.row - b.row || a.col - b.col);
}
