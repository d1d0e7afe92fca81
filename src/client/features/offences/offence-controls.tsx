import { Link } from 'react-router';
import { MEASURES, type Measure } from '@shared/filters.ts';
import {
  childLevel,
  OFFENCE_BYS,
  offenceLevel,
  offencePath,
  type OffenceBy,
} from '@shared/offence-figures.ts';
import { ROOT_ID } from '@shared/hierarchy.ts';
import { measureWords } from '@shared/measure-words.ts';
import { countedOf } from '../../lib/words.ts';
import { useFilters } from '../../lib/filters-context.tsx';
import { LEVELS } from './offence-words.ts';
import { ToggleGroup } from './toggle-group.tsx';

/**
 * Where the view is in the classification (All offences › group › subgroup), each step a link back
 * up that shows the step's own breakdown.
 */
export function OffenceTrail() {
  const { filters, meta, search } = useFilters();
  const level = offenceLevel(filters.by);
  const up = (id: string) => ({
    pathname: '/offences',
    search: search({
      offence: id === ROOT_ID ? [] : [id],
      by: childLevel(meta.offences, id) ?? level,
    }),
  });
  const only = filters.offence.length === 1 ? filters.offence[0] : undefined;
  const path = only === undefined ? [] : offencePath(meta.offences, only);
  const names = filters.offence.map((id) => meta.offences.find((o) => o.id === id)?.name ?? id);
  const steps: { id: string; name: string }[] =
    only === undefined
      ? filters.offence.length > 0
        ? [{ id: '', name: names.join(', ') }]
        : []
      : path;
  return (
    <nav aria-labelledby="offence-trail" className="flex flex-wrap gap-x-2">
      <span id="offence-trail" className="text-secondary">
        Offences shown:
      </span>
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <li>
          {steps.length === 0 ? (
            <span aria-current="location" className="font-bold">
              All offences
            </span>
          ) : (
            <Link to={up(ROOT_ID)}>All offences</Link>
          )}
        </li>
        {steps.map((step, i) => (
          <li key={step.id} className="flex items-center gap-2">
            <span aria-hidden="true" className="text-secondary">
              ›
            </span>
            {i === steps.length - 1 ? (
              <span aria-current="location" className="font-bold">
                {step.name}
              </span>
            ) : (
              <Link to={up(step.id)}>{step.name}</Link>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** The level of detail (`by`) and the measure (`measure`), both in the URL, each a new history entry. */
export function OffenceControls() {
  const { filters, meta, setFilters } = useFilters();
  const counted = countedOf(filters, meta, null);
  return (
    <div className="flex flex-wrap gap-x-10 gap-y-4">
      <ToggleGroup<OffenceBy>
        label="Level of detail"
        options={OFFENCE_BYS.map((by) => ({ value: by, label: LEVELS[by].label }))}
        value={offenceLevel(filters.by)}
        onChange={(by) => setFilters({ by })}
      />
      <ToggleGroup<Measure>
        label="Show figures as"
        options={MEASURES.map((m) => ({ value: m, label: measureWords(m, counted).choice }))}
        value={filters.measure}
        onChange={(measure) => setFilters({ measure })}
      />
    </div>
  );
}
