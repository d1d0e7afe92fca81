import type { Mix, MixRow } from '@shared/force-standing.ts';
import { NOT_BROKEN_DOWN_COLOUR, PALETTE, SINGLE_SERIES } from '../../components/charts/colours.ts';
import { formatPercent, NOT_AVAILABLE, SUPPRESSED } from '../../lib/format.ts';

const HATCH = `repeating-linear-gradient(45deg, ${NOT_BROKEN_DOWN_COLOUR} 0 3px, #ffffff 3px 6px)`;

function Bar({
  side,
  share,
  suppressed,
  max,
  colour,
  hatched,
}: {
  side: string;
  share: number | null;
  suppressed: boolean;
  max: number;
  colour: string;
  hatched: boolean;
}) {
  return (
    <div className="grid grid-cols-[8.75rem_1fr] items-center gap-2 text-sm sm:grid-cols-[10rem_1fr]">
      <span className="truncate text-secondary">{side}</span>
      <span className="flex items-center gap-2">
        {share !== null && (
          <span
            aria-hidden="true"
            className="inline-block h-3.5 border"
            style={{
              width: `${Math.max((share / max) * 85, share > 0 ? 0.5 : 0)}%`,
              background: hatched ? HATCH : colour,
              borderColor: hatched ? NOT_BROKEN_DOWN_COLOUR : colour,
            }}
          />
        )}
        <span className="tabular font-semibold whitespace-nowrap">
          {share === null ? `${NOT_AVAILABLE} no figure` : formatPercent(share)}
          {suppressed && share !== null && ` ${SUPPRESSED}`}
        </span>
      </span>
    </div>
  );
}

function order(rows: readonly MixRow[]): MixRow[] {
  const top = (r: MixRow) => Math.max(r.share ?? -1, r.ewShare ?? -1);
  return [...rows].sort(
    (a, b) =>
      Number(a.kind === 'not-broken-down') - Number(b.kind === 'not-broken-down') ||
      top(b) - top(a),
  );
}

/**
 * Each group's share for the force beside its share for England and Wales, as pairs of bars with
 * their values written beside them (so the figure reads without colour and without a pointer).
 */
export function MixBars({ mix, forceName }: { mix: Mix; forceName: string }) {
  const shares = mix.rows.flatMap((r) => [r.share ?? 0, r.ewShare ?? 0]);
  const max = Math.max(...shares, 1);
  return (
    <div className="max-w-4xl">
      <p className="mb-3 flex flex-wrap gap-x-6 gap-y-1 text-sm" aria-hidden="true">
        <span className="flex items-center gap-2">
          <span className="inline-block size-3.5" style={{ background: SINGLE_SERIES }} />
          {forceName}
        </span>
        <span className="flex items-center gap-2">
          <span className="inline-block size-3.5" style={{ background: PALETTE.turquoise }} />
          England and Wales
        </span>
      </p>
      <ul className="space-y-3">
        {order(mix.rows).map((r) => (
          <li key={r.key}>
            <p className="font-semibold">{r.label}</p>
            <Bar
              side={forceName}
              share={r.share}
              suppressed={r.suppressed}
              max={max}
              colour={SINGLE_SERIES}
              hatched={r.kind === 'not-broken-down'}
            />
            <Bar
              side="England and Wales"
              share={r.ewShare}
              suppressed={r.ewSuppressed}
              max={max}
              colour={PALETTE.turquoise}
              hatched={r.kind === 'not-broken-down'}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
