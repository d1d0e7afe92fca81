import { describe, expect, it } from 'vitest';
import type { CountsResponse } from '@shared/contract.ts';
import { apiClient } from '@testing/api.ts';
import { fact, status, table, testDb, testPlan } from '@testing/db.ts';
import type { Db } from '../db/open.ts';

/** The answering rules, each over a few synthetic facts, asked through the API as a user would. */

async function counts(db: Db, query: string): Promise<CountsResponse> {
  const { status: code, body } = await apiClient(db).get<CountsResponse>(`/api/v1/counts?${query}`);
  expect(code).toBe(200);
  return body;
}

function series(r: CountsResponse): Record<string, (number | null)[]> {
  return Object.fromEntries(r.series.map((s) => [s.key, s.values]));
}

/** a note's code, forces, periods and fields: what the rules decide (note-words.test.ts keeps the words) */
const notesOf = (r: CountsResponse, kind: string) =>
  r.notes.filter((n) => n.kind === kind).map(({ message: _words, kind: _kind, ...note }) => note);

const years = ['2021/22', '2022/23', '2023/24'] as const;
const totals = (force: string, values: number[]) =>
  table(
    force,
    'totals',
    values.map((v, i) => fact(years[i] ?? '', '*', '*', v)),
  );

describe('choosing the table that answers', () => {
  const db = testDb(
    testPlan([
      totals('lancashire', [71, 66, 98]),
      table('lancashire', 'total-3y', [fact('2021/22-2023/24', '*', '*', 235)]),
      table(
        'lancashire',
        'offences',
        [
          fact('2023/24', '8R', '*', 82),
          fact('2023/24', '8L', '*', 37),
          fact('2023/24', '86', '*', 37),
          fact('2023/24', '8Q', '*', 21),
          fact('2023/24', 'unclassified', '*', 8),
        ],
        { complete: false },
      ),
      totals('cleveland', [72, 98, 107]),
      table(
        'cleveland',
        'offences',
        [
          fact('2023/24', '8L', '*', 32),
          fact('2023/24', '8R', '*', 12),
          fact('2023/24', '8Q', '*', 11),
        ],
        { complete: false },
      ),
      totals('dorset', [14, 16, 16]),
      table('dorset', 'offences', [
        fact('2023/24', '35', '*', 1),
        fact('2023/24', '8L', '*', 6),
        fact('2023/24', '8R', '*', 5),
        fact('2023/24', '86', '*', 3),
        fact('2023/24', '8Q', '*', 1),
      ]),
    ]),
  );

  it('answers a total from the coarsest table, never adding tables of the same crimes together', async () => {
    const r = await counts(db, 'force=lancashire,cleveland,dorset&platform=tiktok');
    expect(series(r).all).toEqual([71 + 72 + 14, 66 + 98 + 16, 98 + 107 + 16]);
  });

  it('prefers the table finer in time between equally coarse ones', async () => {
    const r = await counts(db, 'force=lancashire&platform=tiktok&interval=total');
    expect(r.totals.values).toEqual([235]);
    const part = await counts(db, 'force=lancashire&platform=tiktok&interval=total&from=2022-04');
    expect(part.totals.values).toEqual([66 + 98]);
  });

  it('breaks down by offence from a complete breakdown, with true zeros for offences it does not list', async () => {
    const r = await counts(db, 'force=dorset&platform=tiktok&by=offence&from=2023-04&to=2024-03');
    expect(series(r)).toMatchObject({ '8R': [5], '8L': [6], '8Q': [1], '86': [3], '35': [1] });
    expect(r.totals.complete).toEqual([true]);
    const one = await counts(db, 'force=dorset&platform=tiktok&offence=8M&from=2023-04&to=2024-03');
    expect(one.totals.values).toEqual([0]);
  });

  it('sets a partial breakdown against a complete total and shows the rest as Not broken down', async () => {
    const r = await counts(
      db,
      'force=cleveland&platform=tiktok&by=offence&from=2023-04&to=2024-03',
    );
    expect(series(r)).toEqual({ '8R': [12], '8L': [32], '8Q': [11], 'not-broken-down': [52] });
    expect(r.totals.values).toEqual([107]);
    expect(r.totals.complete).toEqual([false]);
    expect(notesOf(r, 'partial-breakdown')).toEqual([
      {
        code: 'partial-breakdown',
        forces: ['cleveland'],
        periods: ['2023/24'],
        table: 'offence',
        part: 55,
        whole: 107,
      },
    ]);
  });

  it('reports a breakdown that sums to more than its total instead of inventing a remainder', async () => {
    const r = await counts(
      db,
      'force=lancashire&platform=tiktok&by=offenceGroup&from=2023-04&to=2024-03',
    );
    expect(series(r)).toEqual({
      'violence-against-the-person': [82 + 37 + 21],
      'miscellaneous-crimes-against-society': [37],
      unclassified: [8],
    });
    expect(r.totals.complete).toEqual([false]);
    expect(notesOf(r, 'disagreement')).toEqual([
      {
        code: 'disagreement',
        forces: ['lancashire'],
        periods: ['2023/24'],
        table: 'offence',
        sum: 185,
        against: 'total',
        total: 98,
      },
    ]);
    const total = await counts(db, 'force=lancashire&platform=tiktok&from=2023-04&to=2024-03');
    expect(total.totals.values).toEqual([98]);
    expect(notesOf(total, 'disagreement')).toHaveLength(1);
  });

  it('answers from a partial table only for rows it lists; an unlisted offence is unknown, not zero', async () => {
    const listed = await counts(
      db,
      'force=lancashire&platform=tiktok&offence=8R,8Q&from=2023-04&to=2024-03',
    );
    expect(listed.totals.values).toEqual([103]);
    const unlisted = await counts(
      db,
      'force=lancashire&platform=tiktok&offence=8M&from=2023-04&to=2024-03',
    );
    expect(unlisted.totals.values).toEqual([null]);
    expect(unlisted.totals.missing).toEqual([['lancashire']]);
    expect(notesOf(unlisted, 'missing')).toEqual([
      {
        code: 'breakdown-without-total',
        forces: ['lancashire'],
        periods: ['2023/24'],
        table: 'offence',
        totalsFor: [],
        shownAlone: false,
        listedOnly: true,
      },
    ]);
  });

  it('names forces with no answer for a period, and why, with null rather than 0', async () => {
    const r = await counts(db, 'force=lancashire,dorset&platform=tiktok&by=offence');
    expect(series(r)['8R']).toEqual([null, null, 82 + 5]);
    expect(r.series[0]?.missing).toEqual([['dorset', 'lancashire'], ['dorset', 'lancashire'], []]);
    // forces missing for the same reason over the same periods are one note
    expect(notesOf(r, 'missing')).toContainEqual({
      code: 'published-for-other-periods',
      forces: ['dorset', 'lancashire'],
      periods: ['2021/22', '2022/23'],
      table: 'offence',
      publishedFor: ['2023/24'],
    });
  });

  it('leaves annual figures out of quarters, with a note, rather than splitting them', async () => {
    const r = await counts(
      db,
      'force=dorset&platform=tiktok&interval=quarter&from=2023-04&to=2024-03',
    );
    expect(r.periods.map((p) => p.id)).toEqual(['2023-Q2', '2023-Q3', '2023-Q4', '2024-Q1']);
    expect(r.totals.values).toEqual([null, null, null, null]);
    expect(notesOf(r, 'unplaced')).toEqual([
      {
        code: 'cannot-split',
        forces: ['dorset'],
        periods: ['2023-Q2', '2023-Q3', '2023-Q4', '2024-Q1'],
        publishedFor: ['2023/24'],
        interval: 'quarter',
      },
    ]);
  });

  it('marks a period that the range covers only in part', async () => {
    const r = await counts(db, 'force=dorset&platform=tiktok&from=2021-06');
    expect(r.periods[0]).toMatchObject({
      id: '2021/22',
      start: '2021-06',
      end: '2022-03',
      partial: true,
    });
    expect(r.periods[1]?.partial).toBe(false);
    expect(r.totals.values[0]).toBeNull();
  });
});

describe('levels, straddling figures and coarse rows', () => {
  const db = testDb(
    testPlan([
      table('cambridgeshire', 'total-3y', [fact('2021/22-2023/24', '*', '*', 513)]),
      table(
        'cambridgeshire',
        'offences',
        [fact('2023/24', 'stalking-and-harassment', '*', 108), fact('2023/24', 'rape', '*', 5)],
        { complete: false },
      ),
      table('kent', 'monthly', [
        fact('2023-04', '8R', '18', 4),
        fact('2023-04', '8R', '*', 2),
        fact('2023-05', '8L', '15', 3),
      ]),
    ]),
  );

  it('does not answer a finer question from a figure that straddles it', async () => {
    const r = await counts(
      db,
      'force=cambridgeshire&platform=tiktok&offence=8R&from=2023-04&to=2024-03',
    );
    expect(r.totals.values).toEqual([null]);
    expect(notesOf(r, 'missing')).toEqual([
      {
        code: 'not-at-detail',
        forces: ['cambridgeshire'],
        periods: ['2023/24'],
        dimensions: ['offence'],
      },
    ]);
  });

  it('answers a question about a subgroup that a partial table lists whole', async () => {
    const r = await counts(
      db,
      'force=cambridgeshire&platform=tiktok&offence=stalking-and-harassment&from=2023-04&to=2024-03',
    );
    expect(r.totals.values).toEqual([108]);
  });

  it('does not split by a level finer than any figure a table holds', async () => {
    const r = await counts(
      db,
      'force=cambridgeshire&platform=tiktok&offence=stalking-and-harassment&by=offence&from=2023-04&to=2024-03',
    );
    expect(series(r)).toEqual({});
    expect(r.totals.values).toEqual([null]);
    expect(notesOf(r, 'missing')).toEqual([
      { code: 'not-broken-down', forces: ['cambridgeshire'], periods: ['2023/24'], by: 'offence' },
    ]);
  });

  it('puts rows coarser than the split into Not broken down, leaving the finer series unknown', async () => {
    const kent = await counts(
      db,
      'force=kent&platform=tiktok&by=outcome&interval=month&from=2023-04&to=2023-05',
    );
    expect(series(kent)).toEqual({ '15': [null, 3], '18': [4, 0], 'not-broken-down': [2, 0] });
    expect(kent.totals.values).toEqual([6, 3]);
  });
});

describe('return statuses, suppression and zeros', () => {
  const db = testDb(
    testPlan(
      [
        table('kent', 'monthly', [
          fact('2023-04', '8R', '18', 4),
          fact('2023-04', '8L', '18', null),
          fact('2023-05', '8R', '18', 2),
        ]),
        table('essex', 'monthly', [fact('2023-04', '8R', '18', 1), fact('2023-05', '8R', '18', 1)]),
      ],
      [
        status('kent', '2023/24', 'provided'),
        status('essex', '2023/24', 'provided'),
        status('surrey', '2023/24', 'refused'),
        status('sussex', '2023/24', 'no_response'),
        status('norfolk', '2023/24', 'nil'),
      ],
    ),
  );
  const q =
    'force=kent,essex,surrey,sussex,norfolk&platform=tiktok&interval=month&from=2023-04&to=2023-05';

  it('keeps suppressed cells as neither zero nor a number, and flags the values they are in', async () => {
    const r = await counts(db, `${q}&by=force`);
    const kent = r.series.find((s) => s.key === 'kent');
    expect(kent?.values).toEqual([4, 2]);
    expect(kent?.suppressed).toEqual([true, false]);
    expect(r.totals.suppressed).toEqual([true, false]);
    expect(notesOf(r, 'suppressed')[0]).toEqual({
      code: 'suppressed',
      forces: ['kent'],
      periods: ['2023-04'],
    });
  });

  it('gives a value made only of suppressed cells as no number, flagged, never as 0', async () => {
    const r = await counts(
      db,
      'force=kent&platform=tiktok&interval=month&from=2023-04&to=2023-05&by=offence',
    );
    const harassment = r.series.find((s) => s.key === '8L');
    // May: Kent's complete table lists no harassment, a true 0
    expect(harassment?.values).toEqual([null, 0]);
    expect(harassment?.suppressed).toEqual([true, false]);
    expect(harassment?.missing).toEqual([[], []]);
    const { body } = await apiClient(db).get<string>(
      '/api/v1/counts.csv?force=kent&platform=tiktok&interval=month&from=2023-04&to=2023-05&by=offence',
    );
    expect(body).toContain(
      '2023-04,2023-04,2023-04,no,8L,Harassment,,[c],suppressed by the force: there is no number to give,\r\n',
    );
  });

  it('answers a confirmed nil as zero at any level, and a refusal as missing with its reason', async () => {
    const r = await counts(db, `${q}&by=force`);
    expect(series(r).norfolk).toEqual([0, 0]);
    expect(series(r).surrey).toEqual([null, null]);
    expect(series(r).sussex).toEqual([null, null]);
    expect(notesOf(r, 'missing')).toEqual([
      { code: 'no-figure', forces: ['surrey'], periods: ['2023-04', '2023-05'], status: 'refused' },
      {
        code: 'no-figure',
        forces: ['sussex'],
        periods: ['2023-04', '2023-05'],
        status: 'no_response',
      },
    ]);
    const byOffence = await counts(
      db,
      `force=norfolk&platform=tiktok&by=offence&offence=8R&from=2023-04&to=2023-05&interval=month`,
    );
    expect(byOffence.totals.values).toEqual([0, 0]);
  });
});

describe('rates and shares', () => {
  const db = testDb(
    testPlan([
      table('lancashire', 'fy', [fact('2023/24', '8R', '*', 153), fact('2023/24', '8L', '*', 0)]),
      table('cumbria', 'fy', [fact('2023/24', '8R', '*', 50), fact('2023/24', '8L', '*', 50)]),
      table('btp', 'fy', [fact('2023/24', '8R', '*', 7)]),
    ]),
  );
  const q = 'platform=tiktok&from=2023-04&to=2024-03&force=lancashire,cumbria,btp';

  it('divides by the population of the forces that contribute, leaving out a force with none', async () => {
    const r = await counts(db, `${q}&by=force&measure=rate`);
    // Lancashire 153 / 1,531,200 = 9.992; Cumbria 100 / 499,800 = 20.008 per 100,000 residents;
    // both 253 / 2,031,000 = 12.457. To one decimal place, as the page shows them: rounded once
    expect(series(r)).toEqual({ lancashire: [10.0], cumbria: [20.0], btp: [null] });
    expect(r.totals.values).toEqual([12.5]);
    expect(notesOf(r, 'rate')).toEqual([
      { code: 'rate-without-population', forces: ['btp'], periods: [] },
    ]);
    expect(r.unit).toBe('crimes per 100,000 residents');
  });

  it('rounds a rate once: 12.647 is 12.6, not 12.65 then 12.7', async () => {
    // 72 crimes among 569,300 residents (Cleveland's 2021/22 published figure)
    const cleveland = testDb(testPlan([table('cleveland', 'fy', [fact('2021/22', '*', '*', 72)])]));
    const r = await counts(
      cleveland,
      'platform=tiktok&from=2021-04&to=2022-03&force=cleveland&measure=rate',
    );
    expect(r.totals.values).toEqual([12.6]);
  });

  it('gives each series its share of the period total', async () => {
    const r = await counts(db, `${q}&by=offence&measure=share`);
    // 210 / 260 = 80.77%, 50 / 260 = 19.23%
    expect(series(r)).toEqual({ '8R': [80.8], '8L': [19.2] });
    expect(r.totals.values).toEqual([100]);
  });
});

describe('crimes, selections, coverage and the published words', () => {
  const db = testDb(
    testPlan([
      totals('lancashire', [71, 66, 98]),
      table(
        'lancashire',
        'offences',
        [
          {
            ...fact('2023/24', '8R', '*', 82),
            asPublished: 'sending letters',
            note: 'As the last year',
          },
          fact('2023/24', '8L', '*', 37),
          fact('2023/24', '86', '*', 37),
          fact('2023/24', '8Q', '*', 21),
          fact('2023/24', 'unclassified', '*', 8),
        ],
        { complete: false },
      ),
      totals('cleveland', [72, 98, 107]),
      table(
        'cleveland',
        'offences',
        [fact('2023/24', '8L', '*', 32), fact('2023/24', '8R', '*', 12)],
        { complete: false },
      ),
      // a three-year total, and a selection of outcomes for the last year with no total of its own
      table('derbyshire', 'total-3y', [fact('2021/22-2023/24', '*', '*', 188)]),
      table(
        'derbyshire',
        'outcomes',
        [
          { ...fact('2023/24', '*', 'charged-summonsed', 2), asPublished: 'charges' },
          fact('2023/24', '*', '18', 28),
        ],
        { complete: false },
      ),
    ]),
  );
  const y = 'from=2023-04&to=2024-03&platform=tiktok';

  it('keeps the crimes recorded apart from the sum of a breakdown that exceeds its total', async () => {
    const r = await counts(db, `force=lancashire&by=offence&${y}`);
    expect(r.totals.values).toEqual([185]);
    expect(r.crimes.values).toEqual([98]);
    const both = await counts(db, `force=lancashire,cleveland&by=offence&${y}`);
    // Cleveland's breakdown is made up to its total by Not broken down; Lancashire's is not
    expect(both.totals.values).toEqual([185 + 107]);
    expect(both.crimes.values).toEqual([98 + 107]);
    const whole = await counts(db, `force=lancashire,cleveland&${y}`);
    expect(whole.crimes.values).toEqual(whole.totals.values);
  });

  it("shows one force's published selection as published, never as its total", async () => {
    const r = await counts(db, `force=derbyshire&by=outcomeGroup&${y}`);
    expect(series(r)).toEqual({ 'charged-summonsed': [2], 'no-suspect-identified': [28] });
    expect(r.crimes.values).toEqual([null]);
    expect(r.crimes.missing).toEqual([['derbyshire']]);
    expect(r.totals.complete).toEqual([false]);
    expect(r.notes.filter((n) => n.kind === 'selection').map((n) => n.forces)).toEqual([
      ['derbyshire'],
    ]);
    const total = await counts(db, `force=derbyshire&${y}`);
    expect(total.totals.values).toEqual([null]);
    const share = await counts(db, `force=derbyshire&by=outcomeGroup&measure=share&${y}`);
    expect(share.series).toEqual([]);
  });

  it('counts a selection in the rows it names among other forces, never in their crimes', async () => {
    const both = await counts(db, `force=derbyshire,lancashire&by=outcomeGroup&${y}`);
    const derbyshire = series(await counts(db, `force=derbyshire&by=outcomeGroup&${y}`));
    const lancashire = await counts(db, `force=lancashire&by=outcomeGroup&${y}`);
    // each row holds both forces' published figures for it: the same figures a closer look shows
    const sum = (key: string) =>
      [derbyshire[key]?.[0], series(lancashire)[key]?.[0]].some((v) => typeof v === 'number')
        ? (derbyshire[key]?.[0] ?? 0) + (series(lancashire)[key]?.[0] ?? 0)
        : null;
    expect(Object.keys(derbyshire).length).toBeGreaterThan(0);
    for (const s of both.series) expect(s.values).toEqual([sum(s.key)]);
    // Derbyshire published no total: its crimes are unknown, not 0, and not Lancashire's alone
    expect(both.crimes.values).toEqual(lancashire.crimes.values);
    expect(both.crimes.missing[0]).toContain('derbyshire');
    expect(both.notes.filter((n) => n.kind === 'selection').map((n) => n.forces)).toEqual([
      ['derbyshire'],
    ]);
  });

  it('gives no rate or share over several forces from a selection, and says where it can be seen', async () => {
    for (const measure of ['rate', 'share']) {
      const r = await counts(
        db,
        `force=derbyshire,lancashire&by=outcomeGroup&measure=${measure}&${y}`,
      );
      expect(r.totals.missing[0]).toContain('derbyshire');
      expect(notesOf(r, 'missing')).toContainEqual(
        expect.objectContaining({ code: 'breakdown-without-total', shownAlone: true }),
      );
    }
  });

  it('says which forces and platforms the figures cover', async () => {
    const r = await counts(db, `force=lancashire,cleveland,derbyshire,dorset&${y}`);
    expect(r.forces).toHaveLength(4);
    expect(r.coverage).toEqual({ forces: ['cleveland', 'lancashire'], platforms: ['tiktok'] });
  });

  it("carries each drawn figure's published words and caveat, with its series and source", async () => {
    const r = await counts(db, `force=lancashire&by=offence&${y}`);
    expect(r.wording).toEqual([
      {
        force: 'lancashire',
        forceName: 'Lancashire Constabulary',
        platform: 'tiktok',
        period: '2023/24',
        series: '8R',
        count: 82,
        asPublished: 'sending letters',
        note: 'As the last year',
        source: 'test',
      },
    ]);
    const selection = await counts(db, `force=derbyshire&by=outcome&${y}`);
    expect(selection.wording.map((w) => [w.series, w.asPublished])).toEqual([
      ['not-broken-down', 'charges'],
    ]);
  });
});
