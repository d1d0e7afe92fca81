import { longDate, PUBLISHER } from './export-citation.ts';
import {
  cellText,
  ILLUSTRATIVE,
  SHORTHAND,
  versionLine,
  type ExportFigure,
  type ExportPack,
  type GridCell,
} from './export-figure.ts';
import { slug } from './export-names.ts';
import {
  sheetName,
  toOds,
  toXlsx,
  type CellValue,
  type Workbook,
  type WorkbookSheet,
} from './spreadsheet-files.ts';

/**
 * A briefing's figures as a spreadsheet that follows the Government Analysis Function's guidance on
 * releasing statistics in spreadsheets: a cover sheet, a contents sheet, a notes sheet, then one
 * table to a sheet, each with a single header row, units in the headers, numbers stored as numbers
 * and the shorthand ([x], [c], [z], [p]) where there is no number, keyed on the cover and in the notes.
 * A figure that is a number but includes figures a force suppressed stays a number (shorthand in its
 * cell would make it text): its [c] goes in a column of its own beside it, as the API's CSV does.
 */

interface NoteRow {
  table: string;
  text: string;
}

/** What a marker column says of the figure beside it. */
export const INCLUDES_SUPPRESSED = 'Yes [c]';
export const NONE_SUPPRESSED = 'No';

/** The shorthand's key as the spreadsheets use it: [c] alone, or beside a number in its own column. */
export const SPREADSHEET_KEY: readonly (readonly [string, string])[] = SHORTHAND.map(
  ([s, words]) =>
    s === '[c]'
      ? ([
          s,
          `confidential: suppressed by the force. Alone in a figure's cell, the figure is withheld (neither zero nor a number). "${INCLUDES_SUPPRESSED}" in a "suppressed figures included" column: the figure beside it is a number that includes figures a force suppressed, so it is a lower bound`,
        ] as const)
      : ([s, words] as const),
);

/** A figure that is a number but includes figures a force suppressed. */
function partlySuppressed(c: GridCell | undefined): boolean {
  return c !== undefined && c.value !== null && c.symbol === '[c]';
}

function tableSheetName(index: number, title: string, taken: Set<string>): string {
  // "Table_1_TikTok_crimes_Lancashire": says what it holds, within Excel's 31 characters
  const words = slug(title).split('-').join('_');
  const name = sheetName(`Table_${index + 1}_${words}`.slice(0, 31).replace(/_+$/, ''), taken);
  taken.add(name);
  return name;
}

function tableSheet(
  f: ExportFigure,
  name: string,
  notesFrom: number,
  notesTo: number,
): WorkbookSheet {
  const { grid } = f;
  // a period with a figure that includes suppressed figures has a column after it that says which;
  // one where sources disagree, a column with the other figure published
  const marked = grid.columns.map((_, i) =>
    grid.rows.some((row) => partlySuppressed(row.cells[i])),
  );
  const disputed = grid.columns.map((_, i) =>
    grid.rows.some((row) => (row.cells[i]?.others?.length ?? 0) > 0),
  );
  const rows: CellValue[][] = grid.rows.map((row) => [
    row.label,
    ...row.cells.flatMap((c, i) => [
      // a number stays a number; where there is none, the shorthand says why
      c.value ?? c.symbol ?? '[x]',
      ...(marked[i] ? [partlySuppressed(c) ? INCLUDES_SUPPRESSED : NONE_SUPPRESSED] : []),
      ...(disputed[i] ? [c.others?.[0] ?? '[z]'] : []),
    ]),
  ]);
  const header = [
    grid.rowHeader,
    ...grid.columns.flatMap((c, i) => [
      c,
      ...(marked[i] ? [`${grid.short[i] ?? ''}: suppressed figures included`] : []),
      ...(disputed[i] ? [`${grid.short[i] ?? ''}: another source's figure`] : []),
    ]),
  ];
  const notes =
    notesTo >= notesFrom
      ? `This table has notes: see the Notes sheet, notes ${notesFrom} to ${notesTo}.`
      : 'This table has no notes.';
  return {
    name,
    lines: [
      f.title,
      f.subtitle,
      ...(f.release.illustrative ? [ILLUSTRATIVE] : []),
      notes,
      `Unit: ${grid.unit}. Shorthand: ${SHORTHAND.map(([s]) => s).join(' ')}, explained on the Cover_sheet.`,
      f.source,
      `${versionLine(f.release, longDate)} This chart: ${f.link}`,
    ],
    header,
    rows,
    decimals: grid.decimals,
    widths: [44, ...header.slice(1).map((c) => Math.max(14, Math.min(30, c.length)))],
  };
}

/** What goes in the notes sheet for a chart: the briefer's note, its caveats, lower bounds. */
function chartNotes(f: ExportFigure): string[] {
  const { grid } = f;
  const lowerBounds = grid.rows.flatMap((row) =>
    row.cells.flatMap((c, i) =>
      c.value !== null && c.symbol === '[c]' ? [`${row.label}, ${grid.columns[i] ?? ''}`] : [],
    ),
  );
  const disagreements = grid.rows.flatMap((row) =>
    row.cells.flatMap((c, i) =>
      c.value !== null && c.others && c.others.length > 0
        ? [`${row.label}, ${grid.columns[i] ?? ''}: ${cellText(c, grid.decimals)}`]
        : [],
    ),
  );
  return [
    ...(f.commentary ? [`Briefer's note: ${f.commentary}`] : []),
    ...f.keyFacts,
    ...f.caveats,
    ...f.tableNotes,
    ...(lowerBounds.length > 0
      ? [
          `Figures that include figures a force suppressed, so are lower bounds (marked "${INCLUDES_SUPPRESSED}" in the column after them): ${lowerBounds.join('; ')}.`,
        ]
      : []),
    ...(disagreements.length > 0
      ? [
          `Sources disagree on these figures, and both are given (the other in the column after them, "another source's figure"): ${disagreements.join('; ')}.`,
        ]
      : []),
  ];
}

export function briefingWorkbook(pack: ExportPack): Workbook {
  const taken = new Set(['Cover_sheet', 'Contents', 'Notes']);
  const names = pack.figures.map((f, i) => tableSheetName(i, f.title, taken));
  const notes: NoteRow[] = SPREADSHEET_KEY.map(([s, words]) => ({
    table: 'All tables',
    text: `${s} means ${words}.`,
  }));
  const ranges: [number, number][] = [];
  pack.figures.forEach((f, i) => {
    const from = notes.length + 1;
    for (const text of chartNotes(f)) notes.push({ table: names[i] ?? '', text });
    ranges.push([from, notes.length]);
  });
  const datasets = [
    ...new Map(
      pack.figures.map((f) => [`${f.release.id}:${f.release.version ?? ''}`, f.release]),
    ).values(),
  ];
  const sources = [...new Set(pack.figures.map((f) => f.source))];
  const illustrative = pack.figures.some((f) => f.release.illustrative);
  const cover: WorkbookSheet = {
    name: 'Cover_sheet',
    lines: [
      pack.title,
      ...(illustrative ? [`${ILLUSTRATIVE}: the demonstration dataset is invented.`] : []),
      `What the figures are: the numbers behind ${pack.figures.length === 1 ? 'one chart' : `${pack.figures.length} charts`} of the ${PUBLISHER}, as drawn, one table to a sheet (listed on the Contents sheet).`,
      ...pack.figures.map((f, i) => `Table ${i + 1}: ${f.subtitle}`),
      ...sources.map((s) => `Source: ${s}`),
      ...datasets.map((d) => `Dataset: ${versionLine(d, longDate)}`),
      `Made on: ${longDate(pack.created)}`,
      `Link: ${pack.link}`,
      'Shorthand used in the tables (also on the Notes sheet):',
      ...SPREADSHEET_KEY.map(([s, words]) => `${s} ${words}`),
      'Missing figures are never zero, and suppressed figures are neither zero nor a number.',
    ],
    header: [],
    rows: [],
    widths: [120],
  };
  const contents: WorkbookSheet = {
    name: 'Contents',
    lines: ['Contents', 'Each table is on a sheet of its own.'],
    header: ['Sheet name', 'Table title', 'What, where and when', 'Dataset version', 'Link'],
    rows: [
      ['Notes', 'Notes on the tables', 'The shorthand and the notes on each table', '[z]', '[z]'],
      ...pack.figures.map((f, i): CellValue[] => [
        names[i] ?? '',
        f.title,
        f.subtitle,
        // a release without versions of its own: not applicable
        f.release.version ?? '[z]',
        f.link,
      ]),
    ],
    widths: [34, 60, 70, 16, 60],
  };
  const notesSheet: WorkbookSheet = {
    name: 'Notes',
    lines: ['Notes', 'The notes on the tables, and the shorthand they use.'],
    header: ['Note number', 'Table', 'Note text'],
    rows: notes.map((n, i) => [i + 1, n.table, n.text]),
    widths: [14, 34, 120],
  };
  return {
    title: pack.title,
    sheets: [
      cover,
      contents,
      notesSheet,
      ...pack.figures.map((f, i) =>
        tableSheet(f, names[i] ?? `Table_${i + 1}`, ranges[i]?.[0] ?? 0, ranges[i]?.[1] ?? -1),
      ),
    ],
  };
}

export function spreadsheetFile(pack: ExportPack, format: 'xlsx' | 'ods'): Blob {
  const book = briefingWorkbook(pack);
  const data = format === 'xlsx' ? toXlsx(book) : toOds(book);
  return new Blob([data as Uint8Array<ArrayBuffer>], {
    type:
      format === 'xlsx'
        ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
        : 'application/vnd.oasis.opendocument.spreadsheet',
  });
}
