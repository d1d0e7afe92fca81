import { Link } from 'react-router';
import { Notice } from '../../components/ui/notice.tsx';
import { useFilters } from '../../lib/filters-context.tsx';
import { viewPath } from '../../lib/views.ts';
import { formatCount } from '../../lib/format.ts';
import { capitalise, rangeWords } from '../../lib/words.ts';
import { forceNames, subjectWords, useProfileCoverage, type Force } from './force-profile-data.ts';

/** The force's name, what the page covers, and its facts of reference (region, residents). */
export function ProfileHeader({ force }: { force: Force }) {
  const { filters, meta, linkTo } = useFilters();
  const others = filters.force.filter((id) => id !== force.id);
  const covered = useProfileCoverage(force.id);
  const only = others.length === 1 ? meta.forces.find((f) => f.id === others[0]) : undefined;
  return (
    <header>
      <p>
        <Link to={linkTo('/forces', { force: [] })} className="inline-block py-0.5">
          <span aria-hidden="true">‹ </span>All forces
        </Link>
      </p>
      <h1 className="mt-3 text-3xl font-bold sm:text-4xl">{force.name}</h1>
      <p className="mt-2 max-w-3xl text-lg text-secondary">
        {capitalise(subjectWords(filters, meta, covered))} recorded by the force,{' '}
        {rangeWords(filters, meta, null)}: its figures, how they compare with other forces, and what
        it said when asked.
      </p>
      <dl className="mt-4 flex flex-wrap gap-x-8 gap-y-2">
        <div>
          <dt className="text-sm text-secondary">Region</dt>
          <dd className="font-semibold">{force.region}</dd>
        </div>
        <div>
          <dt className="text-sm text-secondary">Residents</dt>
          <dd className="font-semibold">
            {force.population === null
              ? 'None: it polices the railways, so it has no rates'
              : `${formatCount(force.population)} (Census ${force.populationYear ?? 2021})`}
          </dd>
        </div>
      </dl>
      {others.length > 0 && (
        <div className="mt-4">
          <Notice title={`This page shows ${force.name} only`} live={false}>
            <p>
              The force filter ({forceNames(others, meta).join(', ')}) applies in the other views.{' '}
              {only ? (
                <Link to={linkTo(viewPath('force', only.id), { force: [] })}>
                  Open the profile of {only.name}
                </Link>
              ) : (
                <Link to={linkTo('/forces')}>Compare the chosen forces</Link>
              )}
            </p>
          </Notice>
        </div>
      )}
    </header>
  );
}
