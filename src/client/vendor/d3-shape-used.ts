/**
 * Stands in for `victory-vendor/d3-shape` (recharts' door to d3-shape) in the browser build: the shapes
 * these charts draw come from d3-shape itself; the rest are left out. recharts lists every curve and
 * every legend symbol in tables, so all of them would ship (about 2 KB gzipped of the first page)
 * although lines here are straight, stacks are plain and legends are the dashboard's own. Reaching
 * one of the stand-ins is a programming error: a chart asked for a shape this build leaves out.
 */
export {
  area,
  curveLinear,
  line,
  stack,
  stackOffsetExpand,
  stackOffsetNone,
  stackOrderNone,
} from 'd3-shape';

function unused(): never {
  throw new Error(
    'This chart shape is left out of the build: see src/client/vendor/d3-shape-used.ts.',
  );
}

export const curveBasis = unused;
export const curveBasisClosed = unused;
export const curveBasisOpen = unused;
export const curveBumpX = unused;
export const curveBumpY = unused;
export const curveLinearClosed = unused;
export const curveMonotoneX = unused;
export const curveMonotoneY = unused;
export const curveNatural = unused;
export const curveStep = unused;
export const curveStepAfter = unused;
export const curveStepBefore = unused;
export const stackOffsetSilhouette = unused;
export const stackOffsetWiggle = unused;
export const symbol = unused;
export const symbolCircle = unused;
export const symbolCross = unused;
export const symbolDiamond = unused;
export const symbolSquare = unused;
export const symbolStar = unused;
export const symbolTriangle = unused;
export const symbolWye = unused;
