import { describe, expect, it } from 'vitest';
import { formatMonth } from '@shared/period.ts';
import { forces, offences, outcomes, platforms } from './reference.ts';
import { parsePeriod } from './period.ts';
import {
  parseComplete,
  parseCount,
  parseForce,
  parseOffence,
  parseOutcome,
  parsePlatform,
  parseStatus,
} from './values.ts';

const value = <T>(r: { ok: true; value: T } | { ok: false; message: string }) =>
  r.ok ? r.value : `error: ${r.message}`;

describe('periods', () => {
  it.each([
    ['2023-04', '2023-04..2023-04'],
    ['Apr-23', '2023-04..2023-04'],
    ['April 2023', '2023-04..2023-04'],
    ['Sept 2023', '2023-09..2023-09'],
    ['2023 June', '2023-06..2023-06'],
    ['2023-04-01', '2023-04..2023-04'],
    ['06/04/2021', '2021-04..2021-04'],
    ['2023', '2023-01..2023-12'],
    ['2023/24', '2023-04..2024-03'],
    ['2023-24', '2023-04..2024-03'],
    ['2023/2024', '2023-04..2024-03'],
    ['2023-2024', '2023-04..2024-03'],
    ['FY 2023/24', '2023-04..2024-03'],
    ['FY23/24', '2023-04..2024-03'],
    ['2023/24 financial year', '2023-04..2024-03'],
    ['2023 Q2', '2023-04..2023-06'],
    ['2023-Q4', '2023-10..2023-12'],
    ['Q1 2024', '2024-01..2024-03'],
    ['2021/22-2023/24', '2021-04..2024-03'],
    ['2021/22 to 2023/24', '2021-04..2024-03'],
    ['Apr 2023 – Sep 2023', '2023-04..2023-09'],
    ['2021-2023', '2021-01..2023-12'],
  ])('%s is %s', (text, expected) => {
    const r = parsePeriod(text);
    expect(r.ok ? `${formatMonth(r.period.start)}..${formatMonth(r.period.end)}` : r.message).toBe(
      expected,
    );
  });

  it.each([['2023/25'], ['23/24'], ['Apr'], ['2023 Q5'], ['13/2023/1'], ['last year']])(
    '%s is not a period',
    (text) => {
      const r = parsePeriod(text);
      expect(r.ok ? 'parsed' : r.message).toMatch(/is not a period; expected a month/);
    },
  );

  it('says when a span ends before it starts', () => {
    const r = parsePeriod('2023/24 to 2021/22');
    expect(r.ok ? 'parsed' : r.message).toBe("period '2023/24 to 2021/22' ends before it starts");
  });
});

describe('names', () => {
  it.each([
    ['Lancashire Constabulary', 'lancashire'],
    ['Lancs Police', 'lancashire'],
    ['lancashire', 'lancashire'],
    ['Kent Police Force', 'kent'],
    ['Dyfed Powys', 'dyfed-powys'],
    ['Metropolitan Police Service', 'metropolitan'],
    ['The Met', 'metropolitan'],
    ['Avon & Somerset', 'avon-and-somerset'],
    ['Lancashre', "error: 'Lancashre' is not a force; did you mean 'lancashire'?"],
    [
      'Atlantis Police',
      "error: 'Atlantis Police' is not a force; expected a force's name or id, such as 'Kent Police' or 'kent'",
    ],
  ])('force %s → %s', (text, expected) => {
    expect(value(parseForce(text))).toBe(expected);
  });

  it.each([
    ['TikTok', 'tiktok'],
    ['Tik Tok', 'tiktok'],
    ['Twitter', 'x'],
    ['X (Twitter)', 'x'],
    ['WhatsApp', 'whatsapp'],
  ])('platform %s → %s', (text, expected) => {
    expect(value(parsePlatform(text))).toBe(expected);
  });

  it.each([
    ['', '*'],
    ['All offences', '*'],
    ['8r', '8R'],
    ['8R - Malicious Communications', '8R'],
    ['Malicious communications (8R)', '8R'],
    ['Malicious Communications', '8R'],
    ['Stalking', '8Q'],
    ['Stalking and harassment', 'stalking-and-harassment'],
    ['Rape offences', 'rape'],
    ['Violence against the person', 'violence-against-the-person'],
    ['86/2', '86'],
    ['Taking, making or distributing indecent photographs or pseudo-photographs of children', '86'],
    ['71/17', '71/17'],
    ['Theft from the person', 'theft-from-the-person'],
    ['Other offences', 'unclassified'],
  ])('offence %s → %s', (text, expected) => {
    expect(value(parseOffence(text))).toBe(expected);
  });

  it.each([
    ['18', '18'],
    ['Outcome 18', '18'],
    ['OC15', '15'],
    ['Outcome type 16: evidential difficulties', '16'],
    ['15B', '15'],
    ['1A', '1A'],
    ['0', 'NYA'],
    ['Investigation complete – no suspect identified', '18'],
    ['Charged/Summonsed', 'charged-summonsed'],
    ['Charged or summonsed', 'charged-summonsed'],
    ['Taken into consideration', '4'],
    ['Under investigation', 'NYA'],
    ['Outcome 19', "error: 'Outcome 19' is not an outcome"],
  ])('outcome %s → %s', (text, expected) => {
    expect(value(parseOutcome(text))).toContain(expected);
  });

  it('no word means two things', () => {
    for (const v of [forces, platforms, offences, outcomes]) expect([...v.ambiguous]).toEqual([]);
  });
});

describe('counts and statuses', () => {
  it.each([
    ['12', { kind: 'count', value: 12 }],
    ['1,203', { kind: 'count', value: 1203 }],
    ['1 203', { kind: 'count', value: 1203 }],
    ['12.0', { kind: 'count', value: 12 }],
    ['0', { kind: 'count', value: 0 }],
    ['nil', { kind: 'count', value: 0 }],
    ['Nil', { kind: 'count', value: 0 }],
    ['*', { kind: 'suppressed' }],
    ['<5', { kind: 'suppressed' }],
    ['< 10', { kind: 'suppressed' }],
    ['c', { kind: 'suppressed' }],
    ['[c]', { kind: 'suppressed' }],
    ['..', { kind: 'suppressed' }],
    ['[x]', { kind: 'suppressed' }],
    ['', { kind: 'blank' }],
    ['Refused – section 12 (cost limit)', { kind: 'status', status: 'refused' }],
    ['Exempt s40', { kind: 'status', status: 'refused' }],
    ['No response', { kind: 'status', status: 'no_response' }],
    ['-3', "error: count '-3' is not a whole number of crimes"],
    ['2.5', "error: count '2.5' is not a whole number of crimes"],
    ['lots', "error: count 'lots' is not a number"],
  ])('count %s', (text, expected) => {
    const v = value(parseCount(text));
    if (typeof expected === 'string') expect(v).toEqual(expect.stringContaining(expected));
    else expect(v).toEqual(expected);
  });

  it.each([
    ['provided', 'provided'],
    ['Nil return', 'nil'],
    ['Refused', 'refused'],
    ['Neither confirm nor deny', 'refused'],
    ['No reply received', 'no_response'],
    ['Not asked', 'not_asked'],
    ['', null],
  ])('status %s → %s', (text, expected) => {
    expect(value(parseStatus(text))).toBe(expected);
  });

  it.each([
    ['yes', true],
    ['No', false],
    ['partial', false],
    ['', null],
    ['maybe', "error: complete 'maybe' is not yes or no"],
  ])('complete %s → %s', (text, expected) => {
    expect(value(parseComplete(text))).toBe(expected);
  });
});
