import { OffStage, ViewPanel } from '../../lib/view-panel.tsx';
import { ProfileGrooming } from './force-profile-grooming.tsx';
import { useParams } from 'react-router';
import { useFilters } from '../../lib/filters-context.tsx';
import { subjectWords, useProfileCoverage, type Force } from './force-profile-data.ts';
import { ProfileHeader } from './force-profile-header.tsx';
import { ProfileKeyFacts } from './force-profile-key-facts.tsx';
import { ProfileMix } from './force-profile-mix.tsx';
import { ForceNotFound } from './force-profile-not-found.tsx';
import { ProfileRank } from './force-profile-rank.tsx';
import { ProfileReturns } from './force-profile-returns.tsx';
import { ProfileTrend } from './force-profile-trend.tsx';

function ForceProfile({ force }: { force: Force }) {
  const { filters, meta } = useFilters();
  const covered = useProfileCoverage(force.id);
  return (
    <>
      <title>{`${force.name}: ${subjectWords(filters, meta, covered)} – Social media crime dashboard`}</title>
      <ProfileHeader force={force} />
      <div className="mt-8 space-y-12">
        <ViewPanel id="key-facts">
          <ProfileKeyFacts force={force} />
        </ViewPanel>
        <ViewPanel id="trend">
          <ProfileTrend force={force} />
        </ViewPanel>
        <ViewPanel id="rank">
          <ProfileRank force={force} />
        </ViewPanel>
        <ViewPanel id="offence-mix">
          <ProfileMix force={force} kind="offence" />
        </ViewPanel>
        <ViewPanel id="outcome-mix">
          <ProfileMix force={force} kind="outcome" />
        </ViewPanel>
        <ViewPanel id="returns">
          <ProfileReturns force={force} />
        </ViewPanel>
        <OffStage>
          <ProfileGrooming force={force} />
        </OffStage>
      </div>
    </>
  );
}

/**
 * One force's story on one page (`/forces/:id`), for the selection's other filters: the force in the
 * path replaces the force filter.
 */
export function ForceProfilePage() {
  const { id = '' } = useParams();
  const { meta } = useFilters();
  const force = meta.forces.find((f) => f.id === id);
  if (!force) return <ForceNotFound id={id} />;
  return <ForceProfile key={force.id} force={force} />;
}
