import type { CountsResponse } from '@shared/contract.ts';
import type { Unavailable } from '@shared/figures.ts';
import { Notice } from '../../components/ui/notice.tsx';
import { useNoteWords } from '../../lib/note-words.ts';

/**
 * Why no rate is given for a period, in words a reader can repeat: and, where forces published their
 * outcomes in part or in figures that do not add up, which forces and by how much.
 */
export function PartialOutcomes({
  r,
  index,
  reason,
  why,
}: {
  r: CountsResponse;
  index: number;
  reason: string;
  why: Unavailable;
}) {
  const words = useNoteWords(r);
  const period = r.periods[index];
  const notes = r.notes.filter(
    (n) =>
      (n.kind === 'disagreement' || n.kind === 'partial-breakdown') &&
      period !== undefined &&
      n.periods.includes(period.id),
  );
  const partial = why === 'partial-outcomes';
  return (
    <Notice
      kind="warning"
      live={false}
      title={`Rates are not given for ${period?.label ?? 'this period'}: ${reason}`}
    >
      {partial && (
        <p className="max-w-3xl">
          A rate worked out from part of the outcomes would mislead: a force that listed only its
          most common outcomes would seem to have charged no one. Forces answering the request often
          gave outcomes for one year only, or only some outcomes, so the counts below are shown as
          published, without rates.
        </p>
      )}
      {notes.length > 0 && (
        <ul className="mt-2 max-w-3xl">
          {notes.flatMap(words.byForce).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </Notice>
  );
}
