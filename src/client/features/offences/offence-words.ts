import type { MetaResponse } from '@shared/contract.ts';
import type { Filters } from '@shared/filters.ts';
import type { OffenceBy } from '@shared/offence-figures.ts';
import { seriesCounted } from '@shared/counted.ts';
import { measureWords } from '@shared/measure-words.ts';
import {
  capitalise,
  forceWords,
  outcomeWords,
  subjectWords,
  unitWords,
  type Covered,
} from '../../lib/words.ts';
import type { Whole } from '@shared/crimes.ts';

/** Generated titles for the offences view: each says what, where, split how and when. */

export const LEVELS: Record<OffenceBy, { label: string; by: string; plural: string }> = {
  offenceGroup: { label: 'Offence group', by: 'offence group', plural: 'offence groups' },
  offenceSubgroup: {
    label: 'Offence subgroup',
    by: 'offence subgroup',
    plural: 'offence subgroups',
  },
  offence: { label: 'Offence', by: 'offence', plural: 'offences' },
};

/** "Snapchat-linked sexual offences recorded by Kent Police, by offence, Apr 2021 to Jun 2024" */
export function offenceTitle(
  filters: Filters,
  meta: MetaResponse,
  split: string,
  when: string,
  covered: Covered,
): string {
  const outcome = outcomeWords(filters, meta);
  const subject = subjectWords(filters, meta, covered);
  return capitalise(
    `${subject} recorded by ${forceWords(filters, meta, covered)}${outcome ? ` (outcome: ${outcome})` : ''}, by ${split}, ${when}`,
  );
}

/** The statistical subtitle: the measure, and how the figure is ordered or split. */
export function measureSentence(r: Whole, rest: string): string {
  const { measure } = r.query;
  const words = measureWords(measure, seriesCounted(r));
  return `${measure === 'share' ? capitalise(unitWords(r)) : measure === 'rate' ? `${words.heading} of the forces with figures` : words.heading}, ${rest}.`;
}

/** "Cleveland Police, Dorset Police and Lancashire Constabulary" */
export function forceNames(ids: readonly string[], meta: MetaResponse): string {
  const names = ids.map((id) => meta.forces.find((f) => f.id === id)?.name ?? id);
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}
