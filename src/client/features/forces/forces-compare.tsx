import { useFilters } from '../../lib/filters-context.tsx';
import { MAX_TREND_FORCES } from './forces-trend.tsx';

/**
 * Choosing forces to compare from the table: tick them, then one button puts them in the Force filter
 * (and so in the link), which draws their trends together. With forces chosen, the same button goes
 * back to all forces with them still ticked, so focus and choices survive the round trip.
 */
export function CompareBar({
  ticked,
  onTick,
}: {
  ticked: readonly string[];
  onTick: (ids: string[]) => void;
}) {
  const { filters, meta, setFilters } = useFilters();
  const chosen = filters.force;
  const names = (ids: readonly string[]) =>
    ids.map((id) => meta.forces.find((f) => f.id === id)?.shortName ?? id).join(', ');
  if (chosen.length === 0 && ticked.length === 0)
    return (
      <p className="mb-3 text-secondary">
        Tick up to {MAX_TREND_FORCES} forces to compare their trends over time, or choose them with
        the Force filter.
      </p>
    );
  const text =
    chosen.length > 0
      ? `Showing the ${chosen.length === 1 ? 'force' : `${chosen.length} forces`} chosen in the Force filter: ${names(chosen)}.`
      : `Ticked: ${names(ticked)}.${ticked.length > MAX_TREND_FORCES ? ` Trends can be drawn for up to ${MAX_TREND_FORCES} forces at a time.` : ''}`;
  return (
    <div className="sticky bottom-0 z-10 mb-3 flex flex-wrap items-center justify-between gap-3 border-l-[6px] border-link bg-panel p-3">
      <p>{text}</p>
      <button
        type="button"
        onClick={() => {
          if (chosen.length > 0) {
            onTick(chosen);
            setFilters({ force: [] });
          } else {
            // in the reference order, as the Force filter writes them, so the link is canonical
            const order = meta.forces.map((f) => f.id);
            setFilters({ force: order.filter((id) => ticked.includes(id)) });
          }
        }}
        className="bg-brand px-4 py-2 font-semibold text-white shadow-[0_2px_0_#0b0c0c]"
      >
        {chosen.length > 0
          ? 'Show all forces'
          : `Compare ${ticked.length === 1 ? 'this force' : `these ${ticked.length} forces`}`}
      </button>
    </div>
  );
}
