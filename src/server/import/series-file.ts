import type { SeriesFileSummary } from './series-summary.ts';
import type { PublishedFigureRow } from '../db/queries.ts';
import { SERIES_COLUMNS, type SeriesColumn, type SeriesRecord } from '../platform-series/rows.ts';
import type { FileToRead } from './load.ts';
import { openRows } from './read.ts';

/**
 * A series table's file: told from a return by its header (`area_kind` beside `area`), read as one
 * record a row, with the defaults of its optional columns; and the rows that repeat a current figure.
 */

/** the columns a series table must have; the others have a default */
const REQUIRED: readonly SeriesColumn[] = [
  'area_kind',
  'area',
  'platform',
  'table',
  'period',
  'offence',
  'value',
  'unit',
];
const HEADER_SEARCH = 10;

/** A header cell as a column name: case, spaces and hyphens aside ('Area kind' is area_kind). */
const columnOf = (cell: string) =>
  cell
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

export function isSeriesHeader(cells: readonly string[]): boolean {
  const names = new Set(cells.map(columnOf));
  return names.has('area_kind') && names.has('area');
}

/** Whether a file is a series table: its header, within its first rows, is one. */
export async function isSeriesTable(file: FileToRead, sheet?: string): Promise<boolean> {
  try {
    for await (const batch of openRows(file.path, { sheet }).batches)
      for (const raw of batch) {
        if (isSeriesHeader(raw.cells)) return true;
        if (raw.row >= HEADER_SEARCH) return false;
      }
  } catch {
    // a file that cannot be read is refused by the import of returns, with what is wrong with it
  }
  return false;
}

export interface ReadRow {
  file: string;
  line: number;
  record: SeriesRecord;
}

/** A file's rows as records, or the problems of its header. */
export async function readSeriesFile(
  f: FileToRead,
  sheet: string | undefined,
  defaults: { source: string; complete: string },
  problems: string[],
): Promise<{ rows: ReadRow[]; summary: SeriesFileSummary }> {
  const reader = openRows(f.path, { sheet });
  const rows: ReadRow[] = [];
  const summary: SeriesFileSummary = {
    file: f.label,
    description: reader.description,
    rows: 0,
    skipped: 0,
    ignoredColumns: [],
  };
  let columns: Map<SeriesColumn, number> | null = null;
  for await (const batch of reader.batches)
    for (const raw of batch) {
      if (!columns) {
        if (!isSeriesHeader(raw.cells)) {
          summary.skipped++;
          continue;
        }
        const names = raw.cells.map(columnOf);
        columns = new Map(
          SERIES_COLUMNS.flatMap((c) =>
            names.includes(c) ? [[c, names.indexOf(c)] as const] : [],
          ),
        );
        summary.ignoredColumns = raw.cells.filter(
          (c, i) =>
            c.trim() !== '' && !(SERIES_COLUMNS as readonly string[]).includes(names[i] ?? ''),
        );
        const missing = REQUIRED.filter((c) => !columns?.has(c));
        if (missing.length > 0) {
          problems.push(
            `${f.label}:${raw.row}: the series table has no ${missing.map((c) => `'${c}'`).join(', ')} column; a series table has the columns ${SERIES_COLUMNS.join(', ')} (${REQUIRED.join(', ')} required)`,
          );
          return { rows, summary };
        }
        continue;
      }
      if (raw.cells.every((c) => c.trim() === '')) continue;
      summary.rows++;
      const cell = (c: SeriesColumn) => {
        const at = columns?.get(c);
        return at === undefined ? '' : (raw.cells[at] ?? '').trim();
      };
      const record = Object.fromEntries(SERIES_COLUMNS.map((c) => [c, cell(c)])) as SeriesRecord;
      // the defaults of a series table's optional columns: all outcomes, the period's own words, and
      // the run's source
      record.complete ||= defaults.complete;
      record.outcome ||= '*';
      record.period_as_published ||= record.period;
      record.source ||= defaults.source;
      rows.push({ file: f.label, line: raw.row, record });
    }
  if (!columns)
    problems.push(
      `${f.label}: no header of a series table in its first ${HEADER_SEARCH} rows (columns ${REQUIRED.join(', ')})`,
    );
  return { rows, summary };
}

/** a figure's cell and source: a row with the same is a repeat of it */
const repeatKey = (r: Pick<SeriesRecord, SeriesColumn>) =>
  [r.area_kind, r.area, r.platform, r.table, r.offence, r.period, r.source].join('|');

export function repeats(
  rows: readonly ReadRow[],
  current: readonly PublishedFigureRow[],
  replace: boolean,
  problems: string[],
): number[] {
  const loaded = new Map<string, PublishedFigureRow>();
  for (const f of current)
    loaded.set(
      repeatKey({
        area_kind: f.area_kind,
        area: f.area,
        platform: f.platform,
        table: f.table_name,
        offence: f.offence,
        period: f.period,
        source: f.source,
      } as SeriesRecord),
      f,
    );
  const seen = new Map<string, ReadRow>();
  const end: number[] = [];
  for (const r of rows) {
    const key = repeatKey(r.record);
    const first = seen.get(key);
    if (first)
      problems.push(
        `${r.file}:${r.line}: repeats row ${first.line} of ${first.file} (the same area, platform, table, offence, period and source); keep one`,
      );
    seen.set(key, first ?? r);
    const old = loaded.get(key);
    if (old && !first) {
      if (replace) end.push(old.id);
      else
        problems.push(
          `${r.file}:${r.line}: repeats figure ${old.row} (${old.area_kind} ${old.area}, ${old.platform}, ${old.table_name}, ${old.period || 'undated'}, source '${old.source}': ${old.value || 'not provided'}), loaded in version ${old.from_version}; give --replace to supersede it, or another source where a second source published a figure for the same cell`,
        );
    }
  }
  return end;
}
