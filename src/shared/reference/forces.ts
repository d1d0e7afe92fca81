import forcesJson from '../../../data/reference/forces.json';

export interface Force {
  id: string;
  name: string;
  shortName: string;
  region: string;
  /** Census 2021 usual residents summed over the force area's local authorities; null for BTP */
  population: number | null;
  populationYear: number | null;
  territorial: boolean;
  aliases: string[];
}

export const FORCES: readonly Force[] = forcesJson.forces.map((f) => ({
  id: f.id,
  name: f.name,
  shortName: f.shortName,
  region: f.region,
  population: f.population,
  populationYear: f.population === null ? null : f.populationYear,
  territorial: f.type === 'territorial',
  aliases: f.aliases,
}));

/** Regions in the order the Home Office tables list them, then Wales and the national force. */
export const REGIONS = [
  'North East',
  'North West',
  'Yorkshire and The Humber',
  'East Midlands',
  'West Midlands',
  'East of England',
  'London',
  'South East',
  'South West',
  'Wales',
  'National',
] as const;

export function regionId(region: string): string {
  return region
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
