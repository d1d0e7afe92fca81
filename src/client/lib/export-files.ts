import type { CountsResponse } from '@shared/contract.ts';
import { countsCsv, type CsvDescription } from '@shared/counts-csv.ts';

/** Files a chart is downloaded as. */

export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * The numbers a chart was drawn from, as the API's counts.csv writes them (a file that describes
 * itself: title, unit, dataset, sources, notes, the reason for every empty cell), with a byte-order
 * mark so that Excel reads it as UTF-8.
 */
export function chartCsv(r: CountsResponse, about: CsvDescription): Blob {
  return new Blob([`\ufeff${countsCsv(r, about)}`], { type: 'text/csv;charset=utf-8' });
}
