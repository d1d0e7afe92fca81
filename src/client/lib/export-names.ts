import type { CountsResponse } from '@shared/contract.ts';
import { viewAt } from './views.ts';
import { forceScope } from './words.ts';

/**
 * File names for a chart's downloads, built from the view and the query that drew it, so that a
 * folder of downloads reads like a list of what each shows:
 * `tiktok-lancashire-2021-22-to-2023-24.csv`, `offences-snapchat-kent-by-offence-group-2023-24.png`.
 */

const MAX_LENGTH = 120;

export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const BY_WORDS: Record<string, string> = {
  force: 'by-force',
  region: 'by-region',
  platform: 'by-platform',
  offence: 'by-offence',
  offenceSubgroup: 'by-offence-subgroup',
  offenceGroup: 'by-offence-group',
  outcome: 'by-outcome',
  outcomeGroup: 'by-outcome-group',
};

function listPart(ids: readonly string[], noun: string, none: string | null): string | null {
  if (ids.length === 0) return none;
  if (ids.length > 3) return `${ids.length}-${noun}`;
  return ids.map(slug).join('-');
}

/** the forces as the title names them: England and Wales only when every force is covered */
function forcePart(response: Named): string | null {
  const scope = forceScope(response.query.force, response);
  if (scope.kind === 'all') return 'england-and-wales';
  if (scope.kind === 'chosen') return listPart(scope.ids, 'forces', null);
  return scope.ids.length <= 3
    ? listPart(scope.ids, 'forces', null)
    : `${scope.ids.length}-forces-with-figures`;
}

/** '/', '/offences', '/forces/kent' → '', 'offences', 'force-profile' */
function viewPart(path: string): string {
  const view = viewAt(path);
  return view ? view.file : path.split('/').filter(Boolean).map(slug).join('-');
}

type Named = Pick<CountsResponse, 'query' | 'periods' | 'dataset' | 'forces' | 'coverage'>;

export function exportBaseName(path: string, response: Named): string {
  const q = response.query;
  const first = response.periods[0];
  const last = response.periods.at(-1);
  const range =
    first && last ? (first === last ? first.label : `${first.label} to ${last.label}`) : null;
  const parts = [
    viewPart(path),
    listPart(q.platform, 'platforms', 'all-platforms'),
    forcePart(response),
    listPart(q.offence, 'offences', null),
    listPart(q.outcome, 'outcomes', null),
    BY_WORDS[q.by] ?? null,
    q.measure === 'count' ? null : q.measure === 'rate' ? 'rate-per-100000' : 'share',
    range,
    response.dataset.illustrative ? 'illustrative' : null,
  ];
  const name = slug(parts.filter((p): p is string => p !== null && p !== '').join('-'));
  return (
    (name.length > MAX_LENGTH ? name.slice(0, MAX_LENGTH).replace(/-[^-]*$/, '') : name) || 'chart'
  );
}

export function exportFileName(
  path: string,
  response: Named,
  extension: 'csv' | 'png' | 'svg' | 'pptx' | 'xlsx' | 'ods',
): string {
  return `${exportBaseName(path, response)}.${extension}`;
}

/**
 * A briefing pack's files: `briefing-pack-knife-crime-for-the-minister-3-charts.pptx`, from its title
 * (or none) and how many charts it holds, marked illustrative when any figure is.
 */
export function packFileName(
  title: string | undefined,
  charts: number,
  illustrative: boolean,
  extension: 'pptx' | 'xlsx' | 'ods',
): string {
  const name = slug(
    [
      'briefing-pack',
      title ?? '',
      `${charts}-${charts === 1 ? 'chart' : 'charts'}`,
      illustrative ? 'illustrative' : '',
    ]
      .filter((p) => p !== '')
      .join('-'),
  );
  const cut = name.length > MAX_LENGTH ? name.slice(0, MAX_LENGTH).replace(/-[^-]*$/, '') : name;
  return `${cut}.${extension}`;
}
