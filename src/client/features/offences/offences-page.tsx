import { OffStage, ViewPanel } from '../../lib/view-panel.tsx';
import { useFilters } from '../../lib/filters-context.tsx';
import { usePageCoverage } from '../../lib/use-coverage.ts';
import { capitalise, platformWords } from '../../lib/words.ts';
import { CoverageSummary } from './coverage-summary.tsx';
import { OffenceControls, OffenceTrail } from './offence-controls.tsx';
import { OffenceTrendPanel } from './offence-trend-panel.tsx';
import { RankedPanel } from './ranked-panel.tsx';
import { useOffenceAnswers } from './use-offence-answers.ts';

/**
 * What kinds of crime: the selection's totals by Home Office offence group, subgroup or offence,
 * largest first, and the same split over time; drill down a level, or on to how the crimes ended.
 */
export function OffencesPage() {
  const { filters, meta } = useFilters();
  const answers = useOffenceAnswers();
  const subject = capitalise(platformWords(filters, meta, usePageCoverage()));
  return (
    <>
      <title>{`Offences: ${subject} crime – Social media crime dashboard`}</title>
      <h1 className="text-3xl font-bold sm:text-4xl">{subject} crime by type of offence</h1>
      <p className="mt-2 max-w-3xl text-lg text-secondary">
        Which kinds of offence the police recorded, by Home Office offence group, subgroup and
        offence. Open a group to see the offences inside it, or an offence to see how those crimes
        ended.
      </p>
      <div className="mt-6 space-y-4 border-y border-border py-4">
        <OffenceTrail />
        <OffenceControls />
      </div>
      <div className="mt-8 space-y-12">
        <OffStage>
          <CoverageSummary answers={answers} />
        </OffStage>
        <ViewPanel id="ranking">
          <RankedPanel answers={answers} />
        </ViewPanel>
        <ViewPanel id="trend">
          <OffenceTrendPanel answers={answers} />
        </ViewPanel>
      </div>
    </>
  );
}
