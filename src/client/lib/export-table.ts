import type { CountsResponse, Note } from '@shared/contract.ts';
import { totalRows, type Whole } from '@shared/crimes.ts';
import { NOT_AVAILABLE, SUPPRESSED } from './format.ts';
import { escapeXml } from './export-image.ts';
import { rowHeader } from '@shared/counted.ts';
import { noteGroups, type NoteWords } from './note-words.ts';
import { cellText, shorthandUsed, type ExportFigure } from './export-figure.ts';

/**
 * A chart's numbers as a table for the clipboard: HTML for Word and Excel (which paste it as a table)
 * and tab-separated text for everything else. Periods across, series down, as the Table tab shows them;
 * numbers without thousands separators so that spreadsheets read them as numbers; what is not a number
 * in the government shorthand, with its key.
 */

function number(v: number | null, measure: string, suppressed: boolean): string {
  if (v === null) return suppressed ? SUPPRESSED : NOT_AVAILABLE;
  const text = measure === 'count' ? String(Math.round(v)) : v.toFixed(1);
  return suppressed ? `${text} ${SUPPRESSED}` : text;
}

export interface ClipboardTable {
  html: string;
  text: string;
}

/** Notes that say what the figures in a table are: they travel with it, grouped as under the chart. */
const TABLE_NOTES: readonly Note['kind'][] = [
  'disagreement',
  'selection',
  'partial-breakdown',
  'suppressed',
  'unplaced',
  'missing',
];

export function figureTable(
  response: Pick<CountsResponse, 'series' | 'unit' | 'notes' | 'wording'> & Whole,
  title: string,
  /** the figure's source line; each entry is a line of its own */
  source: readonly string[],
  /** notes in words, written from their codes */
  noteWords: NoteWords,
): ClipboardTable {
  const { periods, series, query } = response;
  const header = [
    rowHeader(response),
    ...periods.map((p) => (p.partial ? `${p.label} (part: ${p.start} to ${p.end})` : p.label)),
  ];
  const rows = series.map((s) => [
    s.label,
    ...s.values.map((v, i) => number(v, query.measure, s.suppressed[i] ?? false)),
  ]);
  // the total rows say what they are: a breakdown's sum is never called a number of crimes
  if (series.length > 1 && query.measure === 'count')
    for (const t of totalRows(response))
      rows.push([
        t.label,
        ...t.values.map((v, i) => number(v, query.measure, t.suppressed[i] ?? false)),
      ]);
  const cells = rows.flat();
  const key = [
    cells.includes(NOT_AVAILABLE)
      ? `${NOT_AVAILABLE} not available: no figure was published or provided; not zero`
      : null,
    cells.some((c) => c.endsWith(SUPPRESSED))
      ? `${SUPPRESSED} includes figures a force suppressed: the value is a lower bound`
      : null,
  ].filter((k): k is string => k !== null);
  const unit = `Unit: ${response.unit}`;
  const groups = noteGroups(
    response.notes.filter((n) => TABLE_NOTES.includes(n.kind)),
    noteWords,
  );
  const words = response.wording
    .filter((w) => w.asPublished !== null || w.note !== null)
    .map(
      (w) =>
        `As published (${w.forceName}, ${w.period}${w.count === null ? '' : `, ${w.count}`}): ${w.asPublished ? `“${w.asPublished}”` : ''}${w.note ? `${w.asPublished ? ' ' : ''}(${w.note})` : ''}`,
    );
  return clipboardTable(title, header, rows, [unit, ...key], groups, [...words, ...source]);
}

/**
 * A table as the clipboard takes it, tab-separated text and HTML: its title, the header row, the
 * rows, then the lines that say what the figures are, the notes in their groups, and the lines after.
 */
function clipboardTable(
  title: string,
  header: readonly string[],
  rows: readonly (readonly string[])[],
  after: readonly string[],
  groups: readonly { title: string; lines: readonly string[] }[],
  afterNotes: readonly string[],
): ClipboardTable {
  const notesText = groups.flatMap((g) => [
    '',
    `Notes: ${g.title}`,
    ...g.lines.map((l) => `- ${l}`),
  ]);
  const text = [
    title,
    '',
    header.join('\t'),
    ...rows.map((r) => r.join('\t')),
    '',
    ...after,
    ...notesText,
    ...(notesText.length > 0 ? [''] : []),
    ...afterNotes,
  ]
    .map((line) => line.replace(/[\t\r\n]+$/g, ''))
    .join('\r\n');
  const paragraphs = (lines: readonly string[]) =>
    lines.map((p) => `<p>${escapeXml(p)}</p>`).join('');
  const th = (t: string) => `<th>${escapeXml(t)}</th>`;
  const html =
    `<table><caption>${escapeXml(title)}</caption>` +
    `<thead><tr>${header.map(th).join('')}</tr></thead><tbody>` +
    rows
      .map(
        ([label = '', ...values]) =>
          `<tr><th scope="row">${escapeXml(label)}</th>${values.map((v) => `<td>${escapeXml(v)}</td>`).join('')}</tr>`,
      )
      .join('') +
    `</tbody></table>` +
    paragraphs(after) +
    groups
      .map(
        (g) =>
          `<p><strong>Notes: ${escapeXml(g.title)}</strong></p><ul>${g.lines.map((l) => `<li>${escapeXml(l)}</li>`).join('')}</ul>`,
      )
      .join('') +
    paragraphs(afterNotes);
  return { html, text };
}

/**
 * A figure of a published series as a table on the clipboard: its grid as the slides and spreadsheets
 * take it (both figures where sources disagree, the shorthand where there is none), and its notes.
 */
export function gridTable(
  f: Pick<ExportFigure, 'title' | 'grid' | 'tableNotes' | 'caveats' | 'source'>,
): ClipboardTable {
  const { grid } = f;
  const header = [grid.rowHeader, ...grid.columns];
  const rows = grid.rows.map((r) => [r.label, ...r.cells.map((c) => cellText(c, grid.decimals))]);
  const key = shorthandUsed(grid).map(([s, words]) => `${s} ${words}`);
  return clipboardTable(
    f.title,
    header,
    rows,
    [`Unit: ${grid.unit}`, ...key],
    [
      {
        title: 'what the figures are, and where each comes from',
        lines: [...f.caveats, ...f.tableNotes],
      },
    ],
    [f.source],
  );
}

/** Both forms onto the clipboard; where a browser cannot hold HTML there, the tab-separated text. */
export async function copyTable(table: ClipboardTable): Promise<void> {
  if (typeof ClipboardItem === 'undefined') {
    await navigator.clipboard.writeText(table.text);
    return;
  }
  await navigator.clipboard.write([
    new ClipboardItem({
      'text/html': new Blob([table.html], { type: 'text/html' }),
      'text/plain': new Blob([table.text], { type: 'text/plain' }),
    }),
  ]);
}
