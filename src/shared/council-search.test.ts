import { describe, expect, it } from 'vitest';
import type { Council } from './contract.ts';
import { councilIndex, councilKey, findCouncils } from './council-search.ts';

const council = (
  code: string,
  name: string,
  force: string,
  more: Partial<Omit<Council, 'code' | 'name' | 'force'>> = {},
): Council => ({
  code,
  name,
  force,
  welshName: null,
  aliases: [],
  ended: null,
  replacedBy: null,
  ...more,
});

const merged = (into: string, code: string) => ({
  ended: '2023-04-01',
  replacedBy: { code, name: into },
});

const COUNCILS: Council[] = [
  council('E06000009', 'Blackpool', 'lancashire', { aliases: ['Blackpool UA'] }),
  council('E08000001', 'Bolton', 'greater-manchester'),
  council('E07000136', 'Boston', 'lincolnshire'),
  council('W06000015', 'Cardiff', 'south-wales', {
    welshName: 'Caerdydd',
    aliases: ['Caerdydd', 'Cardiff Council'],
  }),
  council('W06000001', 'Isle of Anglesey', 'north-wales', { welshName: 'Ynys Môn' }),
  council('E07000146', "King's Lynn and West Norfolk", 'norfolk', {
    aliases: ["King's Lynn & West Norfolk"],
  }),
  council('E07000147', 'North Norfolk', 'norfolk'),
  council('E08000013', 'St. Helens', 'merseyside', { aliases: ['St Helens'] }),
  council('E07000240', 'St Albans', 'hertfordshire'),
  council('E06000043', 'Brighton and Hove', 'sussex'),
  council('E07000112', 'Folkestone and Hythe', 'kent', { aliases: ['Shepway'] }),
  council('E07000026', 'Allerdale', 'cumbria', merged('Cumberland', 'E06000063')),
  council('E07000028', 'Carlisle', 'cumbria', merged('Cumberland', 'E06000063')),
  council('E07000029', 'Copeland', 'cumbria', merged('Cumberland', 'E06000063')),
  council('E09000027', 'Richmond upon Thames', 'metropolitan'),
  council('E07000166', 'Richmondshire', 'north-yorkshire', merged('North Yorkshire', 'E06000065')),
  // a merger across two forces' areas finds no force by the new name
  council('X1', 'Eastside', 'kent', merged('Greater Border', 'X9')),
  council('X2', 'Westside', 'essex', merged('Greater Border', 'X9')),
];
const index = councilIndex(COUNCILS);
const find = (typed: string) => findCouncils(index, typed);
const first = (typed: string) => find(typed)[0];

describe('councilKey', () => {
  it.each([
    ['Brighton & Hove', 'brighton and hove'],
    ["King's Lynn", 'kings lynn'],
    ['Kings Lynn', 'kings lynn'],
    ['St. Helens', 'st helens'],
    ['Saint Helens', 'st helens'],
    ['Ynys Môn', 'ynys mon'],
    ['  Stoke-on-Trent ', 'stoke on trent'],
  ])('%s is %s', (typed, key) => {
    expect(councilKey(typed)).toBe(key);
  });
});

describe('findCouncils', () => {
  it.each([
    ['blackpool', 'lancashire', 'Blackpool', 'name', 0],
    ['BLACKPOOL', 'lancashire', 'Blackpool', 'name', 0],
    ['Blackpool Council', 'lancashire', 'Blackpool', 'name', 0],
    ['blackpool ua', 'lancashire', 'Blackpool', 'alias', 0],
    ['Caerdydd', 'south-wales', 'Cardiff', 'welsh', 0],
    ['ynys mon', 'north-wales', 'Isle of Anglesey', 'welsh', 0],
    ['Kings Lynn', 'norfolk', "King's Lynn and West Norfolk", 'name', 1],
    ["king's lynn & west norfolk", 'norfolk', "King's Lynn and West Norfolk", 'name', 0],
    ['st helens', 'merseyside', 'St. Helens', 'name', 0],
    ['Saint Albans', 'hertfordshire', 'St Albans', 'name', 0],
    ['St. Albans', 'hertfordshire', 'St Albans', 'name', 0],
    ['brighton & hove', 'sussex', 'Brighton and Hove', 'name', 0],
    ['shepway', 'kent', 'Folkestone and Hythe', 'alias', 0],
    ['hythe', 'kent', 'Folkestone and Hythe', 'name', 2],
  ] as const)('%s finds %s by %s (%s, score %i)', (typed, force, name, via, score) => {
    expect(first(typed)).toMatchObject({ force, council: name, via, score, close: false });
  });

  it('finds a council formed in 2023 by its own name, saying what it was formed from', () => {
    expect(find('Cumberland')).toEqual([
      expect.objectContaining({
        force: 'cumbria',
        council: 'Cumberland',
        via: 'merged',
        formedFrom: ['Allerdale', 'Carlisle', 'Copeland'],
        formed: '2023-04-01',
        close: false,
      }),
    ]);
  });

  it('finds a district that no longer exists, with the council that replaced it', () => {
    expect(first('Allerdale')).toMatchObject({
      force: 'cumbria',
      ended: '2023-04-01',
      replacedBy: 'Cumberland',
    });
  });

  it('leaves out a merged council whose districts lie in two forces’ areas', () => {
    expect(find('Greater Border')).toEqual([]);
  });

  it('tolerates a small typo when nothing matches as typed', () => {
    expect(first('blackpol')).toMatchObject({ council: 'Blackpool', close: true, score: 4 });
    expect(first('Caerdudd')).toMatchObject({ council: 'Cardiff', via: 'welsh', close: true });
    expect(first('Cumberlnad')).toMatchObject({ council: 'Cumberland', close: true });
    expect(first('kigns lynn')).toMatchObject({ force: 'norfolk', close: true });
  });

  it('does not offer a near spelling beside a name that matches as typed', () => {
    expect(find('Bolton').map((m) => m.council)).toEqual(['Bolton']);
  });

  it('offers every council a name starts with, exact first', () => {
    expect(find('richmond').map((m) => [m.council, m.force])).toEqual([
      ['Richmond upon Thames', 'metropolitan'],
      ['Richmondshire', 'north-yorkshire'],
    ]);
    expect(find('norfolk').map((m) => m.council)).toEqual([
      "King's Lynn and West Norfolk",
      'North Norfolk',
    ]);
  });

  it('matches nothing for fewer than three letters, and no typo in a short word', () => {
    expect(find('bl')).toEqual([]);
    expect(find('  ')).toEqual([]);
    expect(find('bury')).toEqual([]);
  });
});
