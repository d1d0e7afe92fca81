import type {
  DatasetInfo,
  FactInput,
  LoadPlan,
  Origin,
  SourceInput,
  StatusInput,
  TableInput,
} from '../load/plan.ts';
import type { NewTable } from './clash.ts';
import { parseFile, parseFileNow, type ParsedFile, type ParseOptions } from './parse-file.ts';
import { readCsvNow } from './read-csv.ts';
import { Problems } from './problems.ts';
import { openRows } from './read.ts';
import { FileProblem } from './rows.ts';
import { Strings } from './table.ts';

/**
 * Several files read as one load: every file is parsed and every problem collected before anything
 * is written, and the load becomes a plan for the one writer.
 */

export interface ParsedLoad {
  files: ParsedFile[];
  strings: Strings;
  problems: Problems;
}

export interface FileToRead {
  path: string;
  /** how messages name the file: as the user typed it */
  label: string;
}

export async function parseFiles(
  files: readonly FileToRead[],
  options: ParseOptions & { sheet?: string | undefined },
): Promise<ParsedLoad> {
  const strings = new Strings();
  const problems = new Problems();
  const parsed: ParsedFile[] = [];
  for (const f of files) {
    try {
      parsed.push(await parseFile(f.label, openRows(f.path, options), options, strings, problems));
    } catch (e) {
      if (!(e instanceof FileProblem)) throw e;
      problems.add(f.label, e.row, e.message);
    }
  }
  return { files: parsed, strings, problems };
}

/** Small CSV files read at once, through the same parser: the shipped figures. */
export function parseFilesNow(files: readonly FileToRead[], options: ParseOptions): ParsedLoad {
  const strings = new Strings();
  const problems = new Problems();
  const parsed: ParsedFile[] = [];
  for (const f of files) {
    try {
      parsed.push(parseFileNow(f.label, readCsvNow(f.path), options, strings, problems));
    } catch (e) {
      if (!(e instanceof FileProblem)) throw e;
      problems.add(f.label, e.row, e.message);
    }
  }
  return { files: parsed, strings, problems };
}

/** The load's tables as the clash check sees them (nil statuses are zero tables once written). */
export function newTables(
  load: ParsedLoad,
  statuses: readonly (StatusInput & { file?: string; row?: number })[],
): NewTable[] {
  const out: NewTable[] = load.files.flatMap((f) =>
    f.tables.map((t) => ({
      file: f.file,
      firstRow: t.firstRow,
      rows: () => t.rows(),
      name: t.name,
      force: t.force,
      platform: t.platform,
      periods: t.periods(),
      levels: t.levels(),
    })),
  );
  for (const s of statuses) {
    if (s.status !== 'nil' || s.file === undefined || s.row === undefined) continue;
    out.push({
      file: s.file,
      firstRow: s.row,
      rows: () => [s.row ?? 0],
      name: 'nil',
      force: s.force,
      platform: s.platform,
      periods: [{ start: s.start, end: s.end }],
      levels: { offence: 'all', outcome: 'all' },
    });
  }
  return out;
}

export function loadTables(
  load: ParsedLoad,
  defaultSource: string,
  onFact?: () => void,
): Iterable<TableInput> {
  const { strings } = load;
  function* counted(facts: Iterable<FactInput>): Generator<FactInput> {
    for (const f of facts) {
      onFact?.();
      yield f;
    }
  }
  return (function* () {
    for (const f of load.files) {
      for (const t of f.tables) {
        yield {
          name: t.name,
          force: t.force,
          platform: t.platform,
          complete: t.complete,
          source: defaultSource,
          facts: onFact
            ? counted(t.facts(strings, defaultSource))
            : t.facts(strings, defaultSource),
        };
      }
    }
  })();
}

export interface PlanParts {
  dataset: DatasetInfo;
  note: string;
  origin: Origin;
  sources: SourceInput[];
  /** the source of rows that name none ('' for none) */
  defaultSource: string;
  statuses: StatusInput[];
  end?: LoadPlan['end'];
  /** called as each fact is written, for progress */
  onFact?: (() => void) | undefined;
}

export function toPlan(load: ParsedLoad, parts: PlanParts): LoadPlan {
  return {
    dataset: parts.dataset,
    note: parts.note,
    origin: parts.origin,
    sources: parts.sources,
    tables: loadTables(load, parts.defaultSource, parts.onFact),
    statuses: parts.statuses,
    ...(parts.end ? { end: parts.end } : {}),
  };
}
