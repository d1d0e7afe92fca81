import type { ReactNode } from 'react';
import type { Derived } from '@shared/figures.ts';
import { SMALL_BASE } from '@shared/key-facts-words.ts';
import {
  formatChange,
  formatCount,
  formatPercent,
  NOT_AVAILABLE,
  SUPPRESSED,
} from '../../lib/format.ts';
import { NOT_APPLICABLE } from './forces-chart.tsx';
import type { Figure, ForceRow } from './forces-rows.ts';
import type { Sort, SortColumn } from './forces-sort.ts';

/** The cells of the forces table: a figure, or the shorthand with its reason in words beside it. */

const NUM = 'tabular min-w-32 py-2 pl-4 text-right align-top print:min-w-0 print:pl-2';

function Detail({ children }: { children: ReactNode }) {
  return <span className="block text-sm text-secondary">{children}</span>;
}

/** The shorthand, with its reason unless the row has already given it. */
export function Missing({
  code = NOT_AVAILABLE,
  reason,
}: {
  code?: string;
  reason: string | null;
}) {
  if (reason === null) return <span>{code}</span>;
  return (
    <>
      <span>{code}</span> <span className="text-sm text-secondary">{reason}</span>
    </>
  );
}

export function FigureCell({
  figure,
  format,
  note,
  quiet = false,
}: {
  figure: Figure;
  format: (n: number) => string;
  note?: string | null;
  /** the row's reason is given in another cell */
  quiet?: boolean;
}) {
  return (
    <td className={NUM}>
      {figure.value === null ? (
        <Missing
          code={figure.notApplicable ? NOT_APPLICABLE : NOT_AVAILABLE}
          reason={quiet && !figure.notApplicable ? null : (figure.reason ?? 'not available')}
        />
      ) : (
        <>
          {format(figure.value)}
          {figure.suppressed && ` ${SUPPRESSED}`}
          {note && <Detail>{note}</Detail>}
        </>
      )}
    </td>
  );
}

export function ChangeCell({
  change,
  quiet = false,
}: {
  change: Derived<{ percent: number | null; previous: number; current: number }>;
  quiet?: boolean;
}) {
  return (
    <td className={NUM}>
      {!change.available ? (
        <Missing reason={quiet ? null : change.reason} />
      ) : change.previous < SMALL_BASE ? (
        <>
          {formatCount(change.previous)} to {formatCount(change.current)}
        </>
      ) : (
        <>
          {formatChange(change.percent)}{' '}
          <span className="text-sm text-secondary">on {formatCount(change.previous)}</span>
        </>
      )}
    </td>
  );
}

export function ChargedCell({
  charged,
  quiet = false,
}: {
  charged: ForceRow['charged'];
  quiet?: boolean;
}) {
  return (
    <td className={NUM}>
      {charged === null ? (
        <span className="text-secondary">Loading…</span>
      ) : !charged.available ? (
        <Missing reason={quiet ? null : charged.reason} />
      ) : charged.assigned < SMALL_BASE ? (
        <>
          {formatCount(charged.charged)} of {formatCount(charged.assigned)}
        </>
      ) : (
        <>
          {formatPercent(charged.rate)}
          <Detail>of {formatCount(charged.assigned)}</Detail>
        </>
      )}
    </td>
  );
}

export function StatusCell({ status }: { status: ForceRow['status'] }) {
  return (
    <td className="min-w-40 py-2 pl-4 align-top print:min-w-0 print:pl-2">
      {status.label}
      {status.detail && <Detail>{status.detail}</Detail>}
    </td>
  );
}

/** A column header that sorts the table, saying which way it is sorted (`aria-sort`). */
export function SortHeader({
  column,
  sort,
  onSort,
  align = 'right',
  className = '',
  children,
}: {
  column: SortColumn;
  sort: Sort;
  onSort: (column: SortColumn) => void;
  align?: 'left' | 'right';
  className?: string;
  children: ReactNode;
}) {
  const active = sort.column === column;
  return (
    <th
      scope="col"
      aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}
      className={`${className} py-2 align-bottom ${align === 'right' ? 'pl-4 text-right print:pl-2' : 'pr-4 text-left print:pr-2'}`}
    >
      <button
        type="button"
        onClick={() => onSort(column)}
        className={`inline-flex items-end gap-1 font-bold text-link underline underline-offset-2 hover:decoration-2 ${align === 'right' ? 'text-right' : 'text-left'}`}
      >
        <span>{children}</span>
        {/* on paper only the order the table is in is marked */}
        <span
          aria-hidden="true"
          className={`w-3 shrink-0 text-ink no-underline ${active ? '' : 'print:hidden'}`}
        >
          {active ? (sort.descending ? '▼' : '▲') : '↕'}
        </span>
      </button>
    </th>
  );
}
