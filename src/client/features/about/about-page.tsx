import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { Dataset } from '@shared/contract.ts';
import { parseMonth, periodLabel } from '@shared/period.ts';
import { metaQueryOptions } from '../../api/meta.ts';
import { platformSeriesQueryOptions } from '../../api/platform-series.ts';
import { Pending } from '../../components/ui/pending.tsx';
import { useFilters } from '../../lib/filters-context.tsx';
import { UNVERIFIED_PLACEMENTS } from '@shared/reference/unverified-placements.ts';
import { ANY_DIGITS, formatNumber } from '@shared/number-format.ts';

function coverageLabel(d: Dataset): string {
  const start = parseMonth(d.coverage.from);
  const end = parseMonth(d.coverage.to);
  return start === null || end === null
    ? `${d.coverage.from} to ${d.coverage.to}`
    : periodLabel({ start, end });
}

function DatasetSection({ id }: { id: string }) {
  const { data, error, refetch } = useQuery(metaQueryOptions(id));
  if (error || !data)
    return <Pending what={`the ${id} dataset`} error={error} onRetry={() => void refetch()} />;
  const d = data.dataset;
  return (
    <section aria-labelledby={`dataset-${d.id}`} className="border-t border-border py-6">
      <h2 id={`dataset-${d.id}`} className="text-2xl font-bold">
        {d.title}
      </h2>
      {d.illustrative && (
        <p className="mt-2 bg-focus p-3 font-semibold">Illustrative figures: do not quote them.</p>
      )}
      <p className="mt-2 max-w-3xl">{d.description}</p>
      <dl className="mt-4 grid max-w-3xl grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
        <dt className="font-semibold">Coverage</dt>
        <dd>
          {coverageLabel(d)} ({d.coverage.from} to {d.coverage.to})
        </dd>
        <dt className="font-semibold">Version</dt>
        <dd>
          {d.version}, loaded{' '}
          {new Date(d.updated).toLocaleDateString('en-GB', { dateStyle: 'long' })}
        </dd>
      </dl>
      <h3 className="mt-4 text-lg font-bold">Caveats</h3>
      <ul className="mt-1 max-w-3xl list-disc pl-6">
        {d.caveats.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      <h3 className="mt-4 text-lg font-bold">Sources</h3>
      <ul className="mt-1 max-w-3xl list-disc pl-6">
        {d.sources.map((s) => (
          <li key={s.id}>
            {s.url ? <a href={s.url}>{s.title}</a> : s.title}, {s.publisher}
            {s.date ? `, ${s.date}` : ''} ({s.kind === 'foi' ? 'FOI disclosure' : s.kind})
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The platform series is a release of its own (`/platforms`): what it is, where it comes from, and
 * each figure that cannot be placed in time, with the reason.
 */
function PlatformSeriesSection() {
  const { data, error, refetch } = useQuery(platformSeriesQueryOptions());
  if (error || !data)
    return <Pending what="the platform series" error={error} onRetry={() => void refetch()} />;
  const row = (n: number) => data.figures.find((f) => f.row === n);
  return (
    <section aria-labelledby="platform-series" className="border-t border-border py-6">
      <h2 id="platform-series" className="text-2xl font-bold">
        {data.release.title}
      </h2>
      <p className="mt-2 max-w-3xl">
        {data.release.description} Shown on <Link to="/platforms">Platforms</Link>, never added to
        the figures of the other pages. {data.figures.length} figures from {data.sources.length}{' '}
        sources.
      </p>
      <h3 className="mt-4 text-lg font-bold">Figures that cannot be placed in time</h3>
      <ul className="mt-1 max-w-3xl list-disc pl-6" data-unplaced>
        {data.unplaced.map((u) => {
          const f = row(u.row);
          const area = data.areas.find((a) => a.id === f?.area && a.kind === f.areaKind)?.name;
          return (
            <li key={u.row}>
              {area ?? f?.area}:{' '}
              {typeof f?.value === 'number' ? formatNumber(f.value, ANY_DIGITS) : ''} offences (
              {data.sources.find((s) => s.id === f?.source)?.publisher ?? f?.source}, line {u.row}{' '}
              of the figures file). {u.reason}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Sources, methods and caveats: what each dataset is, how figures are answered, what they cannot say. */
export function AboutPage() {
  const { meta } = useFilters();
  const byId = new Map(meta.offences.map((o) => [o.id, o]));
  return (
    <>
      <title>About the data – Social media crime dashboard</title>
      <h1 className="text-3xl font-bold sm:text-4xl">About the data</h1>
      <div className="mt-4 max-w-3xl space-y-3 text-lg">
        <p>
          These figures come from Freedom of Information returns by the 43 territorial police forces
          of England and Wales and British Transport Police: how many crimes each recorded where a
          social media platform was mentioned, of which kinds, and how they ended.
        </p>
        <p>
          New to the dashboard? <Link to="/guide">How to use this dashboard</Link> explains how to
          read a chart and how to share, present, print and cite it. The{' '}
          <Link to="/accessibility">accessibility statement</Link> says how accessible the dashboard
          is and how to report a problem.
        </p>
      </div>
      <section aria-labelledby="method" className="mt-8 max-w-3xl space-y-3">
        <h2 id="method" className="text-2xl font-bold">
          How the figures are put together
        </h2>
        <p>
          Forces answer in different ways: a total for each year, offence types for one year at
          whatever level of detail they chose, outcomes for one year; some answer in full, some in
          part. Each published table is kept as published. The dashboard never adds two tables about
          the same crimes together: for each force and period it uses the simplest table that can
          answer the question, and where none can, it leaves the force out and says which forces are
          missing and why.
        </p>
        <p>
          Where a breakdown covers only some of a force&apos;s crimes, the rest are shown as{' '}
          <strong>Not broken down</strong>, so that the parts add up to the whole. Where a published
          breakdown adds up to more than the total published beside it, both are shown as published,
          with a note.
        </p>
        <p>
          Some forces published only a selection (a few offence types or outcomes, with no total).
          In a breakdown shown as numbers of crimes, each published row is counted in the category
          that holds it, so a category has the same figure as a row of the whole breakdown and as
          the filter of a closer look. A selection is never counted in the number of crimes, nor in
          rates or shares, which need the whole of each force&apos;s crimes.
        </p>
        <p>
          A figure nobody published is shown as <span className="tabular">[x]</span>, never as zero.
          Figures a force suppressed are marked <span className="tabular">[c]</span>. A period the
          data covers only in part is marked and drawn dashed. Rates are per 100,000 residents
          (Census 2021) of the forces that contribute; British Transport Police has no resident
          population and is left out of rates. Outcome rates are of crimes with an outcome assigned.
        </p>
        <p>
          These offences are counted where we believe the Home Office places them, but we could not
          confirm it; the figures of the groups named include them:
        </p>
        <ul className="list-disc space-y-1 pl-6">
          {UNVERIFIED_PLACEMENTS.map(({ id, why }) => {
            const offence = byId.get(id);
            if (!offence) return null;
            const chain: string[] = [];
            for (let p = offence.parent; p !== null; p = byId.get(p)?.parent ?? null)
              if (byId.get(p)?.level !== 'all') chain.unshift(byId.get(p)?.name ?? p);
            return (
              <li key={id}>
                {offence.name} ({id}), counted under {chain.join(' › ')}: {why}.
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="national" className="mt-8 max-w-3xl space-y-3">
        <h2 id="national" className="text-2xl font-bold">
          The national figure: about 14,000, not 140,000
        </h2>
        <p>
          Several press versions of the 2024 release said there were &ldquo;more than 140,000&rdquo;
          TikTok-linked crimes in England and Wales since 2021; one (the Shropshire Star) said
          &ldquo;more than 14,000&rdquo;. The forces&apos; own published totals are typically 50 to
          500 each over three years, which supports about 14,000 across 44 forces. The larger figure
          cannot be supported by the forces&apos; figures and should not be quoted.
        </p>
      </section>
      {meta.datasets.map((d) => (
        <DatasetSection key={d.id} id={d.id} />
      ))}
      <PlatformSeriesSection />
    </>
  );
}
