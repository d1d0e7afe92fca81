import type { Note, Period, Series, Source, Wording } from '@shared/contract.ts';
import type { Counted } from '@shared/counted.ts';
import type { By, Measure } from '@shared/filters.ts';
import type { Interval, MonthRange } from '@shared/period.ts';

/** A query with ids resolved to indexes and the range clipped to the dataset's coverage. */
export interface ResolvedQuery {
  version: number;
  forces: number[];
  platforms: number[];
  offences: number[];
  outcomes: number[];
  range: MonthRange | null;
  interval: Interval;
  by: By;
  measure: Measure;
}

export interface Cells {
  values: (number | null)[];
  missing: string[][];
  suppressed: boolean[];
}

export interface Answer {
  periods: Period[];
  series: Series[];
  totals: Cells & { complete: boolean[] };
  crimes: Cells;
  coverage: { forces: string[]; platforms: string[] };
  notes: Note[];
  sources: Source[];
  wording: Wording[];
  /** what each series' values are in */
  unit: string;
  /** what the totals and crimes count: platform mentions where they add several platforms up */
  counted: Counted;
}
