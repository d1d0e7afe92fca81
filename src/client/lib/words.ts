import type { CountsResponse, MetaResponse } from '@shared/contract.ts';
import type { Filters } from '@shared/filters.ts';
import { shareBase, type Whole } from '@shared/crimes.ts';
import { parseMonth, periodLabel } from '@shared/period.ts';
import { COUNTED_WORDS, countedOver, seriesCounted, type Counted } from '@shared/counted.ts';
import { measureWords } from '@shared/measure-words.ts';

/**
 * Filters in words, for generated titles and subtitles that make sense cut out of the page. A title
 * names what its figure covers, from the answer: the forces and platforms with figures and the periods
 * that have them, never what the filters asked for when the answer holds less.
 */

/**
 * What an answer covers: the forces in view, and those and the platforms with a figure; and what its
 * figures count (crimes, or platform mentions where several platforms are added together).
 */
export type Covered = Pick<CountsResponse, 'forces' | 'coverage' | 'dataset' | 'counted'>;

function list(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

export function platformWords(
  filters: Filters,
  meta: MetaResponse,
  covered: Covered | null,
): string {
  const asked = filters.platform.length === 0 ? meta.platforms.map((p) => p.id) : filters.platform;
  const drawn = covered?.coverage.platforms ?? [];
  // a platform with no figures is not named as if its figures were drawn
  const ids = drawn.length > 0 && drawn.length < asked.length ? drawn : filters.platform;
  if (ids.length === 0) return 'Social media-linked';
  const names = ids.map((id) => meta.platforms.find((p) => p.id === id)?.name ?? id);
  if (names.length > 3) return `Social media-linked (${names.length} platforms)`;
  return `${list(names)}-linked`;
}

/**
 * What the figures of a selection count: as its answer says, and until it arrives by the same rule
 * (one platform: crimes; several: platform mentions).
 */
export function countedOf(
  filters: Filters,
  meta: MetaResponse,
  r: Pick<CountsResponse, 'counted'> | null,
): Counted {
  return r?.counted ?? countedOver(filters.platform, meta.dataset.holds.platforms);
}

/**
 * What a figure is of, in words: "TikTok-linked crimes", "TikTok-linked stalking"; over several
 * platforms "platform mentions in TikTok and Snapchat-linked crimes", never crimes.
 */
export function subjectWords(
  filters: Filters,
  meta: MetaResponse,
  covered: Covered | null,
  what = 'crimes',
): string {
  const subject = `${platformWords(filters, meta, covered)} ${offenceWords(filters, meta) ?? what}`;
  return countedOf(filters, meta, covered) === 'crimes'
    ? subject
    : `${COUNTED_WORDS['platform-mentions'].noun} in ${subject.replace(/^Social/, 'social')}`;
}

/**
 * Which forces a figure is about, by the one rule its title and its file names follow: where fewer
 * forces have a figure than are in view, those with figures; otherwise those chosen ([]: all, and
 * only then "England and Wales").
 */
export type ForceScope =
  | { kind: 'all' }
  | { kind: 'chosen'; ids: readonly string[] }
  | { kind: 'with-figures'; ids: readonly string[] };

export function forceScope(
  chosen: readonly string[],
  covered: Pick<Covered, 'forces' | 'coverage'> | null,
): ForceScope {
  const drawn = covered?.coverage.forces ?? [];
  if (covered && drawn.length > 0 && drawn.length < covered.forces.length)
    return { kind: 'with-figures', ids: drawn };
  return chosen.length === 0 ? { kind: 'all' } : { kind: 'chosen', ids: chosen };
}

export function forceWords(filters: Filters, meta: MetaResponse, covered: Covered | null): string {
  const scope = forceScope(filters.force, covered);
  if (scope.kind === 'with-figures') {
    const drawn = scope.ids;
    if (drawn.length <= 3) return list(drawn.map((id) => forceName(meta, id)));
    const how = covered?.dataset.illustrative ? 'with figures' : 'that published figures';
    return `the ${drawn.length} ${filters.force.length === 0 ? '' : 'selected '}forces ${how}`;
  }
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

function forceName(meta: MetaResponse, id: string): string {
  return meta.forces.find((f) => f.id === id)?.name ?? id;
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

type Drawn = Pick<CountsResponse, 'periods' | 'series' | 'totals'>;

/** The first and last periods of an answer that hold a figure. */
function drawnRange(r: Drawn): { start: number; end: number } | null {
  const has = (i: number) =>
    r.totals.values[i] !== null || r.series.some((s) => (s.values[i] ?? null) !== null);
  const first = r.periods.findIndex((_, i) => has(i));
  const last = r.periods.findLastIndex((_, i) => has(i));
  const a = parseMonth(r.periods[first]?.start ?? '');
  const b = parseMonth(r.periods[last]?.end ?? '');
  return a === null || b === null ? null : { start: a, end: b };
}

/**
 * The months in view as words: "2021/22 to 2023/24", "Apr 2022 to Jun 2024"; given an answer, only
 * the periods that hold a figure, so a title never claims a range its chart cannot show.
 */
export function rangeWords(filters: Filters, meta: MetaResponse, drawn?: Drawn | null): string {
  const within = drawn ? drawnRange(drawn) : null;
  if (within) return periodLabel(within);
  const start = parseMonth(filters.from ?? meta.dataset.coverage.from);
  const end = parseMonth(filters.to ?? meta.dataset.coverage.to);
  if (start === null || end === null) return '';
  return periodLabel({
    start: Math.max(start, parseMonth(meta.dataset.coverage.from) ?? start),
    end: Math.min(end, parseMonth(meta.dataset.coverage.to) ?? end),
  });
}

/** "TikTok-linked stalking and harassment recorded by Lancashire Constabulary, 2021/22 to 2023/24" */
export function selectionTitle(
  filters: Filters,
  meta: MetaResponse,
  r: (Covered & Drawn) | null,
  what = 'crimes',
): string {
  const subject = subjectWords(filters, meta, r, what);
  const outcome = outcomeWords(filters, meta);
  return `${subject} recorded by ${forceWords(filters, meta, r)}${outcome ? ` (outcome: ${outcome})` : ''}, ${rangeWords(filters, meta, r)}`;
}

/**
 * What an answer's values are, in words. A share is of the answer's sum: of all crimes only where
 * every force's figures account for all of them; otherwise of a published breakdown's sum.
 */
export function unitWords(r: Whole): string {
  const counted = seriesCounted(r);
  if (r.query.measure !== 'share') return measureWords(r.query.measure, counted).unit;
  return shareBase(r) === 'crimes'
    ? `per cent of all the ${COUNTED_WORDS[r.counted].noun} in the period${COUNTED_WORDS[r.counted].why}`
    : "per cent of the sum of the published breakdowns (not of all crimes: some forces' breakdowns are partial or do not add up to their totals)";
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
