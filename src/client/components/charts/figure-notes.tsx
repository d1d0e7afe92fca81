import type { CountsResponse } from '@shared/contract.ts';
import { forceCoverage } from '../../lib/chart-data.ts';
import { NOTE_TITLES, noteGroups, useNoteWords } from '../../lib/note-words.ts';

/**
 * "Figures for 8 of 44 forces", with which forces are missing and why one click away: forces
 * missing for the same reason over the same periods are one line (the server groups them), so that
 * 38 forces without a reply are a sentence and not a page.
 */
export function CoverageNote({ response }: { response: CountsResponse }) {
  const words = useNoteWords(response);
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
        {missing.map(words.sentence).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </details>
  );
}

/** The other notes an answer carries: disagreements, partial breakdowns, suppression, part periods. */
export function FigureNotes({ response }: { response: Pick<CountsResponse, 'notes' | 'periods'> }) {
  const words = useNoteWords(response);
  const groups = noteGroups(
    response.notes.filter((n) => n.kind in NOTE_TITLES),
    words,
  );
  if (groups.length === 0) return null;
  return (
    <div className="mt-3 space-y-2 text-sm">
      {groups.map((group) => (
        <div key={group.title}>
          <p className="font-semibold">{group.title}</p>
          <ul className="list-disc pl-6">
            {group.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
