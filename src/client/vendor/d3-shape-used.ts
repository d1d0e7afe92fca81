/**
 * Stands in for `victory-vendor/d3-shape` (recharts' door to d3-shape) in the browser build. recharts
 * lists every curve and every legend symbol in tables, so all of them would ship (about 2 KB gzipped
 * of the first page) although the lines here are straight, the stacks plain and the legends the
 * dashboard's own. The shapes drawn come from d3-shape itself; a curve or symbol no chart asks for is
 * drawn as the plain one (a straight line, a circle) rather than left out, so no page can fail on it.
 */
import { curveLinear, stackOffsetNone, symbolCircle } from 'd3-shape';

export {
  area,
  curveLinear,
  line,
  stack,
  stackOffsetExpand,
  stackOffsetNone,
  stackOrderNone,
  symbol,
  symbolCircle,
} from 'd3-shape';

export const curveBasis = curveLinear;
export const curveBasisClosed = curveLinear;
export const curveBasisOpen = curveLinear;
export const curveBumpX = curveLinear;
export const curveBumpY = curveLinear;
export const curveLinearClosed = curveLinear;
export const curveMonotoneX = curveLinear;
export const curveMonotoneY = curveLinear;
export const curveNatural = curveLinear;
export const curveStep = curveLinear;
export const curveStepAfter = curveLinear;
export const curveStepBefore = curveLinear;
export const stackOffsetSilhouette = stackOffsetNone;
export const stackOffsetWiggle = stackOffsetNone;
export const symbolCross = symbolCircle;
export const symbolDiamond = symbolCircle;
export const symbolSquare = symbolCircle;
export const symbolStar = symbolCircle;
export const symbolTriangle = symbolCircle;
export const symbolWye = symbolCircle;
