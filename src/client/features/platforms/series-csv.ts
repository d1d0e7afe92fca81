import type { PlatformSeriesResponse } from '@shared/platform-series.ts';

const quote = (v: string | number | null): string => {
  if (v === null) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

/**
 * Every figure of the series as one table, a line a figure: its cell, the period as placed and as
 * published, the value (empty, with its status, where a force gave none), the base of a share, the
 * source and its words, and the lines of the figures it disagrees with.
 */
export function seriesCsvText(body: PlatformSeriesResponse): string {
  const header = [
    'line',
    'area_kind',
    'area',
    'platform',
    'table',
    'offence',
    'period',
    'period_start',
    'period_end',
    'period_as_published',
    'value',
    'unit',
    'status',
    'base_value',
    'source',
    'source_url',
    'as_published',
    'note',
    'disagrees_with_lines',
  ];
  const url = new Map(body.sources.map((s) => [s.id, s.url]));
  const lines = body.figures.map((f) =>
    [
      f.row,
      f.areaKind,
      f.area,
      f.platform,
      f.table,
      f.offence,
      f.period?.id ?? null,
      f.period?.start ?? null,
      f.period?.end ?? null,
      f.periodAsPublished,
      f.value,
      f.unit,
      f.status,
      f.base?.value ?? null,
      f.source,
      url.get(f.source) ?? null,
      f.asPublished,
      f.note,
      f.disagrees.join(' '),
    ]
      .map(quote)
      .join(','),
  );
  return [header.join(','), ...lines].join('\r\n') + '\r\n';
}

export function seriesCsv(body: PlatformSeriesResponse): Blob {
  return new Blob([`\ufeff${seriesCsvText(body)}`], { type: 'text/csv;charset=utf-8' });
}
