import { PROVISIONAL_SHARE } from '@shared/outcome-figures.ts';
import { ShorthandKey, SUPPRESSED_MEANING } from '../../components/charts/shorthand-key.tsx';
import { NOT_AVAILABLE } from '../../lib/format.ts';
import { PROVISIONAL } from './outcome-data.ts';

export const NOT_APPLICABLE = '[z]';

const MEANINGS = {
  x: [
    NOT_AVAILABLE,
    'not available: not published, or outcomes published only in part (see the notes); not zero',
  ],
  c: SUPPRESSED_MEANING,
  z: [
    NOT_APPLICABLE,
    'not applicable: a share of crimes with an outcome is not given for crimes without one, nor for all crimes together',
  ],
  p: [
    PROVISIONAL,
    `provisional: more than ${PROVISIONAL_SHARE}% of the period's crimes had no outcome yet, so its figures will change as outcomes are assigned`,
  ],
} as const;

/** The key to the shorthand a table uses, and only to that. */
export function TableKey({ uses }: { uses: readonly (keyof typeof MEANINGS)[] }) {
  return <ShorthandKey entries={uses.map((u) => MEANINGS[u])} />;
}
