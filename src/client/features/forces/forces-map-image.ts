import type { Counted } from '@shared/counted.ts';
import type { Measure } from '@shared/filters.ts';
import { escapeXml, textWidth, wrap, type Drawing } from '../../lib/export-image.ts';
import {
  BTP_NOTE,
  mapKey,
  missingReasons,
  plainLabel,
  type KeyEntry,
  type MapTile,
} from './forces-map-tiles.ts';
import type { Bin } from './tile-map-bins.ts';
import { GRID_COLUMNS, GRID_ROWS } from './tile-map-layout.ts';

/**
 * The forces map as an SVG for the figure's image: the tiles as the page draws them (colour band,
 * dots for no figure, a dashed border for a rate that is not comparable, each with its name and
 * figure) and the key beside them, with the reasons forces have no figure. Loaded on the first
 * Download PNG or SVG from the Map tab.
 */

const TILE = 64;
const GAP = 4;
const KEY_GAP = 40;
const KEY_WIDTH = 320;
const INK = '#0b0c0c';
const SECONDARY = '#505a5f';
const BORDER = '#b1b4b6';
const SIZE = 11;
const LINE = 13;
const KEY_SIZE = 14;
const KEY_LINE = 19;
const SWATCH = 18;
const DOTS = 'map-no-figure';

/**
 * A name broken into lines that fit a tile: at spaces, else after a hyphen or at a soft hyphen
 * (where it gets one).
 */
export function tileLines(label: string, width: number, size = SIZE): string[] {
  const fits = (t: string) => textWidth(t, size, true) <= width;
  const hyphened = (pieces: readonly string[]) => {
    const t = pieces.join('');
    return t.endsWith('-') ? t : `${t}-`;
  };
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(' ')) {
    let rest = word.replace(/-/g, '-\u00ad').split('\u00ad');
    while (rest.length > 0) {
      const lead = line === '' ? '' : `${line} `;
      if (fits(`${lead}${rest.join('')}`)) {
        line = `${lead}${rest.join('')}`;
        break;
      }
      // the most of the word that fits on this line with a hyphen, keeping a piece for the next
      let k = rest.length - 1;
      while (k > 0 && !fits(`${lead}${hyphened(rest.slice(0, k))}`)) k--;
      if (k > 0) {
        lines.push(`${lead}${hyphened(rest.slice(0, k))}`);
        line = '';
        rest = rest.slice(k);
      } else if (line !== '') {
        lines.push(line);
        line = '';
      } else {
        // a piece wider than the tile overflows it rather than vanish
        line = rest.join('');
        break;
      }
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

function text(x: number, y: number, content: string, options: Record<string, string | number>) {
  const attrs = Object.entries(options)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
  return `<text x="${x}" y="${y}"${attrs}>${escapeXml(content)}</text>`;
}

function tileFill(t: MapTile): { fill: string; ink: string } {
  if (t.state === 'missing') return { fill: `url(#${DOTS})`, ink: INK };
  if (t.state === 'outside' || !t.bin) return { fill: '#ffffff', ink: SECONDARY };
  return { fill: t.bin.colour, ink: t.bin.text };
}

/** One tile: its ground, border and words, centred; on dots the words sit on white. */
function drawTile(t: MapTile, x: number, y: number, w: number, h: number): string {
  const { fill, ink } = tileFill(t);
  const out = [`<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${fill}"/>`];
  if (t.flagged)
    out.push(
      `<rect x="${x + 1}" y="${y + 1}" width="${w - 2}" height="${h - 2}" fill="none" stroke="${INK}" stroke-width="2" stroke-dasharray="4 3"/>`,
    );
  else
    out.push(
      `<rect x="${x + 0.5}" y="${y + 0.5}" width="${w - 1}" height="${h - 1}" fill="none" stroke="${t.state === 'outside' ? BORDER : 'rgba(11,12,12,0.25)'}"/>`,
    );
  const lines = [
    ...tileLines(t.label, w - 8).map((l) => ({ l, bold: true })),
    ...(t.shown ? [{ l: t.shown, bold: false }] : []),
  ];
  let base = y + h / 2 - (lines.length * LINE) / 2 + LINE - 3;
  for (const { l, bold } of lines) {
    if (t.state === 'missing') {
      const lw = textWidth(l, SIZE, bold) + 4;
      out.push(
        `<rect x="${x + w / 2 - lw / 2}" y="${base - LINE + 3}" width="${lw}" height="${LINE}" fill="#ffffff"/>`,
      );
    }
    out.push(
      text(x + w / 2, base, l, {
        'font-size': SIZE,
        'text-anchor': 'middle',
        fill: ink,
        ...(bold ? { 'font-weight': 'bold' } : {}),
      }),
    );
    base += LINE;
  }
  return out.join('');
}

function swatch(entry: KeyEntry, x: number, y: number): string {
  const at = `x="${x}" y="${y}" width="${SWATCH}" height="${SWATCH}"`;
  switch (entry.swatch) {
    case 'band':
      return `<rect ${at} fill="${entry.colour ?? '#ffffff'}" stroke="rgba(11,12,12,0.25)"/>`;
    case 'missing':
      return `<rect ${at} fill="url(#${DOTS})" stroke="rgba(11,12,12,0.25)"/>`;
    case 'flagged':
      return `<rect ${at} fill="#12436d" stroke="${INK}" stroke-width="2" stroke-dasharray="4 3"/>`;
    case 'outside':
      return `<rect ${at} fill="#ffffff" stroke="${BORDER}"/>`;
  }
}

/** The key, from the top of the drawing down: its heading, entries, the reasons, and BTP's tile. */
function drawKey(
  all: readonly MapTile[],
  btp: MapTile,
  bins: readonly Bin[],
  measure: Measure,
  periodLabel: string,
  counted: Counted,
  left: number,
): { svg: string; height: number } {
  const out: string[] = [];
  let y = 0;
  const para = (content: string, x: number, width: number, bold = false, fill = INK) => {
    for (const line of wrap(content, KEY_SIZE, bold, width)) {
      y += KEY_LINE;
      out.push(
        text(x, y - 5, line, {
          'font-size': KEY_SIZE,
          fill,
          ...(bold ? { 'font-weight': 'bold' } : {}),
        }),
      );
    }
  };
  const key = mapKey(all, bins, measure, periodLabel, counted);
  para(key.heading, left, KEY_WIDTH, true);
  y += 6;
  const textX = left + SWATCH + 8;
  const textWidthLeft = KEY_WIDTH - SWATCH - 8;
  for (const entry of key.entries) {
    const top = y + 2;
    out.push(swatch(entry, left, top));
    para(entry.text, textX, textWidthLeft);
    y = Math.max(y, top + SWATCH) + 4;
    if (entry.swatch === 'missing')
      for (const [reason, names] of missingReasons(all)) {
        para(`${reason}: ${names.join(', ')}`, textX, textWidthLeft);
        y += 4;
      }
  }
  y += 16;
  para('Not a territorial force', left, KEY_WIDTH, true);
  y += 6;
  out.push(drawTile(btp, left, y, 150, 52));
  y += 52;
  para(BTP_NOTE, left, KEY_WIDTH, false, SECONDARY);
  return { svg: out.join(''), height: y };
}

export function drawTileMap({
  tiles,
  btp,
  bins,
  measure,
  periodLabel,
  counted = 'crimes',
}: {
  tiles: readonly MapTile[];
  btp: MapTile;
  bins: readonly Bin[];
  measure: Measure;
  periodLabel: string;
  counted?: Counted;
}): Drawing {
  const gridWidth = GRID_COLUMNS * TILE + (GRID_COLUMNS - 1) * GAP;
  const gridHeight = GRID_ROWS * TILE + (GRID_ROWS - 1) * GAP;
  const drawn = tiles.map((t) =>
    drawTile(t, (t.col ?? 0) * (TILE + GAP), (t.row ?? 0) * (TILE + GAP), TILE, TILE),
  );
  const key = drawKey(
    [...tiles, btp],
    btp,
    bins,
    measure,
    periodLabel,
    counted,
    gridWidth + KEY_GAP,
  );
  const width = gridWidth + KEY_GAP + KEY_WIDTH;
  const height = Math.ceil(Math.max(gridHeight, key.height));
  const dots = `<pattern id="${DOTS}" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#ffffff"/><circle cx="3" cy="3" r="1.3" fill="${SECONDARY}"/></pattern>`;
  const names = tiles.map((t) => plainLabel(t)).join(', ');
  return {
    width,
    height,
    svg:
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
      `<desc>${escapeXml(`Tile map of the territorial forces: ${names}`)}</desc>` +
      `<defs>${dots}</defs>${drawn.join('')}${key.svg}</svg>`,
  };
}
