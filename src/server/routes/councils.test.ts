import { describe, expect, it } from 'vitest';
import { CouncilsResponseSchema } from '@shared/contract.ts';
import { councilIndex, findCouncils } from '@shared/council-search.ts';
import { apiClient } from '@testing/api.ts';
import { testDb, testPlan } from '@testing/db.ts';
import forcesJson from '../../../data/reference/forces.json';
import { readCouncils } from './councils.ts';

const api = apiClient(testDb(testPlan([], [], 'demo')));

describe('GET /api/v1/councils', () => {
  it('lists the 331 districts of England and Wales with their forces, cacheably', async () => {
    const r = await api.get('/api/v1/councils');
    expect(r.status).toBe(200);
    const body = CouncilsResponseSchema.parse(r.body);
    expect(body.councils).toHaveLength(331);
    expect(body.councils.find((c) => c.code === 'W06000015')).toEqual({
      code: 'W06000015',
      name: 'Cardiff',
      welshName: 'Caerdydd',
      force: 'south-wales',
      aliases: [
        'Caerdydd',
        'The City of Cardiff Council',
        'Cardiff Council',
        'city of cardiff council',
      ],
      ended: null,
      replacedBy: null,
    });
    expect(body.councils.find((c) => c.name === 'Allerdale')).toMatchObject({
      ended: '2023-04-01',
      replacedBy: { code: 'E06000063', name: 'Cumberland' },
    });
    const etag = r.headers.get('ETag') ?? '';
    expect(etag).not.toBe('');
    // revalidated like every unpinned answer: a new release of the app is seen within seconds
    expect(r.headers.get('Cache-Control')).toBe('public, max-age=0, s-maxage=5');
    const again = await api.get('/api/v1/councils', { 'If-None-Match': etag });
    expect(again.status).toBe(304);
  });

  it('refuses a parameter it does not take, naming it', async () => {
    const r = await api.get<{ error: { code: string; parameter: string } }>(
      '/api/v1/councils?q=blackpool',
    );
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ code: 'unknown_parameter', parameter: 'q' });
  });

  it('puts each district in the force whose population counts it, as forces.json does', () => {
    const byCode = new Map(
      forcesJson.forces.flatMap((f) => f.populationLaCodes.map((c) => [c, f.id] as const)),
    );
    const councils = readCouncils();
    expect(councils.map((c) => [c.code, c.force])).toEqual(
      councils.map((c) => [c.code, byCode.get(c.code)]),
    );
    expect(new Set(councils.map((c) => c.code)).size).toBe(byCode.size);
  });

  it('refuses a file naming a force that does not exist', () => {
    expect(() =>
      readCouncils('code,name,welsh_name,force,aliases\nE1,Somewhere,,atlantis,\n'),
    ).toThrow('row 2');
  });
});

describe('finding a force by a council in the shipped list', () => {
  const index = councilIndex(readCouncils());
  it.each([
    ['blackpool', 'lancashire', 'Blackpool'],
    ['Caerdydd', 'south-wales', 'Cardiff'],
    ['Cumberland', 'cumbria', 'Cumberland'],
    ['Westmorland and Furness', 'cumbria', 'Westmorland and Furness'],
    ['North Yorkshire', 'north-yorkshire', 'North Yorkshire'],
    ['Somerset', 'avon-and-somerset', 'Somerset'],
    ['Kings Lynn', 'norfolk', "King's Lynn and West Norfolk"],
    ['Ynys Mon', 'north-wales', 'Isle of Anglesey'],
    ['Rhondda Cynon Taff', 'south-wales', 'Rhondda Cynon Taf'],
    ['St Helens', 'merseyside', 'St. Helens'],
    ['Hull', 'humberside', 'Kingston upon Hull'],
    ['City of London', 'city-of-london', 'City of London'],
  ])('%s → %s (%s)', (typed, force, council) => {
    expect(findCouncils(index, typed)[0]).toMatchObject({ force, council });
  });

  it('has no council called just "City of" (a fragment of an alias, dropped from the source)', () => {
    expect(findCouncils(index, 'city of').filter((m) => m.score === 0)).toEqual([]);
    expect(findCouncils(index, 'city of').length).toBeGreaterThan(5);
  });
});
