import type { CountsResponse } from '@shared/contract.ts';
import { countsCsvUrl } from '../api/counts.ts';

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

/** The API's query for the numbers a response holds: the same filters, at the same version. */
export function csvUrl(query: CountsResponse['query']): string {
  return countsCsvUrl({ ...query });
}

/**
 * The chart's numbers as the API's CSV (`period,key,label,value`) for exactly the query that drew it,
 * with a byte-order mark so that Excel reads it as UTF-8.
 */
export async function chartCsv(query: CountsResponse['query']): Promise<Blob> {
  const res = await fetch(csvUrl(query), { headers: { Accept: 'text/csv' } });
  if (!res.ok) throw new Error(`The data service answered with an error (HTTP ${res.status}).`);
  const text = await res.text();
  return new Blob([text.startsWith('\ufeff') ? text : `\ufeff${text}`], {
    type: 'text/csv;charset=utf-8',
  });
}
