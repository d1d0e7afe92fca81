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

/**
 * The smallest round step (1, 2, 2.5, 3, 4 or 5 times a power of ten) at least `raw` that is a whole
 * number of `resolution` (0.1 for rates shown to one decimal place, 1 for counts): the legend's
 * boundaries must be exactly the numbers it prints, or a figure could sit in a band it seems outside.
 */
export function niceStep(raw: number, resolution: number): number {
  if (!(raw > 0)) return resolution;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 2.5, 3, 4, 5, 10]) {
    const step = m * power;
    const units = step / resolution;
    if (Math.abs(units - Math.round(units)) > 1e-9 || units < 1) continue;
    if (step >= raw - 1e-9) return Math.round(units) / Math.round(1 / resolution);
  }
  return Math.max(10 * power, resolution);
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
export function equalBins(values: readonly number[], resolution: number): Bin[] {
  if (values.length === 0) return [];
  const max = Math.max(...values);
  const step = niceStep(max / BANDS, resolution);
  // whole units divided back, so that three steps of 0.1 are 0.3 and not 0.30000000000000004
  const per = Math.round(1 / resolution);
  const at = (i: number) => Math.round(i * step * per) / per;
  return SEQUENTIAL_BLUES.map((colour, i) => ({
    from: at(i),
    to: i === BANDS - 1 ? null : at(i + 1),
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
