import { OffStage, ViewPanel } from '../../lib/view-panel.tsx';
import { useFilters } from '../../lib/filters-context.tsx';
import { usePageCoverage } from '../../lib/use-coverage.ts';
import { capitalise } from '../../lib/words.ts';
import { DistributionPanel } from './distribution-panel.tsx';
import { HeadlineRates } from './headline-rates.tsx';
import { OutcomeCodes } from './outcome-codes.tsx';
import { subjectWords } from './outcome-words.ts';
import { OutcomesOverTime } from './outcomes-over-time.tsx';
import { ProvisionalWarning } from './provisional-warning.tsx';
import { RatesTable } from './rates-table.tsx';

/** How the selection's crimes ended: headline rates, the outcomes in full, and how they moved. */
export function OutcomesPage() {
  const { filters, meta } = useFilters();
  const subject = subjectWords(filters, meta, usePageCoverage());
  return (
    <>
      <title>{`Outcomes: ${capitalise(subject)} – Social media crime dashboard`}</title>
      <h1 className="text-3xl font-bold sm:text-4xl">How {subject} ended</h1>
      <p className="mt-2 max-w-3xl text-lg text-secondary">
        Every crime the police record is given a Home Office outcome when its investigation ends:
        charged or summonsed, dealt with out of court, closed for evidential difficulties or with no
        suspect identified, and so on. Rates here are shares of crimes that have been assigned an
        outcome; crimes still without one are shown as &ldquo;not yet assigned&rdquo;.
      </p>
      <div className="mt-8 space-y-12">
        <OffStage>
          <ProvisionalWarning />
        </OffStage>
        <ViewPanel id="rates">
          <HeadlineRates />
        </ViewPanel>
        <ViewPanel id="distribution">
          <DistributionPanel />
        </ViewPanel>
        <ViewPanel id="over-time">
          <OutcomesOverTime />
        </ViewPanel>
        <ViewPanel id="rates-table">
          <RatesTable />
        </ViewPanel>
        <OffStage>
          <OutcomeCodes />
        </OffStage>
      </div>
    </>
  );
}
