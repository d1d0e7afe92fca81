import type { Bound, PrintedFigure, Source } from '@shared/contract.ts';
import { formatCount, formatPercent } from '../../lib/format.ts';
import { capitalise } from '../../lib/words.ts';
import type { NationalShown } from '../../lib/national-figure.ts';

const BOUND_WORDS: Record<Bound, string> = { 'more-than': 'more than ', exact: '' };
const SMALL = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** "more than 14,000" */
export function printedWords(p: Pick<PrintedFigure, 'value' | 'bound'>): string {
  return `${BOUND_WORDS[p.bound]}${formatCount(p.value)}`;
}

function SourceLinks({
  ids,
  sources,
}: {
  ids: readonly string[];
  sources: NationalShown['sources'];
}) {
  const known = ids.flatMap((id) => {
    const s = sources.get(id);
    return s ? [s] : [];
  });
  const link = (s: Source) => (s.url ? <a href={s.url}>{s.publisher}</a> : s.publisher);
  return known.map((s, i) => (
    <span key={s.id}>
      {i === 0 ? '' : i === known.length - 1 ? ' and ' : ', '}
      {link(s)}
      {s.date ? ` (${s.date})` : ''}
    </span>
  ));
}

/**
 * The country's figure as its release published it, beside the forces' figures and never read as
 * their sum: the reading used, the other where versions disagree and why, each source a click away.
 */
export function NationalFigurePanel({ shown }: { shown: NationalShown }) {
  const { figure: f, sources, platformName, forces } = shown;
  const other = f.alternative;
  const versions = other?.sources.length ?? 0;
  return (
    <section
      aria-labelledby="national-figure-heading"
      className="max-w-3xl border-l-4 border-brand bg-panel p-4"
      data-national-figure
    >
      <h2 id="national-figure-heading" className="text-xl font-bold">
        {f.area.name}, as published
      </h2>
      <p className="mt-2">
        <span className="tabular text-4xl font-bold">{capitalise(printedWords(f))}</span>{' '}
        {platformName}-linked crimes in {f.area.name}, {f.period.label}
        {f.change &&
          `, ${f.change.percent < 0 ? 'down' : 'up'} ${formatPercent(Math.abs(f.change.percent), 0)} since ${f.change.since}`}
        , as the press release put it. Source: <SourceLinks ids={f.sources} sources={sources} />.
      </p>
      <p className="mt-2">
        <strong>Not the sum of the forces&apos; figures</strong>
        {forces
          ? `: ${forces.who} recorded ${forces.suppressed ? 'at least ' : ''}${formatCount(forces.value)} between them over ${f.period.label}. The release's figure counts every force, including those whose figures were never published.`
          : ": the forces' figures on this page are only those of the forces that published theirs."}
      </p>
      {other && (
        <details className="mt-2">
          <summary className="cursor-pointer font-semibold">
            {capitalise(SMALL[versions] ?? String(versions))} other versions of the release print
            &ldquo;{printedWords(other)}&rdquo;: why we use {formatCount(f.value)}
          </summary>
          {f.why && <p className="mt-1">{f.why}</p>}
          <p className="mt-1">
            &ldquo;{other.asPublished}&rdquo;: <SourceLinks ids={other.sources} sources={sources} />
            .
          </p>
        </details>
      )}
    </section>
  );
}
