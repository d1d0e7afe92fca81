import type { CountsResponse, Source } from '@shared/contract.ts';

function sourceText(s: Source) {
  const when = s.date ? `, ${s.date}` : '';
  return (
    <>
      {s.url ? <a href={s.url}>{s.title}</a> : s.title} ({s.publisher}
      {when})
    </>
  );
}

/** "Source: …" with every source a click away, the dataset and its version. */
export function SourceLine({
  sources,
  dataset,
}: {
  sources: readonly Source[];
  dataset: CountsResponse['dataset'];
}) {
  return (
    <>
      <span className="font-semibold">Source{sources.length === 1 ? '' : 's'}: </span>
      {sources.length === 0
        ? 'no published figure answers this selection. '
        : sources.map((s, i) => (
            <span key={s.id}>
              {i > 0 && '; '}
              {sourceText(s)}
            </span>
          ))}
      {sources.length > 0 && '. '}
      Dataset: {dataset.title}, version {dataset.version}.{' '}
      {dataset.illustrative
        ? 'Illustrative figures, invented to demonstrate the dashboard: do not quote them.'
        : 'Counts come from keyword searches of crime records and are not comparable between forces.'}
    </>
  );
}
