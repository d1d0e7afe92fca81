import type { CountsResponse } from '@shared/contract.ts';
import { headlinePeriod } from '@shared/figures.ts';
import { formatValue, MEASURE_UNITS } from '../../lib/format.ts';
import type { FigureModeValue } from './figure-mode.ts';

/**
 * The figure a presenter says out loud: the selection's total for its latest complete period, with
 * how many forces it covers. Nothing when there is no such figure (shares have no single total).
 */
export function KeyFigure({ response }: { response: CountsResponse }) {
  const r = response;
  const head = headlinePeriod(r.periods);
  if (!head || r.query.measure === 'share') return null;
  const value = r.totals.values[head.index] ?? null;
  const period = r.periods[head.index];
  if (value === null || !period) return null;
  const of = r.forces.length;
  const contributing = of - (r.totals.missing[head.index]?.length ?? 0);
  const lowerBound = r.totals.suppressed[head.index] === true;
  return (
    <p className="mt-4 flex flex-wrap items-baseline gap-x-4" data-key-figure>
      <span className="tabular text-7xl font-bold">
        {lowerBound && 'at least '}
        {formatValue(value, r.query.measure)}
      </span>
      <span className="text-2xl">
        {MEASURE_UNITS[r.query.measure]} in {period.label}
        {of > 0 && contributing < of && ` (figures for ${contributing} of ${of} forces)`}
      </span>
    </p>
  );
}

/** Figures presented: alone, with their key figure large. */
export const PRESENTED: FigureModeValue = {
  mode: 'present',
  keyFigure: (response) => <KeyFigure response={response} />,
};
