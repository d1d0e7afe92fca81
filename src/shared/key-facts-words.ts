import { parseMonth, periodLabel } from './period.ts';
import { formatNumber } from './number-format.ts';

/** Numbers and lists as a briefing writes them, for the key-fact sentences. */

export function count(n: number): string {
  return formatNumber(n);
}

export function rate(n: number): string {
  return formatNumber(n, 1);
}

/** A share in whole per cent; "less than 1%" rather than a misleading 0%. */
export function share(pct: number): string {
  if (pct > 0 && pct < 0.5) return 'less than 1%';
  return `${formatNumber(Math.round(pct))}%`;
}

/** A rate of outcomes, to one decimal place, as the Home Office publishes them. */
export function percent1(pct: number): string {
  return `${formatNumber(pct, 1)}%`;
}

/**
 * Below this many crimes a percentage moves a long way with one crime and says more than the count
 * does: sentences give the counts instead.
 */
export const SMALL_BASE = 20;

/**
 * "up 48% on 2022/23 (66)", "down 5% on …", "the same as in … (42)"; from a small base, no
 * percentage: "up from 5 in 2022/23". `qualifier` follows the earlier figure.
 */
export function changeWords(
  current: number,
  previous: number,
  label: string,
  qualifier = '',
): string {
  const before = `(${count(previous)}${qualifier})`;
  if (current === previous) return `the same as in ${label} ${before}`;
  if (previous === 0) return `up from none in ${label}${qualifier}`;
  if (previous < SMALL_BASE)
    return `${current > previous ? 'up' : 'down'} from ${count(previous)} in ${label}${qualifier}`;
  const pct = Math.round(((current - previous) / previous) * 100);
  if (pct === 0) return `little changed on ${label} ${before}`;
  return `${pct > 0 ? 'up' : 'down'} ${count(Math.abs(pct))}% on ${label} ${before}`;
}

export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  const units = n % 10;
  return `${n}${units === 1 ? 'st' : units === 2 ? 'nd' : units === 3 ? 'rd' : 'th'}`;
}

export function list(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/** "Apr to Jun 2024" for months given as YYYY-MM. */
export function monthsWords(start: string, end: string): string {
  const a = parseMonth(start);
  const b = parseMonth(end);
  return a === null || b === null ? `${start} to ${end}` : periodLabel({ start: a, end: b });
}

/** "Violence against the person" → "violence against the person", inside a sentence. */
export function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
