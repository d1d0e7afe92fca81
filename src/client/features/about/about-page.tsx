import { useQuery } from '@tanstack/react-query';
import type { Dataset } from '@shared/contract.ts';
import { periodLabel, parseMonth } from '@shared/period.ts';
import { metaQueryOptions } from '../../api/meta.ts';

function coverageLabel(d: Dataset): string {
  const start = parseMonth(d.coverage.from);
  const end = parseMonth(d.coverage.to);
  return start === null || end === null
    ? `${d.coverage.from} to ${d.coverage.to}`
    : periodLabel({ start, end });
}

function DatasetSection({ id }: { id: string }) {
  const { data, error, isPending } = useQuery(metaQueryOptions(id));
  if (isPending) return <p role="status">Loading the {id} dataset…</p>;
  if (error) return <p role="alert">{error.message}</p>;
  const d = data.dataset;
  return (
    <section aria-labelledby={`dataset-${d.id}`} className="border-t border-border py-6">
      <h2 id={`dataset-${d.id}`} className="text-2xl font-bold">
        {d.title}
      </h2>
      {d.illustrative && (
        <p className="mt-2 border-l-4 border-warning bg-panel p-3 font-semibold">
          Illustrative figures: do not quote them.
        </p>
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

/** The datasets this dashboard draws on: what each is, what it covers and where its figures come from. */
export function AboutPage() {
  const { data } = useQuery(metaQueryOptions('reported'));
  return (
    <main id="main" className="mx-auto max-w-page px-4 py-8 sm:px-8">
      <h1 className="text-3xl font-bold">Social media crime dashboard: data sources</h1>
      {(data?.datasets ?? [{ id: 'reported' }]).map((d) => (
        <DatasetSection key={d.id} id={d.id} />
      ))}
    </main>
  );
}
