import { Link } from 'react-router';
import { childLevel, type OffenceBy, type RankedRow } from '@shared/offence-figures.ts';
import { useFilters } from '../../lib/filters-context.tsx';
import { LEVELS } from './offence-words.ts';

/**
 * Where to go from each category: down a level (this view, filtered to it) or to how its crimes ended
 * (the outcomes view, with every filter carried across). Links, so that each is a history entry and
 * can be opened in a new tab.
 */
export function ExploreLinks({ rows, level }: { rows: readonly RankedRow[]; level: OffenceBy }) {
  const { meta, linkTo } = useFilters();
  const categories = rows.filter((row) => !row.notBrokenDown);
  const outcomes = (key: string) => linkTo('/outcomes', { offence: [key] });
  if (level === 'offence') {
    // offences do not break down further: one link each, to how their crimes ended
    return (
      <section aria-labelledby="explore-heading" className="bg-panel p-4">
        <h2 id="explore-heading" className="text-lg font-bold">
          How the crimes of each offence ended
        </h2>
        <p className="mt-1 text-secondary">Opens the outcomes view, keeping the filters above.</p>
        <ul className="mt-3 flex flex-wrap gap-x-6 gap-y-2">
          {categories.map((row) => (
            <li key={row.key}>
              <Link to={outcomes(row.key)}>{row.label}</Link>
            </li>
          ))}
        </ul>
      </section>
    );
  }
  return (
    <section aria-labelledby="explore-heading" className="bg-panel p-4">
      <h2 id="explore-heading" className="text-lg font-bold">
        Look closer at these {LEVELS[level].plural}
      </h2>
      <p className="mt-1 text-secondary">
        Break a category down into the smaller categories inside it, or see how its crimes ended.
        The filters above are kept.
      </p>
      <ul className="mt-3 grid grid-cols-1 gap-x-8 gap-y-3 md:grid-cols-2 xl:grid-cols-3">
        {categories.map((row) => {
          const next = childLevel(meta.offences, row.key);
          return (
            <li key={row.key} className="border-l-4 border-border pl-3">
              <span className="font-semibold">{row.label}</span>
              <span className="mt-0.5 flex flex-wrap gap-x-4">
                {next && (
                  <Link to={linkTo('/offences', { offence: [row.key], by: next })}>
                    By {LEVELS[next].by}{' '}
                    <span className="sr-only">within {row.label.toLowerCase()}</span>
                  </Link>
                )}
                <Link to={outcomes(row.key)}>
                  Outcomes <span className="sr-only">of {row.label.toLowerCase()}</span>
                </Link>
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
