import type { CountsResponse, Note } from '@shared/contract.ts';
import { forceCoverage } from '../../lib/chart-data.ts';

/**
 * "Kent Police: no published reply has been found (2021/22)." for one force; forces missing for the
 * same reason over the same periods in one line, so that 38 forces without a reply are a sentence
 * and not a page.
 */
export function byReason(messages: readonly string[]): string[] {
  const groups = new Map<string, string[]>();
  const order: string[] = [];
  for (const m of messages) {
    const at = m.indexOf(': ');
    const key = at < 0 ? m : m.slice(at + 2);
    if (!groups.has(key)) order.push(key);
    groups.set(key, [...(groups.get(key) ?? []), at < 0 ? '' : m.slice(0, at)]);
  }
  return order.map((reason) => {
    const forces = groups.get(reason) ?? [];
    if (forces.length < 2) return forces[0] ? `${forces[0]}: ${reason}` : reason;
    const why = reason.replace(/\.$/, '');
    return `${why.charAt(0).toUpperCase()}${why.slice(1)}: ${forces.length} forces (${forces.join(', ')}).`;
  });
}

/** "Figures for 8 of 44 forces", with which forces are missing and why one click away. */
export function CoverageNote({ response }: { response: CountsResponse }) {
  const { of, min, max } = forceCoverage(response);
  const missing = response.notes.filter((n) => n.kind === 'missing' || n.kind === 'unplaced');
  if (of === 0 || (min === of && missing.length === 0)) return null;
  const range = min === max ? `${max}` : `${min} to ${max}`;
  const noun = of === 1 ? 'force' : 'forces';
  return (
    <details className="mt-3 border-l-4 border-warning pl-3">
      <summary className="cursor-pointer font-semibold">
        Figures for {range} of {of} {noun}
        {min !== max ? ', depending on the period' : ''}: which are missing, and why
      </summary>
      <ul className="mt-2 list-disc pl-6 text-sm">
        {byReason(missing.map((n) => n.message)).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </details>
  );
}

const NOTE_TITLES: Partial<Record<Note['kind'], string>> = {
  disagreement: 'Published figures that do not add up',
  'partial-breakdown': 'Not broken down',
  suppressed: 'Suppressed figures',
  coverage: 'Periods',
  rate: 'Rates',
  'not-asked': 'Platforms not asked about',
};

/** The other notes an answer carries: disagreements, partial breakdowns, suppression, part periods. */
export function FigureNotes({ notes }: { notes: readonly Note[] }) {
  const shown = notes.filter((n) => n.kind in NOTE_TITLES);
  if (shown.length === 0) return null;
  const kinds = [...new Set(shown.map((n) => n.kind))];
  return (
    <div className="mt-3 space-y-2 text-sm">
      {kinds.map((kind) => (
        <div key={kind}>
          <p className="font-semibold">{NOTE_TITLES[kind]}</p>
          <ul className="list-disc pl-6">
            {shown
              .filter((n) => n.kind === kind)
              .map((n) => (
                <li key={n.message}>{n.message}</li>
              ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
