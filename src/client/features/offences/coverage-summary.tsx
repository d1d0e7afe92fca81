import { forceSentences } from '@shared/note-words.ts';
import { forcesWithFigures } from '@shared/offence-figures.ts';
import { Notice } from '../../components/ui/notice.tsx';
import { useFilters } from '../../lib/filters-context.tsx';
import { noteNames } from '../../lib/note-words.ts';
import { rangeWords } from '../../lib/words.ts';
import { forceNames, LEVELS } from './offence-words.ts';
import type { OffenceAnswers } from './use-offence-answers.ts';

/**
 * What the published tables can and cannot show for this selection, in words, before any chart: a
 * breakdown for one year only, from a few forces, or one that does not add up to its total, is said
 * plainly rather than left to empty axes and footnotes. Says nothing when there is nothing to say.
 */
export function CoverageSummary({ answers }: { answers: OffenceAnswers }) {
  const { filters, meta } = useFilters();
  const { choice, ranked, level } = answers;
  if (choice === null) return null;
  const words = LEVELS[level];
  const range = rangeWords(filters, meta);
  if (choice.kind === 'none') {
    // for a force or two, say why here; for many, the list under the chart says it
    const total = answers.total.data;
    const names = total ? noteNames(meta, total) : null;
    const why = names
      ? (total?.notes ?? [])
          .filter((n) => n.kind === 'missing')
          .flatMap((n) => forceSentences(n, names))
      : [];
    return (
      <Notice kind="warning" title="What these figures can show" live={false}>
        <p>
          No published table breaks these crimes down by {words.by} for {range}.{' '}
          {why.length > 0 && why.length <= 3
            ? why.join(' ')
            : 'The notes with the chart below say, force by force, what was and was not published.'}
        </p>
      </Notice>
    );
  }
  const r = ranked.data;
  // said together with the chart it is about, so that nothing moves twice as the page loads
  if (!r) return null;
  const points: string[] = [];
  if (choice.kind === 'period') {
    points.push(
      choice.only
        ? `Figures by ${words.by} were published for ${choice.period.label} only, so the charts show ${choice.period.label} and there is no trend over time.`
        : `No published table breaks these crimes down by ${words.by} for the whole of ${range}, so the ranking shows ${choice.period.label}, the period with figures from the most forces.`,
    );
    const forces = forcesWithFigures(r, 0);
    const of = r.forces.length;
    if (of > 0 && forces.length < of) {
      points.push(
        `They come from ${forces.length} of the ${of} forces in this selection${forces.length > 0 && forces.length <= 6 ? ` (${forceNames(forces, meta)})` : ''}: the others published no breakdown that can be used, which is not the same as none of these crimes.`,
      );
    }
  }
  const disagree = [
    ...new Set(r.notes.filter((n) => n.kind === 'disagreement').flatMap((n) => n.forces)),
  ];
  if (disagree.length > 0) {
    points.push(
      `The published breakdown of ${forceNames(disagree, meta)} adds up to more than ${disagree.length === 1 ? 'its' : 'their'} published total. Both are kept as published (see the notes under the chart), so treat these figures with care.`,
    );
  }
  if (points.length === 0) return null;
  return (
    <Notice kind="warning" title="What these figures can and cannot show" live={false}>
      <ul>
        {points.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </Notice>
  );
}
