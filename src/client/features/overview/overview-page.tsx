import { useFilters } from '../../lib/filters-context.tsx';
import {
  capitalise,
  forceWords,
  offenceWords,
  outcomeWords,
  platformWords,
} from '../../lib/words.ts';
import { HeadlineFigures } from './headline-figures.tsx';
import { TrendPanel } from './trend-panel.tsx';

/** The overview: the selection's headline figures and its trend since 2021. */
export function OverviewPage() {
  const { filters, meta } = useFilters();
  // the heading names every filter that narrows the figures, as the chart titles do
  const subject = `${capitalise(platformWords(filters, meta))} ${offenceWords(filters, meta) ?? 'crime'}`;
  const outcome = outcomeWords(filters, meta);
  const where =
    filters.force.length === 0
      ? 'in England and Wales'
      : `recorded by ${forceWords(filters, meta)}`;
  return (
    <>
      <title>{`Overview: ${subject}${outcome ? ` (outcome: ${outcome})` : ''} – Social media crime dashboard`}</title>
      <h1 className="text-3xl font-bold sm:text-4xl">
        {subject} {where}
        {outcome && ` (outcome: ${outcome})`}
      </h1>
      <p className="mt-2 max-w-3xl text-lg text-secondary">
        Crimes recorded by the police where a social media platform was mentioned, how many, how
        they have moved since 2021, and how they ended.
      </p>
      <div className="mt-8 space-y-12">
        <HeadlineFigures />
        <TrendPanel />
      </div>
    </>
  );
}
