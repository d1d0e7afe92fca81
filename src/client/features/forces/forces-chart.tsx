import type { Measure } from '@shared/filters.ts';
import { RankedBarChart, type RankedItem } from '../../components/charts/ranked-bar-chart.tsx';
import { formatCount, formatValue, NOT_AVAILABLE } from '../../lib/format.ts';
import { useUnit } from '../../components/charts/unit-context.ts';
import type { ForceItem } from './forces-data.ts';
import { isSmallPopulation } from './forces-rows.ts';
import type { Reference } from './forces-words.ts';
import { ReasonList } from './reason-list.tsx';

export const NOT_APPLICABLE = '[z]';

/** "[x] refused", "[z] no resident population" */
export function missingText(item: ForceItem): string {
  return `${item.figure.notApplicable ? NOT_APPLICABLE : NOT_AVAILABLE} ${item.figure.reason ?? 'not available'}`;
}

/** Said beside a rate that a few crimes move a long way (the City of London: 8,600 residents). */
export function smallPopulationText(population: number | null, rate: number | null): string | null {
  if (rate === null || !isSmallPopulation(population)) return null;
  return `${formatCount(population)} residents: not comparable`;
}

export function smallPopulationNote(item: ForceItem, measure: Measure): string | null {
  return measure === 'rate' ? smallPopulationText(item.population, item.figure.value) : null;
}

/** Forces without a figure, grouped by why: listed under the chart, never drawn as a zero bar. */
function NoFigure({ items, periodLabel }: { items: readonly ForceItem[]; periodLabel: string }) {
  const n = items.length;
  return (
    <div className="mt-4 border-l-4 border-border pl-3">
      <p className="font-semibold">
        No figure for {n} {n === 1 ? 'force' : 'forces'} in {periodLabel}: not ranked, and not zero
      </p>
      <ReasonList
        items={items}
        reason={missingText}
        name={(i) => i.shortName}
        className="mt-1 space-y-1 text-sm"
      />
    </div>
  );
}

/**
 * Forces ranked on the measure, with the England and Wales line; forces without a figure are listed
 * underneath with their reasons, so a long run of them does not bury the ones that can be compared.
 * A rate from a very small population is drawn, noted on its bar and explained under the chart.
 */
export function ForcesChart({
  items,
  measure,
  reference,
  label,
  periodLabel,
}: {
  items: readonly ForceItem[];
  measure: Measure;
  reference: Reference | null;
  label: string;
  periodLabel: string;
}) {
  const unit = useUnit(measure);
  const flagged = items.filter((i) => smallPopulationNote(i, measure) !== null);
  const valued = items.filter((i) => i.figure.value !== null);
  const missing = items.filter((i) => i.figure.value === null);
  const ranked: RankedItem[] = valued.map((i) => ({
    key: i.id,
    label: i.shortName,
    value: i.figure.value,
    suppressed: i.figure.suppressed,
    // short, so that it fits beside the longest bar on a phone; the reason is said below the chart
    note: flagged.includes(i) ? 'note' : undefined,
  }));
  return (
    <div>
      {ranked.length > 0 ? (
        <RankedBarChart
          items={ranked}
          measure={measure}
          label={label}
          // named on the chart too, kept clear of the bars, so the chart makes sense cut out of the page
          reference={reference && { value: reference.value, label: reference.label }}
          labelWidth={185}
          // the City of London's rate (8,600 residents) would otherwise squash every other force
          cutLongBar
        />
      ) : (
        <p className="bg-panel p-4">No force in this selection has a figure for {periodLabel}.</p>
      )}
      {flagged.map((i) => (
        <p key={i.id} className="mt-3 border-l-4 border-warning pl-3">
          <span className="font-semibold">
            Note: {i.name}, {formatValue(i.figure.value, measure)} {unit}, from{' '}
            {formatCount(i.population)} residents.
          </span>{' '}
          It polices a far larger working population than live there, so a handful of crimes moves
          its rate a long way: do not compare it with other forces&apos; rates.
        </p>
      ))}
      {reference && ranked.length > 0 && (
        <p className="mt-2 flex items-start gap-2 text-sm">
          <svg width="28" height="12" aria-hidden="true" className="mt-1 shrink-0">
            <line
              x1="0"
              y1="6"
              x2="28"
              y2="6"
              stroke="#d4351c"
              strokeWidth="2"
              strokeDasharray="4 3"
            />
          </svg>
          <span>{reference.sentence}</span>
        </p>
      )}
      {missing.length > 0 && <NoFigure items={missing} periodLabel={periodLabel} />}
    </div>
  );
}
