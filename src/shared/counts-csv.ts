import type { CountsResponse } from './contract.ts';

/**
 * Figures as CSV in the API's columns, `period,key,label,value`: one row per period and series, an
 * empty value where there is no number. The API's counts.csv and a chart's download both write it,
 * so a chart's file holds exactly the numbers the chart was drawn from.
 */

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

export function countsCsv(r: Pick<CountsResponse, 'periods' | 'series'>): string {
  const rows: (string | number | null)[][] = [['period', 'key', 'label', 'value']];
  for (const s of r.series)
    r.periods.forEach((p, i) => rows.push([p.id, s.key, s.label, s.values[i] ?? null]));
  return toCsv(rows);
}
