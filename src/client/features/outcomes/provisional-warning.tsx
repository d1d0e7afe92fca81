import { outcomeHeadlines } from '@shared/outcome-figures.ts';
import { Notice } from '../../components/ui/notice.tsx';
import { formatPercent } from '../../lib/format.ts';
import { PROVISIONAL, useOutcomeCounts } from './outcome-data.ts';

/**
 * A warning, where it matters, that recent periods' outcomes are incomplete: many of their crimes are
 * still under investigation, so every rate and share for them will change.
 */
export function ProvisionalWarning() {
  const { data } = useOutcomeCounts();
  if (!data) return null;
  const provisional = outcomeHeadlines(data).flatMap((h, i) =>
    h.available && h.provisional
      ? [{ period: data.periods[i]?.label ?? '', share: h.notYetAssignedShare }]
      : [],
  );
  if (provisional.length === 0) return null;
  return (
    <Notice
      kind="warning"
      live={false}
      title={`Outcomes are still being assigned for ${provisional.length === 1 ? 'one recent period' : `${provisional.length} recent periods`}: their rates will change`}
    >
      <p className="max-w-3xl">
        Many crimes recorded recently are still under investigation, so have no outcome yet. Rates
        and shares for these periods are provisional, marked {PROVISIONAL} in the tables:
      </p>
      <ul className="mt-1">
        {provisional.map((p) => (
          <li key={p.period}>
            {p.period} {PROVISIONAL}: {formatPercent(p.share, 0)} of crimes not yet assigned an
            outcome
          </li>
        ))}
      </ul>
    </Notice>
  );
}
