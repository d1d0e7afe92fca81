import type { SideName } from './force-profile-data.ts';
import type { Mix, MixRow } from '@shared/force-standing.ts';
import { NOT_BROKEN_DOWN_COLOUR, PALETTE, SINGLE_SERIES } from '../../components/charts/colours.ts';
import { HATCH_ID, Patterns } from '../../components/charts/patterns.tsx';
import { useWidth } from '../../components/charts/use-width.ts';
import { formatPercent, NOT_AVAILABLE, SUPPRESSED } from '../../lib/format.ts';

function order(rows: readonly MixRow[]): MixRow[] {
  const top = (r: MixRow) => Math.max(r.share ?? -1, r.ewShare ?? -1);
  return [...rows].sort(
    (a, b) =>
      Number(a.kind === 'not-broken-down') - Number(b.kind === 'not-broken-down') ||
      top(b) - top(a),
  );
}

const ROW = 66;
const BAR = 14;

/**
 * Each group's share for the force beside its share for England and Wales, as pairs of bars with
 * their values written beside them (so the figure reads without colour and without a pointer).
 * Drawn as SVG, so that it downloads as an image like every other chart; the Table tab has the
 * same figures as a table.
 */
export function MixBars({
  mix,
  forceName,
  alone = false,
  sides,
}: {
  mix: Mix;
  forceName: string;
  /** what the other side is called: England and Wales only when it holds every force */
  sides: SideName;
  /** the force's bars only: there is no fair England and Wales to set beside them */
  alone?: boolean;
}) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const rows = order(mix.rows).filter((r) => !alone || r.share !== null);
  const shares = rows.flatMap((r) => [r.share ?? 0, alone ? 0 : (r.ewShare ?? 0)]);
  const max = Math.max(...shares, 1);
  const narrow = width > 0 && width < 560;
  const side = narrow ? 104 : 160;
  const ew = narrow ? sides.narrow : sides.wide;
  // on a phone a long group name ends in an ellipsis: the Table tab has it in full
  const fit = (text: string) => {
    const chars = Math.floor(Math.min(width, 900) / 8);
    return text.length > chars ? `${text.slice(0, chars - 1)}…` : text;
  };
  const room = Math.max(0, Math.min(width, 900) - side - 110);
  const row = alone ? ROW - 20 : ROW;
  const height = rows.length * row + 30;
  const bar = (
    y: number,
    who: string,
    share: number | null,
    suppressed: boolean,
    colour: string,
    hatched: boolean,
  ) => {
    const w = share === null ? 0 : Math.max((share / max) * room, share > 0 ? 2 : 0);
    const text =
      share === null
        ? `${NOT_AVAILABLE} no figure`
        : `${formatPercent(share)}${suppressed ? ` ${SUPPRESSED}` : ''}`;
    return (
      <g>
        <text x={0} y={y + BAR - 2} fontSize={narrow ? 12 : 13} fill="#505a5f">
          {who}
        </text>
        {share !== null && (
          <rect
            x={side}
            y={y}
            width={w}
            height={BAR}
            fill={hatched ? `url(#${HATCH_ID})` : colour}
            stroke={hatched ? NOT_BROKEN_DOWN_COLOUR : colour}
          />
        )}
        <text x={side + w + 8} y={y + BAR - 2} fontSize={13} fontWeight="bold" fill="#0b0c0c">
          {text}
        </text>
      </g>
    );
  };
  return (
    <div ref={ref} className="max-w-4xl">
      {width > 0 && (
        <svg
          width={Math.min(width, 900)}
          height={height}
          // drawn at the width it was given; on paper that nothing redrew, it scales to fit
          viewBox={`0 0 ${Math.min(width, 900)} ${height}`}
          role="img"
          aria-label={
            alone
              ? `Per cent of ${forceName}'s breakdown, by group: the Table tab gives the same figures`
              : `Per cent of each side's breakdown, ${forceName} beside ${sides.inText}, by group: the Table tab gives the same figures`
          }
        >
          <Patterns />
          <rect x={0} y={4} width={13} height={13} fill={SINGLE_SERIES} />
          <text x={20} y={15} fontSize={13} fill="#0b0c0c">
            {forceName}
          </text>
          {!alone && (
            <>
              <rect x={side + 40} y={4} width={13} height={13} fill={PALETTE.turquoise} />
              <text x={side + 60} y={15} fontSize={13} fill="#0b0c0c">
                {ew}
              </text>
            </>
          )}
          {rows.map((r, i) => {
            const y = 30 + i * row;
            return (
              <g key={r.key}>
                <text x={0} y={y + 14} fontSize={14} fontWeight="bold" fill="#0b0c0c">
                  {fit(r.label)}
                </text>
                {bar(
                  y + 22,
                  forceName,
                  r.share,
                  r.suppressed,
                  SINGLE_SERIES,
                  r.kind === 'not-broken-down',
                )}
                {!alone &&
                  bar(
                    y + 42,
                    ew,
                    r.ewShare,
                    r.ewSuppressed,
                    PALETTE.turquoise,
                    r.kind === 'not-broken-down',
                  )}
              </g>
            );
          })}
        </svg>
      )}
    </div>
  );
}
