import { NOT_BROKEN_DOWN_KEY, type MetaResponse, type Period } from '@shared/contract.ts';
import type { Filters } from '@shared/filters.ts';
import {
  forceWords,
  outcomeWords,
  subjectWords as subject,
  type Covered,
} from '../../lib/words.ts';
import { shortCodeName, shortGroupName } from './short-names.ts';

/** Outcome codes and groups in words, from the reference lists the API serves. */

export type OutcomeSplit = 'outcomeGroup' | 'outcome';

export function splitOf(filters: Filters): OutcomeSplit {
  return filters.by === 'outcome' ? 'outcome' : 'outcomeGroup';
}

type OutcomeNode = MetaResponse['outcomes'][number];

export function outcomeNode(meta: MetaResponse, id: string): OutcomeNode | undefined {
  return meta.outcomes.find((o) => o.id === id);
}

/** The Home Office outcome codes in a group, in the Home Office's order. */
export function codesOf(meta: MetaResponse, groupId: string): string[] {
  return meta.outcomes
    .filter((o) => o.level === 'outcome' && o.parent === groupId)
    .map((o) => o.id);
}

export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/**
 * What an outcome code or group means, for a chart's tooltip and reader text: a code's Home Office
 * description; a group's codes by name (their full descriptions are in the table).
 */
export function outcomeMeaning(meta: MetaResponse, key: string): string {
  if (key === NOT_BROKEN_DOWN_KEY)
    return 'Crimes the published figures do not break down by outcome at this level';
  const node = outcomeNode(meta, key);
  if (!node) return '';
  if (node.level !== 'group') return node.description ?? node.name;
  const codes = codesOf(meta, key);
  if (codes.length === 1 && codes[0] === 'NYA') return outcomeNode(meta, 'NYA')?.description ?? '';
  return `Outcome${codes.length === 1 ? '' : 's'} ${codes
    .map((c) => `${c} (${outcomeNode(meta, c)?.name ?? c})`)
    .join('; ')}`;
}

/**
 * A label for a chart axis, with its codes: "No suspect identified (code 18)", "18 No suspect
 * identified".
 * Narrow screens get the shortest names; the table and the reference list give them in full.
 */
export function chartLabel(
  meta: MetaResponse,
  key: string,
  fallback: string,
  narrow: boolean,
): string {
  const node = outcomeNode(meta, key);
  if (!node) return fallback;
  if (node.level === 'group') {
    const name = shortGroupName(key, narrow) ?? node.name;
    const codes = codesOf(meta, key).filter((c) => c !== 'NYA');
    // "(code 18)", not "(18)": beside a bar a bare number in brackets reads as a count
    return narrow || codes.length === 0
      ? name
      : `${name} (${codes.length === 1 ? 'code' : 'codes'} ${codes.join(', ')})`;
  }
  const name = (narrow ? shortCodeName(key) : undefined) ?? node.name;
  return key === 'NYA' || key === 'unclassified' ? name : `${key} ${name}`;
}

/** "TikTok-linked crimes", "TikTok-linked stalking and harassment" */
export function subjectWords(
  filters: Filters,
  meta: MetaResponse,
  covered: Covered | null,
): string {
  return subject(filters, meta, covered);
}

/** "recorded by Lancashire Constabulary in 2023/24 (outcomes shown: Charged/summonsed)" */
export function scopeWords(
  filters: Filters,
  meta: MetaResponse,
  when: string,
  covered: Covered | null,
): string {
  const outcome = outcomeWords(filters, meta);
  return `recorded by ${forceWords(filters, meta, covered)}${when}${outcome ? ` (outcomes shown: ${outcome})` : ''}`;
}

/** "2023/24" or "2024/25 (April to June 2024 only)" */
export function periodWords(p: Period): string {
  return p.partial ? `${p.label} (${p.start} to ${p.end} only)` : p.label;
}
