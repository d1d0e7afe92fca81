import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Hono } from 'hono';
import type { Council, CouncilsResponse } from '@shared/contract.ts';
import { FORCES } from '@shared/reference/forces.ts';
import { ROOT } from '../config.ts';
import { etagFor, notModified } from '../http/etag.ts';
import { ApiError } from '../http/errors.ts';
import { parse as parseCsv } from 'csv-parse/sync';

export const COUNCILS_FILE = join(ROOT, 'data', 'reference', 'local-authorities.csv');

const SOURCE =
  'Local authority districts of England and Wales (Census 2021 geography): names from ONS, Welsh names from ONS, other names and the 2023 mergers from mySociety; each in the force area whose population it is counted in. See data/reference/SOURCES.md.';

/**
 * The councils file as the API serves it. A district naming a force that does not exist is a broken
 * reference file: the server refuses to start rather than offer a reader a force it cannot show.
 */
export function readCouncils(text: string = readFileSync(COUNCILS_FILE, 'utf8')): Council[] {
  const forces = new Set(FORCES.map((f) => f.id));
  const blank = (v: string | undefined) => (v === undefined || v.trim() === '' ? null : v.trim());
  const records: Record<string, string>[] = parseCsv(text, {
    bom: true,
    columns: (header: string[]) => header.map((h) => h.trim()),
    skip_empty_lines: true,
  });
  return records.map((r, i) => {
    const code = blank(r.code);
    const name = blank(r.name);
    const force = blank(r.force);
    if (code === null || name === null || force === null || !forces.has(force))
      throw new Error(
        `local-authorities.csv row ${i + 2}: a council needs a code, a name and a force id from forces.json`,
      );
    const replacedCode = blank(r.replaced_by_code);
    const replacedName = blank(r.replaced_by);
    return {
      code,
      name,
      welshName: blank(r.welsh_name),
      force,
      aliases: (r.aliases ?? '')
        .split(';')
        .map((a) => a.trim())
        .filter((a) => a !== ''),
      ended: blank(r.ended),
      replacedBy:
        replacedCode !== null && replacedName !== null
          ? { code: replacedCode, name: replacedName }
          : null,
    };
  });
}

/**
 * `GET /v1/councils`: every council and its force, for finding a force by a council's name. The file
 * is read when the list is first asked for, not at start (a sixth of a start's work).
 */
export function councilsRoutes(councils: () => readonly Council[] = () => readCouncils()) {
  const app = new Hono();
  let made: { body: CouncilsResponse; etag: string } | null = null;
  const answer = () => {
    if (!made) {
      const body: CouncilsResponse = { councils: [...councils()], source: SOURCE };
      made = { body, etag: etagFor(['councils', JSON.stringify(body)]) };
    }
    return made;
  };
  app.get('/councils', (c) => {
    const [unknown] = new URL(c.req.url).searchParams.keys();
    if (unknown !== undefined)
      throw new ApiError(
        400,
        'unknown_parameter',
        `Parameter '${unknown}' does not apply here; /api/v1/councils takes no parameters.`,
        unknown,
      );
    const { body, etag } = answer();
    const cached = notModified(c, etag);
    if (cached) return cached;
    return c.json(body);
  });
  return app;
}
