/**
 * Stands in for decimal.js-light in the browser build. recharts needs it only to choose "nice" ticks
 * for a number axis; every chart here gives its value axis its own ticks (charts/value-axis.ts, with
 * `niceTicks="none"`), which saves about 4 KB gzipped on the first page. Reaching this is a
 * programming error: an axis that was left to choose its own ticks.
 */
export default function Decimal(): never {
  throw new Error('Number axes choose their ticks in value-axis.ts: give this axis ticks.');
}
