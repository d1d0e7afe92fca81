import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { excelDate } from './read-xlsx.ts';
import { openRows } from './read.ts';
import type { RawRow } from './rows.ts';
import { runImport } from './run.ts';
import { bytesOf, dump, FIXTURES, importFixtures, NOW, tempDir } from '@testing/import.ts';

/**
 * Each fixture return imports to exactly the facts it states, or is refused with exactly the expected
 * messages and leaves the database byte for byte as it was.
 */

const tmp = tempDir();
afterAll(tmp.remove);
let n = 0;
const newDb = () => join(tmp.dir, `${++n}.db`);

const kentFacts = [
  'totals kent tiktok complete 2021/22 * * 1203',
  'totals kent tiktok complete 2022/23 * * 1311',
  'totals kent tiktok complete 2023/24 * * 1420',
  'offences kent tiktok partial 2023/24 8R * 612',
  'offences kent tiktok partial 2023/24 8L * 388',
  'offences kent tiktok partial 2023/24 8Q * suppressed',
  'offences kent tiktok partial 2023/24 71/17 * suppressed',
  'outcomes kent tiktok partial 2023/24 * 18 702',
  'outcomes kent tiktok partial 2023/24 * 15 201',
  'outcomes kent tiktok partial 2023/24 * charged-summonsed suppressed',
];

describe('fixture returns that import', () => {
  it.each([
    {
      name: 'UTF-8 with BOM; 2021/22, 2022-23, FY 2023/24; names, codes, "Outcome 18", suppression',
      files: ['kent-bom.csv'],
      options: { platform: 'tiktok' },
      facts: kentFacts,
      statuses: [
        'kent tiktok 2021/22 provided: Figures loaded from kent-bom.csv.',
        'kent tiktok 2022/23 provided: Figures loaded from kent-bom.csv.',
        'kent tiktok 2023/24 provided: Figures loaded from kent-bom.csv.',
      ],
    },
    {
      name: 'Windows-1252, semicolons; Apr-23, June 2023; "Lancs Police", "Tik Tok", nil and ..',
      files: ['lancashire-1252.csv'],
      options: {},
      facts: [
        'lancashire-1252.csv lancashire tiktok complete Apr 2023 * 18 14',
        'lancashire-1252.csv lancashire tiktok complete Apr 2023 * 16 6',
        'lancashire-1252.csv lancashire tiktok complete Apr 2023 * NYA 0',
        'lancashire-1252.csv lancashire tiktok complete May 2023 * 18 11',
        'lancashire-1252.csv lancashire tiktok complete May 2023 * 16 suppressed',
        'lancashire-1252.csv lancashire tiktok complete May 2023 * NYA 3',
        'lancashire-1252.csv lancashire snapchat complete Jun 2023 * 18 9',
      ],
      statuses: [
        'lancashire snapchat Jun 2023 provided: Figures loaded from lancashire-1252.csv.',
        'lancashire tiktok Apr 2023 provided: Figures loaded from lancashire-1252.csv.',
        'lancashire tiktok May 2023 provided: Figures loaded from lancashire-1252.csv.',
      ],
    },
    {
      name: 'a refusal and a missing reply as return statuses, a nil return as zero',
      files: ['refusals.csv'],
      options: {},
      facts: ['refusals.csv norfolk tiktok complete 2023/24 * * 0'],
      statuses: [
        'essex tiktok 2023/24 refused: Refused – section 12 (cost limit)',
        'norfolk tiktok 2023/24 provided: Figures loaded from refusals.csv.',
        'suffolk tiktok 2023/24 no_response: Chased on 1 August 2024',
      ],
    },
    {
      name: 'title lines above the header; calendar years and quarters; "Met", "MPS"; [x]',
      files: ['met-calendar.csv'],
      options: {},
      facts: [
        'met-calendar.csv metropolitan snapchat complete 2022 violence-against-the-person * 2410',
        'met-calendar.csv metropolitan snapchat complete 2022 sexual-offences * 388',
        'met-calendar.csv metropolitan snapchat complete 2023 violence-against-the-person * 2655',
        'met-calendar.csv metropolitan snapchat complete 2023 sexual-offences * suppressed',
        'met-calendar.csv metropolitan instagram complete Apr to Jun 2023 * * 517',
        'met-calendar.csv metropolitan instagram complete Jul to Sep 2023 * * 498',
        'met-calendar.csv metropolitan x complete 2023 public-order-offences * 77',
      ],
      statuses: [
        'metropolitan instagram Apr to Jun 2023 provided: Figures loaded from met-calendar.csv.',
        'metropolitan instagram Jul to Sep 2023 provided: Figures loaded from met-calendar.csv.',
        'metropolitan snapchat 2022 provided: Figures loaded from met-calendar.csv.',
        'metropolitan snapchat 2023 provided: Figures loaded from met-calendar.csv.',
        'metropolitan x 2023 provided: Figures loaded from met-calendar.csv.',
      ],
    },
    {
      name: 'UTF-16 "Unicode text", tabs; 2023-04; a Welsh name',
      files: ['north-wales-utf16.txt'],
      options: {},
      facts: [
        'north-wales-utf16.txt north-wales whatsapp complete Apr 2023 stalking-and-harassment * 4',
        'north-wales-utf16.txt north-wales whatsapp complete May 2023 stalking-and-harassment * 7',
      ],
      statuses: [
        'north-wales whatsapp Apr 2023 provided: Figures loaded from north-wales-utf16.txt.',
        'north-wales whatsapp May 2023 provided: Figures loaded from north-wales-utf16.txt.',
      ],
    },
    {
      name: 'an Excel workbook, its second sheet; date cells; a blank row',
      files: ['dorset.xlsx'],
      options: { sheet: 'Returns' },
      facts: [
        'dorset.xlsx dorset snapchat complete Apr 2023 35 * 1',
        'dorset.xlsx dorset snapchat complete Apr 2023 8L * 6',
        'dorset.xlsx dorset snapchat complete May 2023 8R * 5',
        'dorset.xlsx dorset snapchat complete May 2023 86 * 3',
      ],
      statuses: [
        'dorset snapchat Apr 2023 provided: Figures loaded from dorset.xlsx.',
        'dorset snapchat May 2023 provided: Figures loaded from dorset.xlsx.',
      ],
    },
    {
      name: 'a year column beside a month column, a code column beside a description',
      files: ['avon-two-columns.csv'],
      options: {},
      facts: [
        'avon-two-columns.csv avon-and-somerset instagram complete Apr 2023 8R * 9',
        'avon-two-columns.csv avon-and-somerset instagram complete Apr 2023 8Q * 4',
        'avon-two-columns.csv avon-and-somerset instagram complete May 2023 8L * 3',
      ],
      statuses: [
        'avon-and-somerset instagram Apr 2023 provided: Figures loaded from avon-two-columns.csv.',
        'avon-and-somerset instagram May 2023 provided: Figures loaded from avon-two-columns.csv.',
      ],
    },
    {
      name: 'a wide table: financial years across the top, a checked row total, <5',
      files: ['hampshire-wide.csv'],
      options: { platform: 'tiktok' },
      facts: [
        'hampshire-wide.csv hampshire tiktok complete 2021/22 8Q * 12',
        'hampshire-wide.csv hampshire tiktok complete 2021/22 8L * 8',
        'hampshire-wide.csv hampshire tiktok complete 2021/22 8R * 30',
        'hampshire-wide.csv hampshire tiktok complete 2022/23 8Q * 15',
        'hampshire-wide.csv hampshire tiktok complete 2022/23 8L * suppressed',
        'hampshire-wide.csv hampshire tiktok complete 2022/23 8R * 41',
        'hampshire-wide.csv hampshire tiktok complete 2023/24 8Q * 19',
        'hampshire-wide.csv hampshire tiktok complete 2023/24 8L * 11',
        'hampshire-wide.csv hampshire tiktok complete 2023/24 8R * 52',
      ],
      statuses: [
        'hampshire tiktok 2021/22 provided: Figures loaded from hampshire-wide.csv.',
        'hampshire tiktok 2022/23 provided: Figures loaded from hampshire-wide.csv.',
        'hampshire tiktok 2023/24 provided: Figures loaded from hampshire-wide.csv.',
      ],
    },
  ])('$name', async ({ files, options, facts, statuses }) => {
    const db = newDb();
    expect((await importFixtures(db, files, options)).status).toBe('written');
    expect(dump(db)).toEqual({ facts, statuses });
  });

  it('reads Excel dates in both date systems', () => {
    expect(excelDate(45017, false)).toBe('2023-04-01');
    expect(excelDate(45017 - 1462, true)).toBe('2023-04-01');
  });

  it('decodes Windows-1252 punctuation', async () => {
    const rows: RawRow[] = [];
    for await (const batch of openRows(join(FIXTURES, 'lancashire-1252.csv')).batches)
      rows.push(...batch);
    expect(rows[1]?.cells[3]).toBe('Investigation complete – no suspect identified');
    expect(rows[5]?.cells[5]).toBe('The force’s figure was suppressed');
  });

  it('loads several files as one version', async () => {
    const db = newDb();
    const r = await importFixtures(db, ['refusals.csv', 'north-wales-utf16.txt']);
    expect(r.status === 'written' && r.summary.version).toBe(1);
    expect(dump(db).facts).toHaveLength(3);
  });
});

describe('fixture returns that are refused', async () => {
  // a database that already holds a load: a refused import must leave every byte of it as it was
  const db = newDb();
  await importFixtures(db, ['kent-bom.csv'], { platform: 'tiktok' });
  const before = bytesOf(db);

  it.each([
    {
      name: 'a bad row in the middle: every problem on it, and nothing of the good rows',
      files: ['bad-row-middle.csv'],
      options: { platform: 'tiktok' },
      problems: [
        "bad-row-middle.csv:4: 'Lancashre' is not a force; did you mean 'lancashire'?",
        "bad-row-middle.csv:4: 'Harasment' is not an offence; did you mean '8L' (Harassment)? (expected a Home Office offence code or name, subgroup or group; 'unclassified' for wording that fits none)",
        'bad-row-middle.csv:4: count \'1O\' is not a number; expected a whole number, a suppression mark (*, <5, c, .., [x]), nil, or words such as "refused" or "no response"',
      ],
    },
    {
      name: 'misspellings in the header and the cells',
      files: ['misspellings.csv'],
      options: {},
      problems: [
        "misspellings.csv:1: column 'Outcme' is not one the import knows; did you mean 'outcome'? (rename it, or delete the column)",
        "misspellings.csv:2: 'Tiktock' is not a platform; did you mean 'tiktok'?",
        "misspellings.csv:3: '2023/25' is not a period; expected a month (2023-04, Apr-23, April 2023), a calendar year (2023), a financial year (2023/24, 2023-24, FY 2023/24), a quarter (2023 Q2) or a span of them (2021/22 to 2023/24)",
        "misspellings.csv:4: 'Stalkng' is not an offence; did you mean '8Q' (Stalking)? (expected a Home Office offence code or name, subgroup or group; 'unclassified' for wording that fits none)",
      ],
    },
    {
      name: 'the first sheet of a workbook that is not the figures',
      files: ['dorset.xlsx'],
      options: {},
      problems: [
        'dorset.xlsx:1: there is no force column (named force, police force or force name)',
        'dorset.xlsx:1: there is no period column (named period, year, month or financial year)',
        'dorset.xlsx:1: there is no count column (named count, number of offences or total)',
        'dorset.xlsx:1: there is no platform column, or --platform for a file about one platform',
        "dorset.xlsx: this is sheet 'Notes'; the workbook also has 'Returns': choose one with --sheet",
      ],
    },
    {
      name: 'a sheet that does not exist',
      files: ['dorset.xlsx'],
      options: { sheet: 'Retruns' },
      problems: [
        "dorset.xlsx: has no sheet 'Retruns'; did you mean 'Returns'? (its sheets: 'Notes', 'Returns')",
      ],
    },
    {
      name: 'a good file beside a bad one: the load is one, so neither is written',
      files: ['north-wales-utf16.txt', 'bad-row-middle.csv'],
      options: { platform: 'tiktok' },
      problems: [
        "bad-row-middle.csv:4: 'Lancashre' is not a force; did you mean 'lancashire'?",
        "bad-row-middle.csv:4: 'Harasment' is not an offence; did you mean '8L' (Harassment)? (expected a Home Office offence code or name, subgroup or group; 'unclassified' for wording that fits none)",
        'bad-row-middle.csv:4: count \'1O\' is not a number; expected a whole number, a suppression mark (*, <5, c, .., [x]), nil, or words such as "refused" or "no response"',
      ],
    },
    {
      name: 'the same return again, as a correction, without --replace',
      files: ['kent-bom.csv'],
      options: { platform: 'tiktok', source: { kind: 'foi' as const, title: 'Corrected' } },
      problems: [
        "kent-bom.csv:2: rows 2–4 (Kent Police, TikTok, 2021/22, 2022/23, 2023/24, totals) repeat table 'totals', loaded in version 1 on 2026-01-15 (Import of kent-bom.csv); give --replace to supersede it",
        "kent-bom.csv:5: rows 5–8 (Kent Police, TikTok, 2023/24, by offence) repeat table 'offences', loaded in version 1 on 2026-01-15 (Import of kent-bom.csv); give --replace to supersede it",
        "kent-bom.csv:9: rows 9–11 (Kent Police, TikTok, 2023/24, by outcome) repeat table 'outcomes', loaded in version 1 on 2026-01-15 (Import of kent-bom.csv); give --replace to supersede it",
      ],
    },
  ])('$name', async ({ files, options, problems }) => {
    const r = await importFixtures(db, files, options);
    expect(r.status === 'refused' && r.problems).toEqual(problems);
    expect(bytesOf(db).equals(before)).toBe(true);
    const dry = await importFixtures(db, files, { ...options, dryRun: true });
    expect(dry.status).toBe('refused');
    expect(bytesOf(db).equals(before)).toBe(true);
  });

  it('says that a load already committed is there, when it is run again as it was', async () => {
    const r = await importFixtures(db, ['kent-bom.csv'], { platform: 'tiktok' });
    expect(r).toEqual({ status: 'already', version: 1, created: NOW.toISOString(), current: 1 });
    expect(bytesOf(db).equals(before)).toBe(true);
  });

  /** a file written by the test, about TikTok, into the shared database */
  const importWritten = (path: string, label: string) =>
    runImport({
      files: [{ path, label }],
      dbPath: db,
      dataset: 'reported',
      source: { kind: 'foi' },
      platform: 'tiktok',
      now: NOW,
    });

  it('says when a workbook is not one', async () => {
    const fake = join(tmp.dir, 'not-a-workbook.xlsx');
    copyFileSync(join(FIXTURES, 'kent-bom.csv'), fake);
    const r = await runImport({
      files: [{ path: fake, label: 'not-a-workbook.xlsx' }],
      dbPath: db,
      dataset: 'reported',
      source: { kind: 'foi' },
      now: NOW,
    });
    expect(r.status === 'refused' && r.problems).toEqual([
      'not-a-workbook.xlsx: is not an Excel workbook (.xlsx) that can be read; save it from Excel as .xlsx or as CSV',
    ]);
    expect(bytesOf(db).equals(before)).toBe(true);
  });

  it('names the column of a bad cell in a wide table, and a row total that does not add up', async () => {
    const wide = join(tmp.dir, 'wide-bad.csv');
    writeFileSync(
      wide,
      [
        'Force,Offence,Apr-23,May-23,Jun-23,Total',
        'Kent Police,Stalking,4,6,5,15',
        'Kent Police,Harassment,3,,2,5',
        'Kent Police,Stalkng,1,1,1,3',
        'Kent Police,Blackmail,1,2,3,7',
        'Kent Police,Threats to kill,1,2,3,6',
        '',
      ].join('\n'),
    );
    const r = await importWritten(wide, 'wide-bad.csv');
    expect(r.status === 'refused' && r.problems).toEqual([
      'wide-bad.csv:3: column \'May-23\': the count is blank; expected a whole number, a suppression mark (*, <5, c, .., [x]), nil, or words such as "refused"',
      "wide-bad.csv:4: 'Stalkng' is not an offence; did you mean '8Q' (Stalking)? (expected a Home Office offence code or name, subgroup or group; 'unclassified' for wording that fits none)",
      "wide-bad.csv:5: the total '7' is not the sum of the period columns (6); correct the figures, or delete the total column",
    ]);
    expect(bytesOf(db).equals(before)).toBe(true);
  });

  it('says when a file has a header and nothing under it', async () => {
    const empty = join(tmp.dir, 'header-only.csv');
    writeFileSync(empty, 'Force,Period,Count\n\n');
    const r = await importWritten(empty, 'header-only.csv');
    expect(r.status === 'refused' && r.problems).toEqual([
      'header-only.csv: has a header but no rows of figures under it',
    ]);
  });

  it('creates no database when the load is refused', async () => {
    const path = newDb();
    expect(
      (await importFixtures(path, ['bad-row-middle.csv'], { platform: 'tiktok' })).status,
    ).toBe('refused');
    expect(existsSync(path)).toBe(false);
  });

  it('writes nothing on a dry run that would succeed', async () => {
    const r = await importFixtures(db, ['refusals.csv'], { dryRun: true });
    expect(r.status === 'dry-run' && r.summary.version).toBe(2);
    expect(bytesOf(db).equals(before)).toBe(true);
  });
});
