import { LazyNationalFigurePanel } from '../../components/ui/national-figure-lazy.tsx';
import { useNationalFigure } from '../../lib/national-figure.ts';
import { OffStage, ViewPanel } from '../../lib/view-panel.tsx';
import { useFilters } from '../../lib/filters-context.tsx';
import { usePageCoverage } from '../../lib/use-coverage.ts';
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
  const covered = usePageCoverage();
  const national = useNationalFigure();
  // the heading names every filter that narrows the figures, as the chart titles do, and only the
  // forces and platforms with figures: never "England and Wales" above a handful of forces
  const subject = `${capitalise(platformWords(filters, meta, covered))} ${offenceWords(filters, meta) ?? 'crime'}`;
  const outcome = outcomeWords(filters, meta);
  const all =
    filters.force.length === 0 &&
    (covered === null || covered.coverage.forces.length === covered.forces.length);
  const where = all ? 'in England and Wales' : `recorded by ${forceWords(filters, meta, covered)}`;
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
        <ViewPanel id="headline">
          <HeadlineFigures />
        </ViewPanel>
        <ViewPanel id="trend">
          <TrendPanel />
        </ViewPanel>
        {/* after the trend: printed, the chart stays on the first page with the headline figures */}
        {national && (
          <OffStage>
            <LazyNationalFigurePanel shown={national} />
          </OffStage>
        )}
      </div>
    </>
  );
}
