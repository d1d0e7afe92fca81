import type { CountsResponse } from '@shared/contract.ts';
import { countsCsv } from '@shared/counts-csv.ts';

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
 * The numbers a chart was drawn from, in the API's CSV columns (`period,key,label,value`), with a
 * byte-order mark so that Excel reads it as UTF-8.
 */
export function chartCsv(r: Pick<CountsResponse, 'periods' | 'series'>): Blob {
  return new Blob([`\ufeff${countsCsv(r)}`], { type: 'text/csv;charset=utf-8' });
}
