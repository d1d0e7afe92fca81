import { describe, expect, it } from 'vitest';
import type { CouncilMatch } from '@shared/council-search.ts';
import { councilReason, displayName } from './council-words.ts';

const match = (more: Partial<CouncilMatch>): CouncilMatch => ({
  force: 'lancashire',
  code: 'E06000009',
  council: 'Blackpool',
  via: 'name',
  matched: 'Blackpool',
  close: false,
  ended: null,
  replacedBy: null,
  formedFrom: [],
  formed: null,
  score: 0,
  ...more,
});

describe('councilReason', () => {
  it.each([
    [match({}), 'Polices the Blackpool council area.'],
    [
      match({ council: 'Cardiff', via: 'welsh', matched: 'Caerdydd' }),
      'Polices the Cardiff council area (Caerdydd in Welsh).',
    ],
    [
      match({ council: 'Folkestone and Hythe', via: 'alias', matched: 'Shepway' }),
      'Polices the Folkestone and Hythe council area (also called Shepway).',
    ],
    [
      match({
        council: 'Cumberland',
        via: 'merged',
        formedFrom: ['Allerdale', 'Carlisle', 'Copeland'],
        formed: '2023-04-01',
      }),
      'Polices the Cumberland council area (formed in 2023 from Allerdale, Carlisle and Copeland).',
    ],
    [
      match({ council: 'Allerdale', ended: '2023-04-01', replacedBy: 'Cumberland' }),
      'Polices what was the Allerdale council area (part of Cumberland since 2023).',
    ],
    [
      match({ close: true }),
      'Polices the Blackpool council area (the closest name to what you typed).',
    ],
  ])('%#: %s', (m, words) => {
    expect(councilReason([m])).toBe(words);
  });

  it('names up to three councils of one force, then counts the rest', () => {
    const names = ['North Norfolk', 'South Norfolk', 'Norwich', 'Breckland'];
    expect(councilReason(names.slice(0, 2).map((council) => match({ council })))).toBe(
      'Polices the council areas of North Norfolk and South Norfolk.',
    );
    expect(councilReason(names.map((council) => match({ council })))).toBe(
      'Polices the council areas of North Norfolk, South Norfolk, Norwich and 1 more.',
    );
  });
});

describe('displayName', () => {
  it('gives capitals to an alias written in lower case, and leaves others alone', () => {
    expect(displayName('city of kingston upon hull')).toBe('City of Kingston upon Hull');
    expect(displayName('Shepway')).toBe('Shepway');
    expect(displayName("King's Lynn & West Norfolk")).toBe("King's Lynn & West Norfolk");
  });
});
