import type { Period } from '@shared/contract.ts';
import { SMALL_BASE } from '@shared/key-facts-words.ts';
import { ShorthandKey, SUPPRESSED_MEANING } from '../../components/charts/shorthand-key.tsx';
import { NOT_AVAILABLE } from '../../lib/format.ts';
import { NOT_APPLICABLE } from './forces-chart.tsx';
import type { ForceRow } from './forces-rows.ts';

/** What the shorthand in the table means, and how its derived figures are worked out. */
export function ForcesTableKey({
  rows,
  prior,
}: {
  rows: readonly ForceRow[];
  prior: Period | undefined;
}) {
  const usesC = rows.some((r) => r.count.suppressed || r.rate.suppressed);
  const usesZ = rows.some((r) => r.rate.notApplicable);
  return (
    <div className="mt-3 space-y-2 text-sm text-secondary">
      <ShorthandKey
        className=""
        entries={[
          [NOT_AVAILABLE, 'not available, for the reason given: never zero, and never ranked'],
          usesC && SUPPRESSED_MEANING,
          usesZ && [
            NOT_APPLICABLE,
            'not applicable: British Transport Police has no resident population',
          ],
        ]}
      />
      <p>
        Change{prior ? ` on ${prior.label}` : ''}: each force&apos;s own figures for both periods,
        never a part period against a full one; for the forces together, only those with figures for
        both. Charged or summonsed: outcomes 1 and 1A as a share of the crimes with an outcome
        assigned, given only where the force published its outcomes in full. From fewer than{' '}
        {SMALL_BASE} crimes a percentage moves a long way on one crime, so the counts are given
        instead. Rates use Census 2021 populations.
      </p>
    </div>
  );
}
