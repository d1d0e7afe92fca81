/**
 * Numbers and dates as en-GB writes them ("12,345", "12.3", "-1,234.5", "5 December 2026"), without
 * Intl. The first use of Intl in a page starts ICU: on this machine 30 to 55 ms of the first page's
 * main thread (and 5 to 15 ms more for the first date), which the bare page the first chart is
 * measured against never pays (issue 17). The figures are the same as Intl's: a test compares them
 * over many numbers, and the halves that binary fractions make hard.
 */

export interface FractionDigits {
  /** at least this many digits after the point (zeros added) */
  min: number;
  /** at most this many: the rest rounded, half away from zero */
  max: number;
}

/** As `toLocaleString('en-GB')` writes a number: up to three digits after the point, none added. */
export const ANY_DIGITS: FractionDigits = { min: 0, max: 3 };

const GROUP = /\B(?=(\d{3})+(?!\d))/g;

/** The digits of a finite, non-negative number, and where its point falls among them. */
function decimalDigits(abs: number): { digits: number[]; point: number } {
  // the shortest decimal that reads back as this number, as Intl starts from
  const [mantissa = '0', exponent = '0'] = String(abs).split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  const digits = Array.from(`${whole}${fraction}`, Number);
  return { digits, point: whole.length + Number(exponent) };
}

/**
 * `n` with thousands separators and `digits` after the point (a number: exactly that many), as
 * `Intl.NumberFormat('en-GB', { minimumFractionDigits, maximumFractionDigits })` writes it.
 */
export function formatNumber(n: number, digits: number | FractionDigits = 0): string {
  const { min, max } = typeof digits === 'number' ? { min: digits, max: digits } : digits;
  if (Number.isNaN(n)) return 'NaN';
  const negative = n < 0 || Object.is(n, -0);
  if (!Number.isFinite(n)) return negative ? '-∞' : '∞';
  const { digits: all, point } = decimalDigits(Math.abs(n));
  // the digits up to `max` after the point, with leading zeros where the point is left of them all
  const lead = Math.max(0, -point);
  const padded = [...Array<number>(lead).fill(0), ...all];
  const at = point + lead;
  const keep = padded.slice(0, Math.max(0, at + max));
  while (keep.length < at + max) keep.push(0);
  // half away from zero: the first dropped digit decides
  if ((padded[at + max] ?? 0) >= 5) {
    let i = keep.length - 1;
    while (i >= 0 && keep[i] === 9) keep[i--] = 0;
    if (i >= 0) keep[i] = (keep[i] ?? 0) + 1;
    else keep.unshift(1);
  }
  const wholeLength = keep.length - max;
  const whole =
    keep
      .slice(0, wholeLength)
      .join('')
      .replace(/^0+(?=\d)/, '') || '0';
  let fraction = keep.slice(wholeLength).join('');
  while (fraction.length > min && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  const text = `${whole.replace(GROUP, ',')}${fraction === '' ? '' : `.${fraction}`}`;
  return `${negative ? '-' : ''}${text}`;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "5 December 2026", in the reader's time zone, as `toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })` writes it. */
export function formatLongDate(date: Date): string {
  return `${date.getDate()} ${MONTHS[date.getMonth()] ?? ''} ${date.getFullYear()}`;
}
