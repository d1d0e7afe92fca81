import { createContext, use } from 'react';
import type { Counted } from '@shared/counted.ts';
import { measureWords } from '@shared/measure-words.ts';
import type { MeasureKind } from '../../lib/format.ts';

/**
 * What a figure's series count, from its answer (seriesCounted): crimes, or platform mentions where a
 * value adds several platforms together. Its chart's axis, tooltips and spoken values say it.
 */
export const CountedContext = createContext<Counted>('crimes');

/** the unit of the figure's values: "crimes per 100,000 residents", "platform mentions (…)" */
export function useUnit(measure: MeasureKind): string {
  return measureWords(measure, use(CountedContext)).unit;
}
