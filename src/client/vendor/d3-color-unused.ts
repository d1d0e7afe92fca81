/**
 * Stands in for d3-color in the browser build. d3-scale's interpolators reference it to blend colours,
 * but every scale here maps numbers to positions, and charts are not animated: no colour is ever
 * interpolated. `color` says that a string is not a colour (so d3 treats it as text); building a
 * colour is a programming error.
 */
function unused(): never {
  throw new Error('Colour interpolation is not available in this build: scales map numbers only.');
}

export function color(): null {
  return null;
}

export const rgb = unused;
export const hsl = unused;
export const lab = unused;
export const hcl = unused;
export const cubehelix = unused;
