import { Link } from 'react-router';
import { suggest } from '@shared/suggest.ts';
import { useFilters } from '../../lib/filters-context.tsx';
import { viewPath } from '../../lib/views.ts';

/** An address that names no force: say so, suggest the likely one, and lead back to the list. */
export function ForceNotFound({ id }: { id: string }) {
  const { meta, linkTo } = useFilters();
  const hint = suggest(
    id,
    meta.forces.map((f) => [f.id, f.name, f.shortName, ...f.aliases] as const),
  );
  const likely = meta.forces.find((f) => f.id === hint);
  return (
    <div className="max-w-3xl">
      <title>Force not found – Social media crime dashboard</title>
      <h1 className="text-3xl font-bold">Force not found</h1>
      <p className="mt-4">
        There is no police force called ‘{id}’ in this dashboard. Check the link, or choose a force
        from the list.
      </p>
      {likely && (
        <p className="mt-4">
          Did you mean{' '}
          <Link to={linkTo(viewPath('force', likely.id), { force: [] })}>{likely.name}</Link>?
        </p>
      )}
      <p className="mt-4">
        <Link to={linkTo('/forces', { force: [] })}>Go to the list of forces</Link>
      </p>
    </div>
  );
}
