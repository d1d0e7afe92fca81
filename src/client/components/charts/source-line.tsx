import type { CountsResponse, Source } from '@shared/contract.ts';
import { wordingText } from '../../lib/wording.ts';
import { ANY_DIGITS, formatNumber } from '@shared/number-format.ts';

function sourceText(s: Source) {
  const when = s.date ? `, ${s.date}` : '';
  return (
    <>
      {s.url ? <a href={s.url}>{s.title}</a> : s.title} ({s.publisher}
      {when})
    </>
  );
}

/**
 * Every drawn figure in its source's own words, with the caveat noted beside it, one click away:
 * "Lancashire Constabulary, 2023/24, Charged/summonsed, 3: “charges/summons” (Blackpool Gazette)…".
 */
export function PublishedWording({
  response: r,
  label,
}: {
  response: Pick<CountsResponse, 'wording' | 'sources' | 'series' | 'periods'>;
  label: (key: string | null) => string;
}) {
  if (r.wording.length === 0) return null;
  const period = (id: string) => r.periods.find((p) => p.id === id)?.label ?? id;
  return (
    <details className="mt-2" data-published-wording>
      <summary className="cursor-pointer font-semibold">
        These figures as published ({r.wording.length}): the sources&apos; own words and the notes
        on them
      </summary>
      <ul className="mt-1 list-disc pl-6">
        {r.wording.map((w, i) => (
          <li key={i}>
            {w.forceName}, {period(w.period)}, {label(w.series)}
            {w.count === null ? '' : `, ${formatNumber(w.count, ANY_DIGITS)}`}: {wordingText(r, w)}
          </li>
        ))}
      </ul>
    </details>
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
