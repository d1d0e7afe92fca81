import { useFilters } from '../../lib/filters-context.tsx';
import { codesOf, outcomeNode } from './outcome-words.ts';

/**
 * Every Home Office outcome code in its group, with what it means, for readers who meet a code in a
 * table or a briefing.
 */
export function OutcomeCodes() {
  const { meta } = useFilters();
  const groups = meta.outcomes.filter((o) => o.level === 'group');
  return (
    <details className="border-t-4 border-border pt-4">
      <summary className="cursor-pointer text-xl font-bold text-link underline sm:text-2xl">
        What the outcome codes mean
      </summary>
      <p className="mt-3 max-w-3xl">
        Every crime the police record is given one outcome from the Home Office framework when its
        investigation ends. The codes are grouped as the Home Office groups them in its outcomes
        statistics.
      </p>
      <dl className="mt-4 max-w-4xl space-y-4">
        {groups.map((g) => (
          <div key={g.id}>
            <dt className="font-bold">{g.name}</dt>
            <dd>
              <ul className="mt-1 space-y-1">
                {codesOf(meta, g.id).map((c) => (
                  <li key={c} className="grid grid-cols-[3.5rem_1fr] gap-2">
                    <span className="tabular font-semibold">{c === 'NYA' ? 'NYA (0)' : c}</span>
                    <span>{outcomeNode(meta, c)?.description}</span>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
