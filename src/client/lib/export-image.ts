/**
 * A chart as an image that makes sense pasted into a slide: the chart's own SVG from the page, with its
 * title, subtitle, legend, caveats, source line, the illustrative-data notice and the link that
 * reproduces it laid out around it as SVG text. PNG is that SVG drawn onto a canvas at twice the size.
 */

export interface FigureText {
  title: string;
  subtitle: string;
  illustrative: boolean;
  /** caveats and notes, one paragraph each */
  caveats: string[];
  /** the source line, and the figures as published: a paragraph each */
  source: string[];
  /** when and from what the figures were drawn, and the link */
  footer: string[];
}

/**
 * A chart drawn for the image by the figure itself, where what is on show is not an SVG on the page
 * (the forces map is a grid of links): a whole `<svg>` element, and its size.
 */
export interface Drawing {
  svg: string;
  width: number;
  height: number;
}

export interface ComposedSvg {
  /** the SVG document at `scale` times its layout size */
  svg: (scale: number) => string;
  width: number;
  height: number;
}

const FONT = "Arial, Helvetica, 'Liberation Sans', sans-serif";
const INK = '#0b0c0c';
const SECONDARY = '#505a5f';
const PAD = 32;
const MIN_WIDTH = 640;

/** a canvas to measure text with: asked for once (null where there is none, as in jsdom) */
let measurer: CanvasRenderingContext2D | null | undefined;

export function textWidth(text: string, size: number, bold: boolean): number {
  if (measurer === undefined) measurer = document.createElement('canvas').getContext('2d');
  if (!measurer) return text.length * size * 0.55;
  measurer.font = `${bold ? 'bold ' : ''}${size}px ${FONT}`;
  return measurer.measureText(text).width;
}

export function wrap(text: string, size: number, bold: boolean, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line === '' ? word : `${line} ${word}`;
    if (line !== '' && textWidth(next, size, bold) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line !== '') lines.push(line);
  return lines;
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** The chart's drawing: the largest SVG in the figure's chart panel that is not a legend swatch. */
export function findChartSvg(figure: HTMLElement): SVGSVGElement | null {
  let best: SVGSVGElement | null = null;
  let area = 0;
  for (const svg of figure.querySelectorAll<SVGSVGElement>('[role="tabpanel"] svg')) {
    if (svg.closest('ul[aria-label="Legend"]') || svg.parentElement?.closest('svg')) continue;
    const r = svg.getBoundingClientRect();
    if (r.width * r.height > area) {
      best = svg;
      area = r.width * r.height;
    }
  }
  return best;
}

function serialise(node: Element): string {
  return new XMLSerializer().serializeToString(node);
}

/** The chart's own SVG on the page, as a drawing to place in the image. */
function chartDrawing(chart: SVGSVGElement): Drawing {
  const box = chart.getBoundingClientRect();
  const width = Math.round(box.width);
  const height = Math.round(box.height);
  const clone = chart.cloneNode(true) as SVGSVGElement;
  clone.removeAttribute('style');
  clone.removeAttribute('class');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  if (!clone.hasAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return { svg: serialise(clone), width, height };
}

/** `<svg …>` placed at (x, y) in the image */
function placed(drawing: Drawing, x: number, y: number): string {
  return drawing.svg.replace(/^<svg\b/, `<svg x="${x}" y="${y}"`);
}

/**
 * Lay out the figure around its chart: the SVG on the page, or the `drawing` given for what is on
 * show. Null when there is nothing drawn (the Table tab is open).
 */
export function composeFigureSvg(
  figure: HTMLElement,
  text: FigureText,
  drawing?: Drawing,
): ComposedSvg | null {
  const svg = drawing ? null : findChartSvg(figure);
  const chart = drawing ?? (svg && chartDrawing(svg));
  if (!chart) return null;
  const { width: chartWidth, height: chartHeight } = chart;
  const width = Math.max(chartWidth, MIN_WIDTH) + 2 * PAD;
  const inner = width - 2 * PAD;
  const parts: string[] = [];
  let y = PAD;

  // fonts differ a little between the page that measures and the program that draws: leave room
  const measure = inner - 24;
  const paragraph = (
    t: string,
    size: number,
    options: { bold?: boolean; colour?: string; bullet?: boolean } = {},
  ) => {
    const lh = Math.round(size * 1.35);
    const indent = options.bullet ? 16 : 0;
    wrap(t, size, options.bold ?? false, measure - indent).forEach((line, i) => {
      y += lh;
      const base = y - Math.round(size * 0.3);
      if (options.bullet && i === 0)
        parts.push(`<text x="${PAD + 2}" y="${base}" font-size="${size}" fill="${INK}">•</text>`);
      parts.push(
        `<text x="${PAD + indent}" y="${base}" font-size="${size}"${options.bold ? ' font-weight="bold"' : ''} fill="${options.colour ?? INK}">${escapeXml(line)}</text>`,
      );
    });
  };

  paragraph(text.title, 24, { bold: true });
  y += 6;
  paragraph(text.subtitle, 16, { colour: SECONDARY });
  if (text.illustrative) {
    y += 10;
    const notice = 'Illustrative data: not real figures. Do not quote them.';
    const w = textWidth(notice, 15, true) + 16;
    parts.push(`<rect x="${PAD}" y="${y}" width="${w}" height="28" fill="#ffdd00"/>`);
    parts.push(
      `<text x="${PAD + 8}" y="${y + 19}" font-size="15" font-weight="bold" fill="${INK}">${escapeXml(notice)}</text>`,
    );
    y += 28;
  }
  y += 16;

  parts.push(placed(chart, PAD, y));
  y += chartHeight + 8;

  // the legend, as the page draws it: each swatch is already an SVG
  const items = [...figure.querySelectorAll('ul[aria-label="Legend"] > li')];
  let x = PAD;
  if (items.length > 0) y += 4;
  let rowTop = y;
  for (const li of items) {
    const swatch = li.querySelector('svg');
    const label = li.textContent.replace(/\s+/g, ' ').trim();
    const sw = Number(swatch?.getAttribute('width') ?? 0);
    const sh = Number(swatch?.getAttribute('height') ?? 0);
    // a label wider than the image (an "Other" that lists its members) wraps under its swatch
    const lines = wrap(label, 15, false, measure - sw - 8);
    const w = sw + 8 + Math.max(...lines.map((l) => textWidth(l, 15, false)));
    if (x > PAD && (x + w > PAD + inner || lines.length > 1)) {
      x = PAD;
      rowTop += 26;
    }
    if (swatch) {
      const s = swatch.cloneNode(true) as SVGSVGElement;
      s.setAttribute('x', String(x));
      s.setAttribute('y', String(rowTop + (20 - sh) / 2));
      parts.push(serialise(s));
    }
    lines.forEach((line, i) => {
      parts.push(
        `<text x="${x + sw + 8}" y="${rowTop + 15 + i * 20}" font-size="15" fill="${INK}">${escapeXml(line)}</text>`,
      );
    });
    if (lines.length > 1) {
      rowTop += (lines.length - 1) * 20 + 26;
      x = PAD;
    } else x += w + 28;
  }
  // after a wrapped label the next row is already begun
  if (items.length > 0) y = x === PAD ? rowTop : rowTop + 26;

  if (text.caveats.length > 0) y += 8;
  for (const caveat of text.caveats) paragraph(caveat, 14, { bullet: true });
  y += 8;
  for (const line of text.source) paragraph(line, 14, { colour: SECONDARY });
  y += 8;
  for (const line of text.footer) paragraph(line, 13, { colour: SECONDARY });
  const height = Math.ceil(y + PAD);

  const body = parts.join('');
  return {
    width,
    height,
    svg: (scale) =>
      `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width * scale}" height="${height * scale}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}"><title>${escapeXml(text.title)}</title><rect width="100%" height="100%" fill="#ffffff"/>${body}</svg>`,
  };
}

/** The composed SVG drawn at `scale` times its size (2: sharp on a slide and a high-density screen). */
export async function svgToPng(composed: ComposedSvg, scale = 2): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(composed.svg(scale))}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = composed.width * scale;
  canvas.height = composed.height * scale;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw images.');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The image could not be made.'))),
      'image/png',
    );
  });
}
