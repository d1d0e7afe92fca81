import { NOT_BROKEN_DOWN_COLOUR } from './colours.ts';

export const HATCH_ID = 'pattern-hatch';
export const MISSING_ID = 'pattern-missing';

/**
 * SVG patterns for what is not a plain number, so colour is never the only cue: diagonal hatching for
 * "Not broken down", a dotted grid for not available or refused.
 */
export function Patterns() {
  return (
    <defs>
      <pattern
        id={HATCH_ID}
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="6" height="6" fill="#ffffff" />
        <line x1="0" y1="0" x2="0" y2="6" stroke={NOT_BROKEN_DOWN_COLOUR} strokeWidth="3" />
      </pattern>
      <pattern id={MISSING_ID} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill="#ffffff" />
        <circle cx="3" cy="3" r="1.2" fill="#505a5f" />
      </pattern>
    </defs>
  );
}
