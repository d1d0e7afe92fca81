/** A return's rows as text cells, numbered as a spreadsheet shows them (the first row is 1). */
export interface RawRow {
  row: number;
  cells: string[];
}

export interface RowReader {
  /** what was read, in words: "CSV, Windows-1252, semicolon-separated", "Excel, sheet 'Returns'" */
  description: string;
  /** the rows, a batch at a time, as the file is read */
  batches: AsyncIterable<readonly RawRow[]> | Iterable<readonly RawRow[]>;
  /** how far through the file the rows read so far are, in bytes (for the time left) */
  progress: () => { done: number; total: number };
  /** said when the header cannot be found: the other sheets of a workbook */
  hint?: string;
}

/** The file cannot be read as a return at all (not a workbook, no such sheet, not text). */
export class FileProblem extends Error {
  /** the row it concerns, if one */
  readonly row: number | null;
  constructor(message: string, row: number | null = null) {
    super(message);
    this.row = row;
  }
}
