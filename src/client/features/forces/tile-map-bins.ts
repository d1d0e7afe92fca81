/**
 * The map's colour scale: five equal bands from zero with round boundaries, one hue getting darker
 * (light to the dashboard's dark blue), so darker always means more. Equal bands from zero rather
 * than quantiles: a small spread of figures should look small, not fill the whole scale.
 */

export const SEQUENTIAL_BLUES = ['#dce6f0', '#a9c3dc', '#6e9bc4', '#3a6ea5', '#12436d'] as const;
const BANDS = SEQUENTIAL_BLUES.length;
const INK = '#0b0c0c';
const WHITE = '#ffffff';

export interface Bin {
  /** inclusive lower bound */
  from: number;
  /** exclusive upper bound; null for the top band ("or more") */
  to: number | null;
  colour: string;
  /** the text colour with the better contrast on this band */
  text: string;
}

/** The smallest round step (1, 2, 2.5 or 5 times a power of ten) at least `raw`. */
export function niceStep(raw: number, wholeNumbers: boolean): number {
  if (!(raw > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 2.5, 5, 10]) {
    const step = m * power;
    if (wholeNumbers && !Number.isInteger(step)) continue;
    if (step >= raw - 1e-9) return step;
  }
  return 10 * power;
}

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * Bands for the figures on the map. The top band is open ("16 or more"), so one extreme figure (a
 * force whose tiny population makes its rate jump) can be left out of `values` without being lost.
 */
export function equalBins(values: readonly number[], wholeNumbers: boolean): Bin[] {
  if (values.length === 0) return [];
  const max = Math.max(...values);
  const step = niceStep(max / BANDS, wholeNumbers);
  return SEQUENTIAL_BLUES.map((colour, i) => ({
    from: i * step,
    to: i === BANDS - 1 ? null : (i + 1) * step,
    colour,
    text: contrast(colour, INK) >= contrast(colour, WHITE) ? INK : WHITE,
  }));
}

export function binOf(bins: readonly Bin[], value: number): Bin | undefined {
  return bins.find((b) => value >= b.from && (b.to === null || value < b.to));
}

/** "Under 5.0", "5.0 to under 10.0", "20.0 or more" */
export function binLabel(bin: Bin, format: (n: number) => string): string {
  if (bin.to === null) return `${format(bin.from)} or more`;
  if (bin.from === 0) return `Under ${format(bin.to)}`;
  return `${format(bin.from)} to under ${format(bin.to)}`;
}
