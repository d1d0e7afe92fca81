import type { NationalFigure, ReturnStatus, Source } from '@shared/contract.ts';
import type { Month } from '@shared/period.ts';

/**
 * A load: everything one run adds to a dataset as a new version. The shipped datasets and every import
 * are expressed as a load and written by the same writer, in one transaction.
 */

export interface DatasetInfo {
  id: string;
  title: string;
  description: string;
  illustrative: boolean;
  caveats: string[];
  /** the country's figure as the dataset's sources published it (absent or null: none) */
  national?: NationalFigure | null;
}

export interface SourceInput extends Omit<Source, 'id'> {
  key: string;
}

/**
 * The largest count a load may hold: the importer keeps counts in 32-bit columns, so anything larger
 * would change as it is stored. No force records two billion crimes in a period: a larger count is a
 * mistake in the return, and is refused rather than changed.
 */
export const MAX_COUNT = 2_147_483_647;

export interface FactInput {
  start: Month;
  end: Month;
  offence: string;
  outcome: string;
  /** null: suppressed by the force (neither zero nor a number) */
  count: number | null;
  /** source key; default the table's */
  source?: string | null;
  asPublished?: string | null;
  note?: string | null;
}

export interface TableInput {
  name: string;
  force: string;
  platform: string;
  complete: boolean;
  source: string;
  note?: string | null;
  facts: Iterable<FactInput>;
}

export interface StatusInput {
  force: string;
  platform: string;
  start: Month;
  end: Month;
  status: ReturnStatus;
  note?: string | null;
  source?: string | null;
}

export type Origin = 'seed' | 'import';

export interface LoadPlan {
  dataset: DatasetInfo;
  /** what this version is, in a few words ("Shipped published figures", "Import of kent-2024.csv") */
  note: string;
  origin: Origin;
  /** end the tables and statuses of this origin that the dataset's current version holds */
  supersede?: Origin;
  /**
   * end these current tables (ids) and return statuses (row ids) of the dataset as of this version:
   * an import that replaces tables it repeats, or statuses it answers
   */
  end?: { tables: readonly number[]; statuses: readonly number[] };
  sources: SourceInput[];
  /** what was loaded, for an import: a digest of its files and options */
  loadKey?: string;
  tables: Iterable<TableInput>;
  statuses: StatusInput[];
}
