import { PROVISIONAL_SHARE } from '@shared/outcome-figures.ts';
import { NOT_AVAILABLE, SUPPRESSED } from '../../lib/format.ts';
import { PROVISIONAL } from './outcome-data.ts';

export const NOT_APPLICABLE = '[z]';

/** A caption wraps to the screen, not to a table wider than it (which scrolls sideways). */
export const FIT_SCREEN = 'block max-w-[calc(100vw-2rem)] sm:max-w-[min(calc(100vw-4rem),86rem)]';

const MEANINGS = {
  x: [
    NOT_AVAILABLE,
    'not available: not published, or outcomes published only in part (see the notes); not zero',
  ],
  c: [SUPPRESSED, 'includes figures a force suppressed: the value is a lower bound'],
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
  if (uses.length === 0) return null;
  return (
    <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-3 text-sm text-secondary">
      {uses.map((u) => (
        <div key={u} className="contents">
          <dt className="tabular">{MEANINGS[u][0]}</dt>
          <dd>{MEANINGS[u][1]}</dd>
        </div>
      ))}
    </dl>
  );
}
