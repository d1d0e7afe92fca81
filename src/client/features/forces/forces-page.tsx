import { LazyNationalFigurePanel } from '../../components/ui/national-figure-lazy.tsx';
import { useNationalFigure } from '../../lib/national-figure.ts';
import { OffStage, ViewPanel } from '../../lib/view-panel.tsx';
import { useFilters } from '../../lib/filters-context.tsx';
import { usePageCoverage } from '../../lib/use-coverage.ts';
import { COUNTED_WORDS } from '@shared/counted.ts';
import { capitalise, countedOf, platformWords } from '../../lib/words.ts';
import { ForcesComparison } from './forces-comparison.tsx';
import { ForcesMeasure } from './forces-measure.tsx';
import { ForcesTrend } from './forces-trend.tsx';

/** How forces compare: ranked on rate (or count), on a map, in a table, and chosen forces' trends. */
export function ForcesPage() {
  const { filters, meta } = useFilters();
  const coverage = usePageCoverage();
  const subject = capitalise(platformWords(filters, meta, coverage));
  const counted = COUNTED_WORDS[countedOf(filters, meta, coverage)];
  const national = useNationalFigure();
  return (
    <>
      <title>{`Forces: ${subject} crime – Social media crime dashboard`}</title>
      <h1 className="text-3xl font-bold sm:text-4xl">How forces compare: {subject} crime</h1>
      <p className="mt-2 max-w-3xl text-lg text-secondary">
        {counted.noun === 'crimes'
          ? 'Crimes each police force recorded'
          : `Platform mentions in the crimes each police force recorded (${counted.rule})`}
        ,{' '}
        {filters.measure === 'rate'
          ? 'per 100,000 residents so that a big force does not look worst for being big'
          : filters.measure === 'share'
            ? `as a share of all the forces’ ${counted.noun}; rates per 100,000 residents compare forces of different sizes fairly`
            : 'as counts; a big force records more for being big, so rates per 100,000 residents compare forces more fairly'}
        . A force with no figure is shown with the reason, never as zero.
      </p>
      <div className="mt-6">
        <ForcesMeasure />
      </div>
      <div className="mt-8 space-y-12">
        <ViewPanel id="comparison">
          <ForcesComparison />
        </ViewPanel>
        {national && (
          <OffStage>
            <LazyNationalFigurePanel shown={national} />
          </OffStage>
        )}
        <ViewPanel id="trend">
          <ForcesTrend />
        </ViewPanel>
      </div>
    </>
  );
}
