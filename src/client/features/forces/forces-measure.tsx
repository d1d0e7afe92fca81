import { MEASURES, type Measure } from '@shared/filters.ts';
import { useFilters } from '../../lib/filters-context.tsx';
import { measureWords } from '@shared/measure-words.ts';
import { countedOf } from '../../lib/words.ts';

/**
 * Rate or count, one click apart. Rate is this view's default (a link without `measure` means rate),
 * and says so, so a reader knows why the numbers are not the counts shown elsewhere.
 */
export function ForcesMeasure() {
  const { filters, meta, setFilters } = useFilters();
  // over several platforms a count is of platform mentions
  const counted = countedOf(filters, meta, null);
  const shown = MEASURES.filter((m) => m !== 'share' || filters.measure === 'share');
  return (
    <fieldset className="flex flex-wrap items-center gap-x-6 gap-y-2">
      <legend className="float-left mr-4 font-bold">Compare forces by</legend>
      {shown.map((m: Measure) => (
        <label key={m} className="flex cursor-pointer items-center gap-2">
          <input
            type="radio"
            name="forces-measure"
            value={m}
            checked={filters.measure === m}
            onChange={() => setFilters({ measure: m })}
            className="size-6 shrink-0 accent-brand"
          />
          <span>
            {measureWords(m, counted).choice}
            {m === 'rate' && (
              <>
                {' '}
                <span className="text-secondary">(default here)</span>
              </>
            )}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
