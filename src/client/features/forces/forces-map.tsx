import { Fragment, use, useState, type CSSProperties } from 'react';
import { Link } from 'react-router';
import type { Measure } from '@shared/filters.ts';
import { registerDrawing, type DrawingSource } from '../../lib/figure-drawing.ts';
import { measureWords } from '@shared/measure-words.ts';
import { CountedContext } from '../../components/charts/unit-context.ts';
import {
  BTP_NOTE,
  mapKey,
  plainLabel,
  tileAfterWords,
  type KeyEntry,
  type KeySwatch,
  type MapTile,
} from './forces-map-tiles.ts';
import { ReasonList } from './reason-list.tsx';
import type { Bin } from './tile-map-bins.ts';
import { GRID_COLUMNS, GRID_ROWS } from './tile-map-layout.ts';

/** Dots on white, as the charts' pattern for what is not a number: never a colour that reads as 0. */
export const MISSING_STYLE: CSSProperties = {
  backgroundColor: '#ffffff',
  backgroundImage: 'radial-gradient(#505a5f 1.3px, transparent 1.5px)',
  backgroundSize: '6px 6px',
};

function tileStyle(t: MapTile): CSSProperties {
  if (t.state === 'missing') return { ...MISSING_STYLE, color: '#0b0c0c' };
  if (t.state === 'outside' || !t.bin) return { backgroundColor: '#ffffff', color: '#505a5f' };
  return { backgroundColor: t.bin.colour, color: t.bin.text };
}

function TileLink({
  t,
  href,
  onShow,
  wide = false,
}: {
  t: MapTile;
  href: string;
  onShow: (t: MapTile | null) => void;
  /** beside the grid: a rectangle with room for a long name */
  wide?: boolean;
}) {
  const chip = t.state === 'missing' ? 'bg-white px-0.5' : '';
  const [first = '', ...rest] = t.label.split('\u00ad');
  return (
    <Link
      to={href}
      onFocus={() => onShow(t)}
      onBlur={() => onShow(null)}
      onMouseEnter={() => onShow(t)}
      onMouseLeave={() => onShow(null)}
      style={tileStyle(t)}
      className={`flex flex-col items-center justify-center p-0.5 text-center leading-[1.15] no-underline visited:text-inherit hover:underline focus-visible:z-10 focus-visible:shadow-[0_0_0_6px_#0b0c0c] focus-visible:outline-3 focus-visible:outline-focus focus-visible:outline-solid ${wide ? 'min-h-14 px-2' : 'aspect-square'} ${t.flagged ? 'border-2 border-dashed border-ink shadow-[inset_0_0_0_2px_#ffffff]' : t.state === 'outside' ? 'border border-border' : 'border border-ink/25'}`}
    >
      {/* the link's name begins with the words on the tile and goes on to say them in full; on the
          dotted pattern the words sit on white, so they stay legible */}
      <span className={`max-w-full text-[0.625rem] font-bold sm:text-xs ${chip}`}>
        {first}
        {rest.map((part) => (
          // a long word may break here, with a hyphen, on a small tile; the hyphen is not read out
          <Fragment key={part}>
            <span aria-hidden="true">{'\u00ad'}</span>
            {part}
          </Fragment>
        ))}
      </span>{' '}
      {t.shown && <span className={`tabular text-[0.625rem] sm:text-xs ${chip}`}>{t.shown}</span>}{' '}
      <span className="sr-only">{tileAfterWords(t)}</span>
    </Link>
  );
}

/** A key entry's swatch, drawn as the tiles it stands for are. */
function Swatch({ entry }: { entry: KeyEntry }) {
  const look: Record<KeySwatch, { className: string; style?: CSSProperties }> = {
    band: { className: 'border border-ink/25', style: { background: entry.colour } },
    missing: { className: 'border border-ink/25', style: MISSING_STYLE },
    flagged: {
      className: 'border-2 border-dashed border-ink bg-brand shadow-[inset_0_0_0_2px_#ffffff]',
    },
    outside: { className: 'border border-border bg-white' },
  };
  const { className, style } = look[entry.swatch];
  return (
    <span
      aria-hidden="true"
      className={`inline-block size-5 shrink-0 ${className}`}
      style={style}
    />
  );
}

/**
 * The forces on a tile grid, coloured by the measure in equal bands of one hue. Every tile is a link
 * to the force's profile whose name says its figure; hovering or focusing one shows it in words.
 * Its figure's Download PNG and SVG draw the same tiles and key (forces-map-image.ts).
 */
export function ForcesMap({
  tiles,
  btp,
  bins,
  measure,
  periodLabel,
  hrefFor,
}: {
  tiles: readonly MapTile[];
  btp: MapTile;
  bins: readonly Bin[];
  measure: Measure;
  periodLabel: string;
  hrefFor: (id: string) => string;
}) {
  const [shown, setShown] = useState<MapTile | null>(null);
  const all = [...tiles, btp];
  const counted = use(CountedContext);
  const key = mapKey(all, bins, measure, periodLabel, counted);
  const drawing: DrawingSource = {
    kind: 'map',
    draw: async () =>
      (await import('./forces-map-image.ts')).drawTileMap({
        tiles,
        btp,
        bins,
        measure,
        periodLabel,
        counted,
      }),
  };
  return (
    <div
      data-figure-drawing
      ref={(el) => registerDrawing(el, drawing)}
      className="flex flex-wrap items-start gap-x-10 gap-y-6"
    >
      <ul
        aria-label={`Map of the territorial forces: ${measureWords(measure, counted).unit}, ${periodLabel}`}
        className="grid w-full max-w-[32rem] gap-1"
        style={{
          gridTemplateColumns: `repeat(${GRID_COLUMNS}, minmax(0, 1fr))`,
          gridTemplateRows: `repeat(${GRID_ROWS}, auto)`,
        }}
      >
        {tiles.map((t) => (
          <li key={t.id} style={{ gridColumn: (t.col ?? 0) + 1, gridRow: (t.row ?? 0) + 1 }}>
            <TileLink t={t} href={hrefFor(t.id)} onShow={setShown} />
          </li>
        ))}
      </ul>
      <div className="w-full max-w-xs space-y-5 text-sm">
        <div>
          <p className="font-bold">{key.heading}</p>
          <ul className="mt-2 space-y-1">
            {key.entries.map((entry) => (
              <li key={entry.text}>
                <span className="flex items-center gap-2">
                  <Swatch entry={entry} />
                  {entry.text}
                </span>
                {entry.swatch === 'missing' && (
                  <ReasonList
                    items={all.filter((t) => t.state === 'missing')}
                    reason={(t) => t.figure}
                    name={plainLabel}
                    className="mt-1 ml-7 space-y-1"
                  />
                )}
              </li>
            ))}
          </ul>
        </div>
        <div>
          <p className="font-bold">Not a territorial force</p>
          <div className="mt-2 w-36">
            <TileLink t={btp} href={hrefFor(btp.id)} onShow={setShown} wide />
          </div>
          <p className="mt-1 text-secondary">{BTP_NOTE}</p>
        </div>
        <p aria-hidden="true" className="min-h-12 border-l-4 border-brand pl-3">
          {shown
            ? `${shown.name}: ${shown.spoken}`
            : 'Point at or tab to a force to read its figure; select it to open its profile.'}
        </p>
      </div>
    </div>
  );
}
