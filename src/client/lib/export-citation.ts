import type { DatasetSummary } from '@shared/contract.ts';
import { packItemSearch } from '@shared/pack-search.ts';

/** Citations and links that keep pointing at the figures that were shown. */

export const PUBLISHER = 'Social media crime dashboard';

const LONG_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
});

/** '28 November 2026' */
export function longDate(date: Date | string): string {
  return LONG_DATE.format(typeof date === 'string' ? new Date(date) : date);
}

/**
 * The link to a view with its dataset version pinned, and how it was being looked at left out; but
 * for `tab`, when what was shown is a tab of its own (the forces map), which the link then opens.
 */
export function pinnedLink(
  origin: string,
  path: string,
  search: string,
  version: number | null,
  tab: string | null = null,
): string {
  const query = [
    packItemSearch(search.replace(/^\?/, ''), version),
    tab && `tab=${encodeURIComponent(tab)}`,
  ]
    .filter(Boolean)
    .join('&');
  return `${origin}${path}${query === '' ? '' : `?${query}`}`;
}

/**
 * An embedded figure's frame: room for a chart, its title and its source at full-size type (a chart
 * of periods fits itself to the frame; a map or a chart of every force asks for more height, up to
 * `tallest`, and `words` is the room its title, tabs and source take).
 */
export const EMBED_SIZE = { width: 720, height: 640, tallest: 1200, words: 300 } as const;

/**
 * The address of a view embedded in another site: the pinned link at `embed=1`, and which of the
 * view's figures (`slide`, counted from 1, as a presentation counts them) when it is not the first.
 */
export function embedLink(pinned: string, figureIndex: number): string {
  const extra = `embed=1${figureIndex > 0 ? `&slide=${figureIndex + 1}` : ''}`;
  return `${pinned}${pinned.includes('?') ? '&' : '?'}${extra}`;
}

export interface CitationInput {
  title: string;
  dataset: Pick<DatasetSummary, 'title' | 'version' | 'updated' | 'illustrative'>;
  /** the pinned link */
  url: string;
  accessed: Date;
}

/**
 * A ready citation in the style government analysts use (Harvard, as ONS pages give it): publisher and
 * year, title, dataset and version with its date, the link, and when it was accessed.
 */
export function citation({ title, dataset, url, accessed }: CitationInput): string {
  const year = new Date(dataset.updated).getUTCFullYear();
  const warning = dataset.illustrative
    ? ' Illustrative figures, invented to demonstrate the dashboard: not for quotation.'
    : '';
  return (
    `${PUBLISHER} (${year}) ‘${title}’ [chart]. ` +
    `Dataset: ${dataset.title}, version ${dataset.version} (${longDate(dataset.updated)}). ` +
    `Available at: ${url} (accessed ${longDate(accessed)}).${warning}`
  );
}

/**
 * A citation for a chart of published figures that are not a dataset of the dashboard's (the platform
 * series): the figures are as their sources published them, so the release is named, not a version.
 */
export function seriesCitation({
  title,
  release,
  url,
  accessed,
}: {
  title: string;
  release: string;
  url: string;
  accessed: Date;
}): string {
  return (
    `${PUBLISHER} (${accessed.getUTCFullYear()}) ‘${title}’ [chart]. ` +
    `Figures as published: ${release} (each figure's source is listed on the page). ` +
    `Available at: ${url} (accessed ${longDate(accessed)}).`
  );
}
