import type { MetaResponse } from '@shared/contract.ts';
import type { Filters } from '@shared/filters.ts';
import { parseMonth, periodLabel } from '@shared/period.ts';

/** Filters in words, for generated titles and subtitles that make sense cut out of the page. */

function list(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

export function platformWords(filters: Filters, meta: MetaResponse): string {
  if (filters.platform.length === 0) return 'Social media-linked';
  const names = filters.platform.map((id) => meta.platforms.find((p) => p.id === id)?.name ?? id);
  if (names.length > 3) return `Social media-linked (${names.length} platforms)`;
  return `${list(names)}-linked`;
}

export function forceWords(filters: Filters, meta: MetaResponse): string {
  const n = filters.force.length;
  if (n === 0) return 'police forces in England and Wales';
  const forces = filters.force.map((id) => meta.forces.find((f) => f.id === id));
  const regions = new Set(forces.map((f) => f?.region));
  const inRegion = meta.forces.filter((f) => regions.has(f.region));
  if (n > 1 && regions.size === 1 && inRegion.length === n)
    return `forces in ${[...regions][0] ?? ''}`;
  if (n <= 3) return list(forces.map((f) => f?.name ?? ''));
  return `${n} police forces`;
}

function nodeNames(ids: readonly string[], nodes: readonly { id: string; name: string }[]): string {
  const names = ids.map((id) => nodes.find((n) => n.id === id)?.name ?? id);
  return names.length > 3 ? `${names.length} selected categories` : list(names);
}

export function offenceWords(filters: Filters, meta: MetaResponse): string | null {
  return filters.offence.length === 0
    ? null
    : nodeNames(filters.offence, meta.offences).toLowerCase();
}

export function outcomeWords(filters: Filters, meta: MetaResponse): string | null {
  return filters.outcome.length === 0 ? null : nodeNames(filters.outcome, meta.outcomes);
}

/** The months in view as words: "2021/22 to 2023/24", "Apr 2022 to Jun 2024". */
export function rangeWords(filters: Filters, meta: MetaResponse): string {
  const start = parseMonth(filters.from ?? meta.dataset.coverage.from);
  const end = parseMonth(filters.to ?? meta.dataset.coverage.to);
  if (start === null || end === null) return '';
  return periodLabel({
    start: Math.max(start, parseMonth(meta.dataset.coverage.from) ?? start),
    end: Math.min(end, parseMonth(meta.dataset.coverage.to) ?? end),
  });
}

/** "TikTok-linked stalking and harassment recorded by Lancashire Constabulary, 2021/22 to 2023/24" */
export function selectionTitle(filters: Filters, meta: MetaResponse, what = 'crimes'): string {
  const offence = offenceWords(filters, meta);
  const subject = `${platformWords(filters, meta)} ${offence ?? what}`;
  const outcome = outcomeWords(filters, meta);
  return `${subject} recorded by ${forceWords(filters, meta)}${outcome ? ` (outcome: ${outcome})` : ''}, ${rangeWords(filters, meta)}`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
