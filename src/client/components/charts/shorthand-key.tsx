import { SUPPRESSED } from '../../lib/format.ts';

/** "[c]" means the same in every table */
export const SUPPRESSED_MEANING = [
  SUPPRESSED,
  'includes figures a force suppressed: the value is a lower bound (alone: suppressed, no number)',
] as const;

/**
 * The key to the shorthand a table uses ("[x]", "[c]", …), and only to that: give each entry as a
 * mark and its meaning, or `false` where the table does not use it.
 */
export function ShorthandKey({
  entries,
  className = 'mt-2 text-sm text-secondary',
}: {
  entries: readonly (readonly [mark: string, meaning: string] | false)[];
  className?: string;
}) {
  const used = entries.filter((e) => e !== false);
  if (used.length === 0) return null;
  return (
    <dl className={`grid grid-cols-[max-content_1fr] gap-x-3 ${className}`}>
      {used.map(([mark, meaning]) => (
        <div key={mark} className="contents">
          <dt className="tabular">{mark}</dt>
          <dd>{meaning}</dd>
        </div>
      ))}
    </dl>
  );
}
