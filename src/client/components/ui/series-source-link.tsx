import type { PlatformSeriesResponse } from '@shared/platform-series.ts';

/** A published figure's source, 'Burnley Express, 2019-03-01', linked where it has an address. */
export function SeriesSourceLink({ body, id }: { body: PlatformSeriesResponse; id: string }) {
  const s = body.sources.find((x) => x.id === id);
  if (!s) return <>{id}</>;
  const text = `${s.publisher}${s.date ? `, ${s.date}` : ''}`;
  return s.url ? (
    <a href={s.url} title={s.title}>
      {text}
    </a>
  ) : (
    <>{text}</>
  );
}
