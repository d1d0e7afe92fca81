import { useState, type CSSProperties } from 'react';
import { Link } from 'react-router';
import type { Measure } from '@shared/filters.ts';
import { formatValue, MEASURE_UNITS } from '../../lib/format.ts';
import type { MapTile } from './forces-map-tiles.ts';
import { ReasonList } from './reason-list.tsx';
import { binLabel, type Bin } from './tile-map-bins.ts';
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
}: {
  t: MapTile;
  href: string;
  onShow: (t: MapTile | null) => void;
}) {
  const chip = t.state === 'missing' ? 'bg-white px-1' : '';
  return (
    <Link
      to={href}
      // the code and figure drawn on the tile begin its name, then the force and unit in words
      aria-label={`${t.code}: ${t.name}, ${t.spoken}`}
      onFocus={() => onShow(t)}
      onBlur={() => onShow(null)}
      onMouseEnter={() => onShow(t)}
      onMouseLeave={() => onShow(null)}
      style={tileStyle(t)}
      className={`flex aspect-square flex-col items-center justify-center leading-tight no-underline visited:text-inherit hover:underline focus-visible:z-10 focus-visible:shadow-[0_0_0_6px_#0b0c0c] focus-visible:outline-3 focus-visible:outline-focus focus-visible:outline-solid ${t.flagged ? 'border-2 border-dashed border-ink shadow-[inset_0_0_0_2px_#ffffff]' : t.state === 'outside' ? 'border border-border' : 'border border-ink/25'}`}
    >
      {/* on the dotted pattern the words sit on white, so they stay legible */}
      <span className={`text-xs font-bold sm:text-sm ${chip}`}>{t.code}</span>
      {t.shown && <span className={`tabular text-[0.7rem] sm:text-xs ${chip}`}>{t.shown}</span>}
    </Link>
  );
}

/**
 * Each reason a tile has no figure, with the codes of the tiles it applies to: the dots say only
 * that there is no figure, and every force's reason is on the page without pointing at it.
 */
function MissingReasons({ tiles }: { tiles: readonly MapTile[] }) {
  return (
    <ReasonList
      items={tiles.filter((t) => t.state === 'missing')}
      reason={(t) => t.figure}
      name={(t) => t.code}
      className="mt-1 ml-7 space-y-1"
    />
  );
}

/**
 * The forces on a tile grid, coloured by the measure in equal bands of one hue. Every tile is a link
 * to the force's profile whose name says its figure; hovering or focusing one shows it in words.
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
  const uses = (s: MapTile['state']) => all.some((t) => t.state === s);
  return (
    <div className="flex flex-wrap items-start gap-x-10 gap-y-6">
      <ul
        aria-label={`Map of the territorial forces: ${MEASURE_UNITS[measure]}, ${periodLabel}`}
        className="grid w-full max-w-[27rem] gap-1"
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
          <p className="font-bold">
            {MEASURE_UNITS[measure].replace(/^./, (c) => c.toUpperCase())}, {periodLabel}
          </p>
          <ul className="mt-2 space-y-1">
            {bins.map((b) => (
              <li key={b.from} className="flex items-center gap-2">
                <span
                  aria-hidden="true"
                  className="inline-block size-5 border border-ink/25"
                  style={{ background: b.colour }}
                />
                {binLabel(b, (n) => formatValue(n, measure))}
              </li>
            ))}
            {uses('missing') && (
              <li>
                <span className="flex items-center gap-2">
                  <span
                    aria-hidden="true"
                    className="inline-block size-5 shrink-0 border border-ink/25"
                    style={MISSING_STYLE}
                  />
                  No figure, and why:
                </span>
                <MissingReasons tiles={all} />
              </li>
            )}
            {all.some((t) => t.flagged) && (
              <li className="flex items-center gap-2">
                <span
                  aria-hidden="true"
                  className="inline-block size-5 border-2 border-dashed border-ink bg-brand shadow-[inset_0_0_0_2px_#ffffff]"
                />
                Dashed border: a rate from so few residents that it is not comparable
              </li>
            )}
            {uses('outside') && (
              <li className="flex items-center gap-2">
                <span
                  aria-hidden="true"
                  className="inline-block size-5 border border-border bg-white"
                />
                Not among the forces chosen
              </li>
            )}
          </ul>
        </div>
        <div>
          <p className="font-bold">Not a territorial force</p>
          <div className="mt-2 w-16">
            <TileLink t={btp} href={hrefFor(btp.id)} onShow={setShown} />
          </div>
          <p className="mt-1 text-secondary">British Transport Police polices the railways.</p>
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
