import { NationalFigureSchema, type NationalFigure } from '@shared/contract.ts';
import type { DatasetRow } from '../db/queries.ts';

/** A dataset's national figure as its row keeps it (JSON written by the loader), or null. */
export function nationalOf(row: Pick<DatasetRow, 'national'>): NationalFigure | null {
  return row.national === null ? null : NationalFigureSchema.parse(JSON.parse(row.national));
}
