/**
 * The 43 territorial forces of England and Wales as one equal square each on a 6 × 9 grid, placed
 * roughly where they are: Cumbria top left, Northumbria, Durham and Cleveland top right, Wales down
 * the west, Devon and Cornwall bottom left, Kent bottom right, the Metropolitan Police beside the City
 * of London. Equal tiles, so that a force with a big area does not look important because of its size.
 * British Transport Police has no territory: it is drawn beside the grid, not on it.
 */

export interface Tile {
  id: string;
  /**
   * the force's name as drawn on its tile: short enough for a tile on a phone (the abbreviations
   * county forces are known by: Notts, Herts), with soft hyphens where a long word may break
   */
  label: string;
  /** 0-based column (west to east) and row (north to south) */
  col: number;
  row: number;
}

export const GRID_COLUMNS = 6;
export const GRID_ROWS = 9;

// prettier-ignore
export const TILES: readonly Tile[] = [
  { id: 'cumbria', label: 'Cumbria', col: 2, row: 0 },
  { id: 'northumbria', label: 'North\u00adumbria', col: 3, row: 0 },

  { id: 'lancashire', label: 'Lancs', col: 2, row: 1 },
  { id: 'durham', label: 'Durham', col: 3, row: 1 },
  { id: 'cleveland', label: 'Cleve\u00adland', col: 4, row: 1 },

  { id: 'merseyside', label: 'Mersey\u00adside', col: 1, row: 2 },
  { id: 'greater-manchester', label: 'Gtr Man\u00adchester', col: 2, row: 2 },
  { id: 'west-yorkshire', label: 'West Yorks', col: 3, row: 2 },
  { id: 'north-yorkshire', label: 'North Yorks', col: 4, row: 2 },
  { id: 'humberside', label: 'Humber\u00adside', col: 5, row: 2 },

  { id: 'north-wales', label: 'North Wales', col: 0, row: 3 },
  { id: 'cheshire', label: 'Cheshire', col: 1, row: 3 },
  { id: 'derbyshire', label: 'Derby\u00adshire', col: 2, row: 3 },
  { id: 'south-yorkshire', label: 'South Yorks', col: 3, row: 3 },
  { id: 'nottinghamshire', label: 'Notts', col: 4, row: 3 },
  { id: 'lincolnshire', label: 'Lincs', col: 5, row: 3 },

  { id: 'dyfed-powys', label: 'Dyfed-Powys', col: 0, row: 4 },
  { id: 'staffordshire', label: 'Staffs', col: 1, row: 4 },
  { id: 'west-midlands', label: 'West Mids', col: 2, row: 4 },
  { id: 'leicestershire', label: 'Leics', col: 3, row: 4 },
  { id: 'cambridgeshire', label: 'Cambs', col: 4, row: 4 },
  { id: 'norfolk', label: 'Norfolk', col: 5, row: 4 },

  { id: 'south-wales', label: 'South Wales', col: 0, row: 5 },
  { id: 'west-mercia', label: 'West Mercia', col: 1, row: 5 },
  { id: 'warwickshire', label: 'Warks', col: 2, row: 5 },
  { id: 'northamptonshire', label: 'North\u00adants', col: 3, row: 5 },
  { id: 'bedfordshire', label: 'Beds', col: 4, row: 5 },
  { id: 'suffolk', label: 'Suffolk', col: 5, row: 5 },

  { id: 'gwent', label: 'Gwent', col: 1, row: 6 },
  { id: 'gloucestershire', label: 'Glos', col: 2, row: 6 },
  { id: 'thames-valley', label: 'Thames Valley', col: 3, row: 6 },
  { id: 'hertfordshire', label: 'Herts', col: 4, row: 6 },
  { id: 'essex', label: 'Essex', col: 5, row: 6 },

  { id: 'avon-and-somerset', label: 'Avon & Som\u00aderset', col: 1, row: 7 },
  { id: 'wiltshire', label: 'Wilts', col: 2, row: 7 },
  { id: 'metropolitan', label: 'Met Police', col: 3, row: 7 },
  { id: 'city-of-london', label: 'City of London', col: 4, row: 7 },
  { id: 'kent', label: 'Kent', col: 5, row: 7 },

  { id: 'devon-and-cornwall', label: 'Devon & Corn\u00adwall', col: 0, row: 8 },
  { id: 'dorset', label: 'Dorset', col: 1, row: 8 },
  { id: 'hampshire', label: 'Hants', col: 2, row: 8 },
  { id: 'surrey', label: 'Surrey', col: 3, row: 8 },
  { id: 'sussex', label: 'Sussex', col: 4, row: 8 },
];

/** drawn beside the grid, where there is room for the whole name */
export const BTP_TILE = { id: 'btp', label: 'British Transport Police' } as const;

/** Tiles in reading order (row by row, west to east), the order keyboard focus moves through them. */
export function tilesInReadingOrder(): Tile[] {
  return [...TILES].sort((a, b) => a.row - b.row || a.col - b.col);
}
