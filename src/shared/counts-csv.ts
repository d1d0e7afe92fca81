import type { CountsResponse, Note } from './contract.ts';
import { totalRows } from './crimes.ts';
import { COUNTED_WORDS } from './counted.ts';

/**
 * Figures as a CSV file that describes itself, as the Analysis Function asks of published tables: a
 * block of `#` lines (title, what is counted, unit, dataset and version, whether the figures are
 * illustrative, coverage, sources, notes, the key to the shorthand, the link), then one table with
 * one header row, one row per period and series, and the total rows. An empty value always says why
 * (`marker` and `reason`), and each figure carries its published wording. The API's counts.csv and a
 * chart's download both write it, so a chart's file holds exactly the numbers the chart was drawn
 * from. Lines starting with `#` can be skipped by a reader (pandas `comment='#'`, R `comment.char`).
 */

export type CsvAnswer = Pick<
  CountsResponse,
  | 'query'
  | 'dataset'
  | 'unit'
  | 'periods'
  | 'series'
  | 'totals'
  | 'crimes'
  | 'counted'
  | 'forces'
  | 'coverage'
  | 'notes'
  | 'sources'
  | 'wording'
>;

export interface CsvDescription {
  title: string;
  /** the link that draws these figures again, pinned to the version */
  link?: string | null;
}

function quoteField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Text that a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return before
 * one) is written with a leading apostrophe, which spreadsheets show as text (OWASP's advice for
 * CSV injection). Numbers are written as numbers: a number is never a formula.
 */
function cell(v: string | number | null): string {
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  return quoteField(/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);
}

export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

export const CSV_COLUMNS = [
  'period',
  'period_start',
  'period_end',
  'part_period',
  'series_key',
  'series',
  'value',
  'marker',
  'reason',
  'published_wording',
] as const;

const KEY = [
  '[x] not available: no figure was published or provided for this cell (never zero); the reason column says why',
  '[c] suppressed by a force: with a value, the value includes suppressed figures and is a lower bound; alone, there is no number to give',
  '[z] not applicable: British Transport Police has no resident population, so it has no rate',
  'part_period yes: the period is covered only in part (see period_start and period_end); do not compare it with full periods',
];

function notesFor(notes: readonly Note[], forces: readonly string[], period: string): string {
  return notes
    .filter(
      (n) =>
        (n.periods.length === 0 || n.periods.includes(period)) &&
        n.forces.some((f) => forces.includes(f)),
    )
    .map((n) => n.message)
    .join(' | ');
}

function cellMeaning(
  r: CsvAnswer,
  value: number | null,
  suppressed: boolean,
  missing: readonly string[],
  period: string,
): [string, string] {
  if (value === null && suppressed)
    return ['[c]', 'suppressed by the force: there is no number to give'];
  if (value === null) {
    if (r.query.measure === 'rate' && missing.length > 0 && missing.every((f) => f === 'btp'))
      return ['[z]', 'no resident population, so no rate'];
    const why = notesFor(r.notes, missing, period);
    return ['[x]', why || 'no published figure answers this cell'];
  }
  if (suppressed) return ['[c]', 'includes figures a force suppressed: a lower bound'];
  return ['', ''];
}

export function countsCsv(r: CsvAnswer, about: CsvDescription): string {
  const d = r.dataset;
  const covered = r.coverage.forces.length;
  const head: [string, string][] = [
    ['# Title', about.title],
    [
      '# Figures',
      `Crimes recorded by police forces in England and Wales where a social media platform was named in the crime record (found by keyword searches, which forces ran in different ways); counts are not comparable between forces${r.counted === 'platform-mentions' ? `. Each platform's figure is a separate search, so figures added up over several platforms are ${COUNTED_WORDS['platform-mentions'].noun}, not crimes${COUNTED_WORDS['platform-mentions'].why}` : ''}`,
    ],
    [
      '# Illustrative',
      d.illustrative
        ? 'ILLUSTRATIVE DATA: NOT REAL FIGURES. Invented to demonstrate the dashboard; do not quote them.'
        : 'No: figures as published',
    ],
    ['# Unit', r.unit],
    ['# Dataset', `${d.title}, version ${d.version} (loaded ${d.updated.slice(0, 10)})`],
    [
      '# Coverage',
      `Figures for ${covered} of ${r.forces.length} ${r.forces.length === 1 ? 'force' : 'forces'}${covered > 0 && covered < r.forces.length ? `: ${r.coverage.forces.join(', ')}` : ''}`,
    ],
    ...r.sources.map((s): [string, string] => [
      '# Source',
      `${s.publisher}: ${s.title}${s.date ? ` (${s.date})` : ''}${s.url ? ` ${s.url}` : ''}`,
    ]),
    ...r.notes.map((n): [string, string] => ['# Note', n.message]),
    ...KEY.map((k): [string, string] => ['# Key', k]),
  ];
  if (about.link) head.push(['# Link', about.link]);

  const wordingOf = (key: string | null, period: string) =>
    r.wording
      .filter((w) => w.series === key && w.period === period)
      .map(
        (w) =>
          `${w.forceName}: ${w.asPublished ? `“${w.asPublished}”` : 'no wording'}${w.note ? ` (${w.note})` : ''}`,
      )
      .join('; ');
  const rows: (string | number | null)[][] = [...head, [...CSV_COLUMNS]];
  const row = (
    key: string,
    label: string,
    values: readonly (number | null)[],
    suppressed: readonly boolean[],
    missing: readonly (readonly string[])[],
    /** whose published wording the row carries: a series, the totals (null), or none (false) */
    words: string | null | false,
  ) =>
    r.periods.forEach((p, i) => {
      const value = values[i] ?? null;
      const [marker, reason] = cellMeaning(
        r,
        value,
        suppressed[i] === true,
        missing[i] ?? [],
        p.id,
      );
      rows.push([
        p.id,
        p.start,
        p.end,
        p.partial ? 'yes' : 'no',
        key,
        label,
        value,
        marker,
        reason,
        words === false ? '' : wordingOf(words, p.id),
      ]);
    });
  for (const s of r.series) row(s.key, s.label, s.values, s.suppressed, s.missing, s.key);
  // one series is its own total; a breakdown's sum is not a published figure and has no wording
  for (const t of totalRows(r)) {
    const missing = t.key === 'crimes' ? r.crimes.missing : r.totals.missing;
    if (r.series.length > 1 || t.key !== 'total')
      row(t.key, t.label, t.values, t.suppressed, missing, t.key === 'sum' ? false : null);
  }
  return toCsv(rows);
}
