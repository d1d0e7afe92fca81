/**
 * Months as integers (year * 12 + month - 1) so that period arithmetic is plain integer arithmetic.
 * Periods are inclusive ranges of months; financial years run April to March.
 */

export type Month = number;

export interface MonthRange {
  start: Month;
  end: Month;
}

export const INTERVALS = ['month', 'quarter', 'year', 'fy', 'total'] as const;
export type Interval = (typeof INTERVALS)[number];

const MONTH_NAMES = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;

export function month(year: number, monthOfYear: number): Month {
  return year * 12 + (monthOfYear - 1);
}

export function yearOf(m: Month): number {
  return Math.floor(m / 12);
}

/** 1-based month of the year. */
export function monthOfYear(m: Month): number {
  return (m % 12) + 1;
}

/** `YYYY-MM`, or null when the text is not a real month between 1900 and 2999. */
export function parseMonth(text: string): Month | null {
  const match = MONTH_PATTERN.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const mm = Number(match[2]);
  if (year < 1900 || year > 2999 || mm < 1 || mm > 12) return null;
  return month(year, mm);
}

export function formatMonth(m: Month): string {
  return `${yearOf(m)}-${String(monthOfYear(m)).padStart(2, '0')}`;
}

/** "Apr 2021" */
export function monthLabel(m: Month): string {
  return `${MONTH_NAMES[m % 12] ?? ''} ${yearOf(m)}`;
}

/** The first year of the financial year that contains the month (April 2021 to March 2022 → 2021). */
export function fyStartYear(m: Month): number {
  return monthOfYear(m) >= 4 ? yearOf(m) : yearOf(m) - 1;
}

/** "2021/22" */
export function fyLabel(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

export function fyRange(startYear: number): MonthRange {
  return { start: month(startYear, 4), end: month(startYear + 1, 3) };
}

export function monthsIn(range: MonthRange): number {
  return range.end - range.start + 1;
}

export function contains(outer: MonthRange, inner: MonthRange): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** The period lies inside one period of the interval, so a figure for it can be shown at that interval. */
export function fitsInterval(p: MonthRange, interval: Interval): boolean {
  switch (interval) {
    case 'month':
      return p.start === p.end;
    case 'quarter':
      return Math.floor(p.start / 3) === Math.floor(p.end / 3);
    case 'year':
      return yearOf(p.start) === yearOf(p.end);
    case 'fy':
      return fyStartYear(p.start) === fyStartYear(p.end);
    case 'total':
      return true;
  }
}

export function overlaps(a: MonthRange, b: MonthRange): boolean {
  return a.start <= b.end && b.start <= a.end;
}

export function intersect(a: MonthRange, b: MonthRange): MonthRange | null {
  const start = Math.max(a.start, b.start);
  const end = Math.min(a.end, b.end);
  return start <= end ? { start, end } : null;
}

/** A human label for a published period: "2021/22", "2021/22 to 2023/24", "Apr 2021", "Apr to Jun 2021". */
export function periodLabel(range: MonthRange): string {
  const { start, end } = range;
  if (start === end) return monthLabel(start);
  const fyAligned = monthOfYear(start) === 4 && monthOfYear(end) === 3;
  if (fyAligned) {
    const first = yearOf(start);
    const last = yearOf(end) - 1;
    return first === last ? fyLabel(first) : `${fyLabel(first)} to ${fyLabel(last)}`;
  }
  if (monthOfYear(start) === 1 && monthOfYear(end) === 12) {
    return yearOf(start) === yearOf(end)
      ? String(yearOf(start))
      : `${yearOf(start)} to ${yearOf(end)}`;
  }
  if (yearOf(start) === yearOf(end)) {
    return `${MONTH_NAMES[start % 12] ?? ''} to ${monthLabel(end)}`;
  }
  return `${monthLabel(start)} to ${monthLabel(end)}`;
}

export interface Bucket extends MonthRange {
  id: string;
  label: string;
  /** The whole calendar period the bucket belongs to, before clipping to the requested range. */
  full: MonthRange;
}

function bucketFor(interval: Exclude<Interval, 'total'>, m: Month): Omit<Bucket, 'start' | 'end'> {
  const year = yearOf(m);
  switch (interval) {
    case 'month':
      return { id: formatMonth(m), label: monthLabel(m), full: { start: m, end: m } };
    case 'quarter': {
      const q = Math.floor((monthOfYear(m) - 1) / 3) + 1;
      const start = month(year, (q - 1) * 3 + 1);
      return { id: `${year}-Q${q}`, label: `${year} Q${q}`, full: { start, end: start + 2 } };
    }
    case 'year':
      return {
        id: String(year),
        label: String(year),
        full: { start: month(year, 1), end: month(year, 12) },
      };
    case 'fy': {
      const fy = fyStartYear(m);
      return { id: fyLabel(fy), label: fyLabel(fy), full: fyRange(fy) };
    }
  }
}

/**
 * The periods of an interval over a range of months. Periods at either end are clipped to the range;
 * a clipped period keeps its full extent in `full`, so callers can tell that it is partial.
 */
export function buckets(interval: Interval, range: MonthRange): Bucket[] {
  if (range.end < range.start) return [];
  if (interval === 'total') {
    const label = periodLabel(range);
    const id = `${formatMonth(range.start)}/${formatMonth(range.end)}`;
    return [{ id, label, start: range.start, end: range.end, full: { ...range } }];
  }
  const result: Bucket[] = [];
  let m = range.start;
  while (m <= range.end) {
    const b = bucketFor(interval, m);
    const start = Math.max(b.full.start, range.start);
    const end = Math.min(b.full.end, range.end);
    result.push({ ...b, start, end });
    m = end + 1;
  }
  return result;
}
