import type { SeriesSource } from '@shared/platform-series.ts';

/** What a series table adds to the release, in the words a data manager checks it by. */

export interface SeriesFileSummary {
  file: string;
  description: string;
  rows: number;
  skipped: number;
  ignoredColumns: string[];
}

export interface SeriesSummary {
  release: string;
  version: number;
  files: SeriesFileSummary[];
  figures: number;
  byKind: Record<string, number>;
  shares: number;
  periods: string[];
  source: SeriesSource;
  replaced: number;
}

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

export function formatSeriesSummary(
  s: SeriesSummary,
  mode: 'written' | 'dry-run',
  where: string,
): string[] {
  const rows = s.files.reduce((n, f) => n + f.rows, 0);
  const out = [`${plural(s.files.length, 'file')}, ${plural(rows, 'row')} read as a series table:`];
  for (const f of s.files) {
    const extra = [
      f.skipped > 0 ? `${plural(f.skipped, 'row')} above the header skipped` : '',
      f.ignoredColumns.length > 0
        ? `columns ignored: ${f.ignoredColumns.map((c) => `'${c}'`).join(', ')}`
        : '',
    ].filter(Boolean);
    out.push(
      `  ${f.file} (${f.description}): ${plural(f.rows, 'row')}${extra.length ? `; ${extra.join('; ')}` : ''}`,
    );
  }
  const kinds = Object.entries(s.byKind)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => plural(n, kind, kind === 'country' ? 'countries' : `${kind}s`))
    .join(', ');
  out.push(
    `Figures ${mode === 'written' ? 'added' : 'to add'}: ${plural(s.figures, 'figure')} (${kinds}${s.shares > 0 ? `; ${plural(s.shares, 'share')} with ${s.shares === 1 ? 'its' : 'their'} base` : ''})`,
  );
  out.push(`Periods: ${s.periods.join(', ')}`);
  const src = s.source;
  out.push(
    `Source of rows that name none: ${src.title} (${[src.publisher, src.date, src.kind].filter(Boolean).join(', ')})`,
  );
  if (s.replaced > 0)
    out.push(
      `${mode === 'written' ? 'Replaced' : 'Would replace'}: ${plural(s.replaced, 'figure')} loaded earlier`,
    );
  out.push(
    mode === 'written'
      ? `Added version ${s.version} of release '${s.release}' to ${where}.`
      : `Dry run: nothing was written. The import would add version ${s.version} of release '${s.release}' to ${where}.`,
  );
  return out;
}
