import type { CountsResponse } from '@shared/contract.ts';
import { crimesAt } from '@shared/crimes.ts';
import { headlinePeriod } from '@shared/figures.ts';
import { measureWords } from '@shared/measure-words.ts';
import { formatCount, formatValue } from '../../lib/format.ts';
import type { FigureModeValue, KeyValue } from './figure-mode.ts';

/**
 * The figure a presenter says out loud: the crimes recorded in the latest complete period, with how
 * many forces they cover; never the sum of a breakdown, which is not a number of crimes. A figure
 * about something else (one force's rate among others) is given by its view.
 */
export function keyValueOf(r: CountsResponse): KeyValue | null {
  const head = headlinePeriod(r.periods);
  const period = head ? r.periods[head.index] : undefined;
  if (!head || !period || r.query.measure === 'share') return null;
  const c = crimesAt(r, head.index);
  if (c.value === null)
    return c.selections.length > 0
      ? {
          value: null,
          suppressed: false,
          measure: r.query.measure,
          text: `No total was published for ${period.label}: the figures below are a selection, as published`,
        }
      : null;
  const cover = c.of > 0 && c.forces < c.of ? ` (figures for ${c.forces} of ${c.of} forces)` : '';
  const aside =
    c.drawnSum === null
      ? undefined
      : c.selections.length > 0
        ? `The figures drawn add up to ${formatValue(c.drawnSum, r.query.measure)}: they include ${c.selections.length === 1 ? 'a force' : `${formatCount(c.selections.length)} forces`} that published only a selection, with no total.`
        : `The published breakdown adds up to ${formatValue(c.drawnSum, r.query.measure)}, more than the total: both are kept as published.`;
  return {
    value: c.value,
    suppressed: c.suppressed,
    measure: r.query.measure,
    // the crimes of several platforms added up are platform mentions: its unit says so
    text: `${measureWords(r.query.measure, r.counted).unit} in ${period.label}${cover}`,
    ...(aside ? { aside } : {}),
  };
}

export function KeyFigure({ value }: { value: KeyValue }) {
  return (
    <div className="mt-4" data-key-figure>
      <p className="flex flex-wrap items-baseline gap-x-4">
        {value.value !== null && (
          <span className="tabular text-7xl font-bold">
            {value.suppressed && 'at least '}
            {formatValue(value.value, value.measure)}
          </span>
        )}
        <span className="text-2xl">{value.text}</span>
      </p>
      {value.aside && <p className="mt-2 text-lg">{value.aside}</p>}
    </div>
  );
}

/** Figures presented: alone, with their key figure large. */
export const PRESENTED: FigureModeValue = {
  mode: 'present',
  keyFigure: (response, given) => {
    const value =
      given === undefined
        ? keyValueOf(response)
        : given !== null && 'query' in given
          ? keyValueOf(given)
          : given;
    return value && <KeyFigure value={value} />;
  },
};
