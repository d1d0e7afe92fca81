import type { Measure } from '@shared/filters.ts';
import { SMALL_BASE } from '@shared/key-facts-words.ts';
import { STATUS_ORDER, type ForceRow } from './forces-rows.ts';

/**
 * The table's order, kept in the URL as `sort=<column>` (ascending) or `sort=-<column>` (descending).
 * Forces with no figure go last whichever way a column is sorted: they are not the lowest.
 */

export const SORT_COLUMNS = ['force', 'count', 'rate', 'change', 'charged', 'status'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];

export interface Sort {
  column: SortColumn;
  descending: boolean;
}

export function defaultSort(measure: Measure): Sort {
  return { column: measure === 'rate' ? 'rate' : 'count', descending: true };
}

export function parseSort(raw: string | undefined, measure: Measure): Sort {
  if (raw === undefined) return defaultSort(measure);
  const descending = raw.startsWith('-');
  const column = descending ? raw.slice(1) : raw;
  return (SORT_COLUMNS as readonly string[]).includes(column)
    ? { column: column as SortColumn, descending }
    : defaultSort(measure);
}

/** The URL value, or null for the view's default so that links stay short. */
export function sortParam(sort: Sort, measure: Measure): string | null {
  const d = defaultSort(measure);
  if (sort.column === d.column && sort.descending === d.descending) return null;
  return `${sort.descending ? '-' : ''}${sort.column}`;
}

/** What a click on a column's header does: reverse it, or sort by it (numbers largest first). */
export function nextSort(current: Sort, column: SortColumn): Sort {
  if (current.column === column) return { column, descending: !current.descending };
  return { column, descending: column !== 'force' && column !== 'status' };
}

function key(row: ForceRow, column: SortColumn): number | string | null {
  switch (column) {
    case 'force':
      return row.name;
    case 'count':
      return row.count.value;
    case 'rate':
      return row.rate.value;
    // a percentage of a handful of crimes is not shown, so it does not order the table either
    case 'change':
      return row.change.available && row.change.previous >= SMALL_BASE ? row.change.percent : null;
    case 'charged':
      return row.charged?.available && row.charged.assigned >= SMALL_BASE ? row.charged.rate : null;
    case 'status':
      return STATUS_ORDER.indexOf(row.status.key);
  }
}

export function sortRows(rows: readonly ForceRow[], sort: Sort): ForceRow[] {
  return [...rows].sort((a, b) => {
    const x = key(a, sort.column);
    const y = key(b, sort.column);
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
      return a.name.localeCompare(b.name);
    }
    const order =
      typeof x === 'string' || typeof y === 'string' ? String(x).localeCompare(String(y)) : x - y;
    return (sort.descending ? -order : order) || a.name.localeCompare(b.name);
  });
}
