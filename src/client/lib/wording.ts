import type { CountsResponse, Wording } from '@shared/contract.ts';

/**
 * A published figure's own words and caveats, for the reader of that figure: in its tooltip, its
 * table, its headline and its sources. The source's words are quoted; our caveats are said plainly.
 */

export type Worded = Pick<CountsResponse, 'wording' | 'sources'>;

/** The wordings of the figures in one cell: a series (null: the total) in one period. */
export function wordingOf(r: Worded, series: string | null, period: string): Wording[] {
  return r.wording.filter((w) => w.series === series && w.period === period);
}

/**
 * “charges/summons” (Blackpool Gazette): Also stated as the number over all 235 offences…; with
 * `force`, led by the force's id where figures of several forces meet in one value.
 */
export function wordingText(r: Worded, w: Wording, force = false): string {
  const source = r.sources.find((s) => s.id === w.source);
  const who = source ? ` (${source.publisher})` : '';
  const quoted = w.asPublished ? `“${w.asPublished}”${who}` : '';
  const text = [quoted, w.note ?? ''].filter((t) => t !== '').join(': ');
  const several = force && new Set(r.wording.map((x) => x.force)).size > 1;
  return several ? `${w.forceName}: ${text}` : text;
}

const plain = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * The wordings worth showing beside a figure named `label`: a source's word that only restates the
 * name ("Harassment" for Harassment) and carries no caveat adds nothing there (Sources keep it).
 */
export function telling(ws: readonly Wording[], label: string): Wording[] {
  return ws.filter(
    (w) => w.note !== null || (w.asPublished !== null && plain(w.asPublished) !== plain(label)),
  );
}

/** The caveats noted beside the figures of a cell, without the quotes: what a reader must know. */
export function cellNotes(r: Worded, series: string | null, period: string): string[] {
  return [
    ...new Set(wordingOf(r, series, period).flatMap((w) => (w.note === null ? [] : [w.note]))),
  ];
}

/** The wording of a series' figures in the answer's period `index`, ready to show. */
export function notesAt(
  r: Worded & Pick<CountsResponse, 'periods' | 'series'>,
  series: string,
  index: number,
): string[] {
  const period = r.periods[index];
  const label = r.series.find((s) => s.key === series)?.label ?? '';
  return period
    ? telling(wordingOf(r, series, period.id), label).map((w) => wordingText(r, w, true))
    : [];
}
