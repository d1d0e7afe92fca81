import type { ChartSeries } from '../../lib/chart-data.ts';

/** One legend for every chart: swatches with labels, and a key to the line styles used. */
export function Legend({
  series,
  partial,
  shape = 'line',
}: {
  series: readonly ChartSeries[];
  partial: boolean;
  shape?: 'line' | 'box';
}) {
  return (
    <ul className="flex flex-wrap gap-x-6 gap-y-2 text-sm" aria-label="Legend">
      {series.map((s) => (
        <li key={s.key} className="flex items-center gap-2">
          {shape === 'line' ? (
            <svg width="28" height="12" aria-hidden="true" className="shrink-0">
              <line
                x1="0"
                y1="6"
                x2="28"
                y2="6"
                stroke={s.colour}
                strokeWidth="3"
                strokeDasharray={s.kind === 'not-broken-down' ? '2 3' : undefined}
              />
            </svg>
          ) : (
            <svg width="14" height="14" aria-hidden="true" className="shrink-0">
              <rect
                width="14"
                height="14"
                fill={s.kind === 'not-broken-down' ? '#ffffff' : s.colour}
                stroke={s.colour}
              />
              {/* its own hatching, so the key does not depend on a chart's pattern being on the page */}
              {s.kind === 'not-broken-down' && (
                <path d="M0 14L14 0M-4 6L6 -4M8 18L18 8" stroke={s.colour} strokeWidth="2.5" />
              )}
            </svg>
          )}
          <span>
            {s.label}
            {s.members && <span className="text-secondary"> ({s.members.join(', ')})</span>}
          </span>
        </li>
      ))}
      {partial && shape === 'line' && (
        <li className="flex items-center gap-2">
          <svg width="14" height="14" aria-hidden="true" className="shrink-0">
            <circle cx="7" cy="7" r="5" fill="#ffffff" stroke="#505a5f" strokeWidth="2.5" />
          </svg>
          <span>Hollow point: part period, not joined (not a fall)</span>
        </li>
      )}
    </ul>
  );
}
