import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '@server/config.ts';
import { reportedPlan } from '@server/load/reported.ts';
import { CountsResponseSchema } from '@shared/contract.ts';
import { MetaResponseSchema } from '@shared/meta-releases.ts';
import { forceSentences, noteSentence } from '@shared/note-words.ts';
import { apiClient } from '@testing/api.ts';
import { testDb } from '@testing/db.ts';
import { figureTable } from './export-table.ts';
import { noteNames } from './note-words.ts';

const api = apiClient(testDb(reportedPlan(join(ROOT, 'data', 'reported'))));

describe('a figure copied as a table', () => {
  it("calls a breakdown's sum a sum, gives the crimes recorded beside it, and carries the notes", async () => {
    const { body } = await api.get('/api/v1/counts?force=lancashire&by=outcomeGroup&from=2023-04');
    const r = CountsResponseSchema.parse(body);
    const meta = MetaResponseSchema.parse((await api.get('/api/v1/meta')).body);
    const { text, html } = figureTable(r, 'Outcomes, Lancashire', ['Source: Blackpool Gazette'], {
      sentence: (n) => noteSentence(n, noteNames(meta, r)),
      byForce: (n) => forceSentences(n, noteNames(meta, r)),
    });
    const lines = text.split('\r\n');
    expect(lines).toContain('Sum of the figures above (not a number of crimes)\t137');
    expect(lines).toContain('Crimes recorded (published totals)\t98');
    expect(lines.some((l) => l.startsWith('Total'))).toBe(false);
    const heading = lines.indexOf('Notes: Published figures that do not add up');
    expect(lines[heading + 1]).toBe(
      '- Lancashire Constabulary: the published outcome breakdown sums to 137, more than the published total of 98; both are kept as published (2023/24).',
    );
    expect(text).toContain('Also stated as the number over all 235 offences in three years.');
    expect(html).toContain('<th scope="row">Crimes recorded (published totals)</th><td>98</td>');
  });
});
