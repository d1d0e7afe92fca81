import { forcesWithFigures } from '@shared/offence-figures.ts';
import { Notice } from '../../components/ui/notice.tsx';
import { useFilters } from '../../lib/filters-context.tsx';
import { rangeWords } from '../../lib/words.ts';
import { forceNames, LEVELS } from './offence-words.ts';
import type { OffenceAnswers } from './use-offence-answers.ts';

/**
 * What the published tables can and cannot show for this selection, in words, before any chart: a
 * breakdown for one year only, from a few forces, is said plainly rather than left to empty axes.
 * Says nothing when the figures cover the whole range.
 */
export function CoverageSummary({ answers }: { answers: OffenceAnswers }) {
  const { filters, meta } = useFilters();
  const { choice, ranked, level } = answers;
  if (choice === null || choice.kind === 'range') return null;
  const words = LEVELS[level];
  const range = rangeWords(filters, meta);
  if (choice.kind === 'none') {
    return (
      <Notice kind="warning" title="What these figures can show" live={false}>
        <p>
          No published table breaks these crimes down by {words.by} for {range}. The notes with the
          chart below say, force by force, what was and was not published.
        </p>
      </Notice>
    );
  }
  const r = ranked.data;
  const forces = r ? forcesWithFigures(r, 0) : [];
  const of = r?.forces.length ?? 0;
  return (
    <Notice kind="warning" title="What these figures can and cannot show" live={false}>
      <ul>
        <li>
          {choice.only
            ? `Figures by ${words.by} were published for ${choice.period.label} only, so the charts show ${choice.period.label} and there is no trend over time.`
            : `No published table breaks these crimes down by ${words.by} for the whole of ${range}, so the ranking shows ${choice.period.label}, the period with figures from the most forces.`}
        </li>
        {r && of > 0 && forces.length < of && (
          <li>
            They come from {forces.length} of the {of} forces in this selection
            {forces.length > 0 && forces.length <= 6 ? ` (${forceNames(forces, meta)})` : ''}: the
            others published no breakdown that can be used, which is not the same as none of these
            crimes.
          </li>
        )}
        <li>
          Totals for every year, without the breakdown, are on the overview. Compare forces with
          care: each searched its records for the platform in its own way.
        </li>
      </ul>
    </Notice>
  );
}
