import { fyRange, month, parseMonth, type MonthRange } from '@shared/period.ts';

/**
 * Periods as forces write them: months (2023-04, Apr-23, April 2023, a date), calendar years (2023),
 * financial years (2023/24, 2023-24, FY 2023/24, 2023/2024), calendar quarters (2023 Q2), and spans
 * of any two of these ("2021/22-2023/24", "Apr 2023 to Sep 2023").
 */

export const PERIOD_EXPECTED =
  'a month (2023-04, Apr-23, April 2023), a calendar year (2023), a financial year (2023/24, 2023-24, FY 2023/24), a quarter (2023 Q2) or a span of them (2021/22 to 2023/24)';

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/** A month's name or any abbreviation of at least three letters ("Apr", "Sept", "Sep"). */
function monthNumber(name: string): number | null {
  if (name.length < 3) return null;
  const i = MONTH_NAMES.findIndex((m) => m.startsWith(name));
  return i < 0 ? null : i + 1;
}

function year(text: string): number | null {
  const y = text.length === 2 ? 2000 + Number(text) : Number(text);
  return Number.isInteger(y) && y >= 1900 && y <= 2999 ? y : null;
}

function fy(first: string, second: string): MonthRange | null {
  const a = year(first);
  if (a === null) return null;
  const b = Number(second);
  const next = second.length === 2 ? (a + 1) % 100 : a + 1;
  return b === next ? fyRange(a) : null;
}

function single(text: string): MonthRange | null {
  const m = parseMonth(text);
  if (m !== null) return { start: m, end: m };
  let r: RegExpExecArray | null;
  if ((r = /^(\d{4})$/.exec(text))) {
    const y = year(r[1] ?? '');
    return y === null ? null : { start: month(y, 1), end: month(y, 12) };
  }
  // financial years: 2023/24, 2023-24, 2023/2024, FY 2023/24, FY23/24, 2023/24 financial year
  const bare = text.replace(/^(fy|financial year)\s*/, '').replace(/\s*(fy|financial year)$/, '');
  if ((r = /^(\d{4}|\d{2})\s*[/-]\s*(\d{2}|\d{4})$/.exec(bare))) {
    const [, a = '', b = ''] = r;
    if (a.length === 2 && !/^fy|financial/.test(text)) return null;
    return fy(a, b);
  }
  // calendar quarters: 2023 Q2, 2023-Q2, Q2 2023
  if ((r = /^(\d{4})\s*-?\s*q([1-4])$/.exec(text) ?? /^q([1-4])\s*-?\s*(\d{4})$/.exec(text))) {
    const [y, q] = r[1]?.length === 4 ? [r[1], r[2]] : [r[2], r[1]];
    const start = month(Number(y), (Number(q) - 1) * 3 + 1);
    return { start, end: start + 2 };
  }
  // months by name: Apr-23, Apr 2023, April 2023, 2023 April
  if ((r = /^([a-z]+)\.?[\s-]*(\d{2}|\d{4})$/.exec(text) ?? /^(\d{4})[\s-]+([a-z]+)$/.exec(text))) {
    const [name, y] = /^\d/.test(r[1] ?? '') ? [r[2] ?? '', r[1] ?? ''] : [r[1] ?? '', r[2] ?? ''];
    const mm = monthNumber(name);
    const yy = year(y);
    return mm === null || yy === null ? null : { start: month(yy, mm), end: month(yy, mm) };
  }
  // a date stands for its month: 2023-04-01, 01/04/2023
  if ((r = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text))) {
    const m2 = parseMonth(`${r[1] ?? ''}-${r[2] ?? ''}`);
    return m2 === null || Number(r[3]) < 1 || Number(r[3]) > 31 ? null : { start: m2, end: m2 };
  }
  if ((r = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text))) {
    const m2 = parseMonth(`${r[3] ?? ''}-${(r[2] ?? '').padStart(2, '0')}`);
    return m2 === null || Number(r[1]) < 1 || Number(r[1]) > 31 ? null : { start: m2, end: m2 };
  }
  return null;
}

export type PeriodResult = { ok: true; period: MonthRange } | { ok: false; message: string };

export function parsePeriod(raw: string): PeriodResult {
  const text = raw
    .trim()
    .toLowerCase()
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ');
  const whole = single(text);
  if (whole) return { ok: true, period: whole };
  // a span: "2021/22-2023/24", "2021/22 to 2023/24", "Apr 2023 - Sep 2023"
  const parts = text.split(/\s+to\s+|\s+-\s+/);
  const candidates =
    parts.length === 2
      ? [parts]
      : [...text.matchAll(/-/g)].map((m) => [text.slice(0, m.index), text.slice(m.index + 1)]);
  for (const [a = '', b = ''] of candidates) {
    const first = single(a.trim());
    const last = single(b.trim());
    if (!first || !last) continue;
    if (last.end < first.start)
      return { ok: false, message: `period '${raw}' ends before it starts` };
    return { ok: true, period: { start: first.start, end: last.end } };
  }
  return { ok: false, message: `'${raw}' is not a period; expected ${PERIOD_EXPECTED}` };
}
