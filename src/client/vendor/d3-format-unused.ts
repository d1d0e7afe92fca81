/**
 * Stands in for d3-format in the browser build. d3-scale references it for `scale.tickFormat`, which
 * recharts never calls: every axis here formats its ticks itself (lib/format.ts). Calling any of these
 * is a programming error.
 */
function unused(): never {
  throw new Error('d3-format is not available in this build: axes format their own ticks.');
}

export const format = unused;
export const formatPrefix = unused;
export const formatSpecifier = unused;
export const precisionFixed = unused;
export const precisionRound = unused;
export const precisionPrefix = unused;
