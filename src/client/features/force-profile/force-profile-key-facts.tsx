import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { Source } from '@shared/contract.ts';
import { keyFacts, type KeyFact } from '@shared/key-facts.ts';
import { needsWhole } from '@shared/key-facts-headline.ts';
import { ErrorPanel } from '../../components/ui/error-panel.tsx';
import { Loading } from '../../components/ui/loading.tsx';
import { useFilters } from '../../lib/filters-context.tsx';
import { viewPath } from '../../lib/views.ts';
import { profileQueries, subjectWords, type Force } from './force-profile-data.ts';

function linkWords(fact: KeyFact, force: Force): string {
  switch (fact.link.view) {
    case 'overview':
      return `Trend for ${force.shortName} in the overview`;
    case 'offences':
      return `Offences for ${force.shortName}`;
    case 'outcomes':
      return `Outcomes for ${force.shortName}`;
    case 'forces':
      return 'All forces compared on rate';
    case 'returns':
      return 'Return status, below';
  }
}

function SourceItem({ source }: { source: Source }) {
  return (
    <>
      {source.url ? <a href={source.url}>{source.title}</a> : source.title} ({source.publisher}
      {source.date ? `, ${source.date}` : ''})
    </>
  );
}

/** Every source named; a long list folds away so that the sentence stays readable. */
function Sources({ sources }: { sources: readonly Source[] }) {
  if (sources.length === 0) return <span>Source: no published figure.</span>;
  if (sources.length <= 2)
    return (
      <span>
        Source{sources.length > 1 ? 's' : ''}:{' '}
        {sources.map((s, i) => (
          <span key={s.id}>
            {i > 0 && '; '}
            <SourceItem source={s} />
          </span>
        ))}
      </span>
    );
  return (
    <details className="inline-block align-top">
      <summary className="cursor-pointer">Sources: {sources.length} publications</summary>
      <ul className="mt-1 list-disc pl-6">
        {sources.map((s) => (
          <li key={s.id}>
            <SourceItem source={s} />
          </li>
        ))}
      </ul>
    </details>
  );
}

function Fact({ fact, force }: { fact: KeyFact; force: Force }) {
  const { linkTo } = useFilters();
  const { view, patch } = fact.link;
  return (
    <li className="border-l-4 border-brand pl-4">
      <p className="max-w-3xl text-lg">{fact.text}</p>
      <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm text-secondary">
        <span>
          Figures:{' '}
          {view === 'returns' ? (
            <a href="#return-status" className="inline-block py-0.5">
              {linkWords(fact, force)}
            </a>
          ) : (
            <Link to={linkTo(viewPath(view), patch)} className="inline-block py-0.5">
              {linkWords(fact, force)}
            </Link>
          )}
        </span>
        <Sources sources={fact.sources} />
      </div>
    </li>
  );
}

/** The force's key facts in plain sentences, generated from the same answers as the figures below. */
export function ProfileKeyFacts({ force }: { force: Force }) {
  const { filters, meta } = useFilters();
  const q = profileQueries(filters, force.id);
  const byPlatform = useQuery(q.byPlatform);
  // asked only when the headline can need it: most forces publish yearly figures
  const needWhole = byPlatform.data !== undefined && needsWhole(byPlatform.data);
  const whole = useQuery({ ...q.whole, enabled: needWhole });
  const rates = useQuery(q.rates);
  const offences = useQuery(q.offences);
  const offencesEw = useQuery(q.offencesEw);
  const outcomes = useQuery(q.outcomes);
  const outcomesEw = useQuery(q.outcomesEw);
  const returns = useQuery(q.returns);
  const all = [byPlatform, rates, offences, offencesEw, outcomes, outcomesEw, returns].concat(
    needWhole ? [whole] : [],
  );
  const failed = all.find((x) => x.error)?.error;
  if (failed)
    return (
      <ErrorPanel
        title="The key facts could not be loaded"
        message={failed.message}
        onRetry={() => all.forEach((x) => void x.refetch())}
      />
    );
  if (
    !byPlatform.data ||
    (needWhole && !whole.data) ||
    !rates.data ||
    !offences.data ||
    !offencesEw.data ||
    !outcomes.data ||
    !outcomesEw.data ||
    !returns.data
  )
    return (
      <section aria-label="Key facts" className="min-h-64">
        <Loading label="Loading the key facts…" />
      </section>
    );
  const facts = keyFacts({
    force: { id: force.id, name: force.name, population: force.population },
    subject: subjectWords(filters, meta, byPlatform.data),
    platformNames: Object.fromEntries(meta.platforms.map((p) => [p.id, p.name])),
    platforms: filters.platform,
    byPlatform: byPlatform.data,
    whole: needWhole ? (whole.data ?? null) : null,
    rates: rates.data,
    offences: { force: offences.data, ew: offencesEw.data },
    outcomes: { force: outcomes.data, ew: outcomesEw.data },
    returns: returns.data.returns,
    datasetSources: meta.dataset.sources,
  });
  const busy = all.some((x) => x.isFetching);
  return (
    <section aria-labelledby="key-facts-heading" aria-busy={busy} className="min-h-64">
      <h2 id="key-facts-heading" className="text-2xl font-bold">
        Key facts
      </h2>
      <p className="mt-1 text-secondary">
        Generated from the figures on this page. Each links to the view that shows its figures and
        names its source.
      </p>
      {meta.dataset.illustrative && (
        <p className="mt-3 inline-block bg-focus px-2 py-1 text-sm font-bold">
          Illustrative data: not real figures, do not quote
        </p>
      )}
      {facts.length === 0 ? (
        <p className="mt-4 bg-panel p-4">There are no complete periods in this selection.</p>
      ) : (
        <ul className={`mt-4 space-y-5 transition-opacity ${busy ? 'opacity-60' : ''}`}>
          {facts.map((f) => (
            <Fact key={`${f.key}-${f.text}`} fact={f} force={force} />
          ))}
        </ul>
      )}
    </section>
  );
}
