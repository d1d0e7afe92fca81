import {
  formatSeriesValue,
  type PlatformSeriesResponse,
  type SeriesArea,
  type SeriesFigure,
} from '@shared/platform-series.ts';

/**
 * What the platforms view draws, picked from the series as published. Nothing here adds, scales or
 * averages a figure: each value on the page is one published figure (or two where sources disagree),
 * found by its cell.
 */

export const GROOMING = '71/17';
export const IMAGES = '86';

/** one published value or, where sources disagree, each of them */
export interface Reading {
  values: number[];
  figures: SeriesFigure[];
}

const reading = (figures: SeriesFigure[]): Reading | null => {
  const published = figures.filter((f) => f.value !== null);
  if (published.length === 0) return null;
  return { values: [...new Set(published.map((f) => f.value ?? 0))], figures: published };
};

/** '10% or 12%', '3,171 or 3,217' */
export function readingText(r: Reading, unit: 'count' | 'percent'): string {
  return r.values.map((v) => formatSeriesValue(v, unit)).join(' or ');
}

function cell(
  body: PlatformSeriesResponse,
  pick: Partial<Pick<SeriesFigure, 'area' | 'areaKind' | 'platform' | 'table' | 'offence'>> & {
    period: string;
  },
): SeriesFigure[] {
  return body.figures.filter(
    (f) =>
      f.period?.id === pick.period &&
      (pick.area === undefined || f.area === pick.area) &&
      (pick.areaKind === undefined || f.areaKind === pick.areaKind) &&
      (pick.platform === undefined || f.platform === pick.platform) &&
      (pick.table === undefined || f.table === pick.table) &&
      (pick.offence === undefined || f.offence === pick.offence),
  );
}

export interface ShareRow {
  platform: string;
  name: string;
  /** one reading per year compared, null where no share was published for that year */
  years: (Reading | null)[];
}

export interface ShareComparison {
  area: string;
  years: string[];
  /** the base of each year's shares: the offences where the platform was recorded */
  bases: (Reading | null)[];
  /** all offences recorded that year, for the words "not of all 7,062" */
  totals: (Reading | null)[];
  rows: ShareRow[];
}

/**
 * The published shares of one area for the years compared, platform by platform (a group as
 * published is a row of its own), the largest first by the latest year.
 */
export function shareComparison(
  body: PlatformSeriesResponse,
  offence: string,
  area: string,
  years: string[],
): ShareComparison {
  const shares = body.figures.filter(
    (f) =>
      f.offence === offence &&
      f.area === area &&
      f.table === 'platform-share' &&
      f.period !== null &&
      years.includes(f.period.id),
  );
  const platforms = [...new Set(shares.map((f) => f.platform))];
  const name = (id: string) => body.platforms.find((p) => p.id === id)?.name ?? id;
  const rows = platforms.map((platform) => ({
    platform,
    name: name(platform),
    years: years.map((period) =>
      reading(cell(body, { offence, area, platform, table: 'platform-share', period })),
    ),
  }));
  const latest = (r: ShareRow) => {
    for (let i = r.years.length - 1; i >= 0; i--) {
      const v = r.years[i]?.values[0];
      if (v !== undefined) return v;
    }
    return -1;
  };
  rows.sort((a, b) => latest(b) - latest(a) || a.name.localeCompare(b.name));
  return {
    area,
    years,
    bases: years.map((period) =>
      reading(cell(body, { offence, area, platform: '*', table: 'platform-known', period })),
    ),
    totals: years.map((period) =>
      reading(cell(body, { offence, area, platform: '*', table: 'totals', period })),
    ),
    rows,
  };
}

export interface NationalPoint {
  period: string;
  /** England and Wales, and the United Kingdom: two series, never one */
  ew: Reading | null;
  uk: Reading | null;
}

/** The financial years from the first to the last with a national total of offences. */
export function nationalSeries(body: PlatformSeriesResponse, offence: string): NationalPoint[] {
  const years = [
    ...new Set(
      body.figures
        .filter(
          (f) =>
            f.offence === offence &&
            f.areaKind === 'country' &&
            f.table === 'totals' &&
            f.period?.kind === 'financial-year',
        )
        .map((f) => f.period?.id ?? ''),
    ),
  ].sort();
  const first = years[0];
  const last = years.at(-1);
  if (first === undefined || last === undefined) return [];
  const start = Number(first.slice(0, 4));
  const end = Number(last.slice(0, 4));
  const all: string[] = [];
  for (let y = start; y <= end; y++) all.push(`${y}/${String((y + 1) % 100).padStart(2, '0')}`);
  const total = (area: string, period: string) =>
    reading(
      cell(body, { offence, area, areaKind: 'country', platform: '*', table: 'totals', period }),
    );
  return all.map((period) => ({
    period,
    ew: total('england-and-wales', period),
    uk: total('united-kingdom', period),
  }));
}

/** The first year whose national figure is for the United Kingdom and not England and Wales. */
export function ukFrom(points: NationalPoint[]): string | null {
  return points.find((p) => p.uk !== null && p.ew === null)?.period ?? null;
}

export interface AreaRow {
  area: SeriesArea;
  /** one reading per financial year; 'not-provided' where the force said it gave none */
  years: (Reading | 'not-provided' | null)[];
  /** totals for periods that are not one financial year, as published */
  other: SeriesFigure[];
}

/** Regions and forces with a published total, each year a column; other periods beside them. */
export function areaRows(
  body: PlatformSeriesResponse,
  offence: string,
): { years: string[]; rows: AreaRow[] } {
  const totals = body.figures.filter(
    (f) => f.offence === offence && f.table === 'totals' && f.areaKind !== 'country',
  );
  const years = [
    ...new Set(
      totals.filter((f) => f.period?.kind === 'financial-year').map((f) => f.period?.id ?? ''),
    ),
  ].sort();
  const keyOf = (kind: string, id: string) => `${kind}:${id}`;
  const areas = body.areas.filter((a) =>
    totals.some((f) => keyOf(f.areaKind, f.area) === keyOf(a.kind, a.id)),
  );
  const rows = areas.map((area) => {
    const mine = totals.filter((f) => keyOf(f.areaKind, f.area) === keyOf(area.kind, area.id));
    return {
      area,
      years: years.map((y) => {
        const here = mine.filter((f) => f.period?.id === y);
        if (here.length > 0 && here.every((f) => f.status === 'not-provided'))
          return 'not-provided' as const;
        return reading(here);
      }),
      other: mine.filter((f) => f.period?.kind !== 'financial-year'),
    };
  });
  // regions first, then forces, each by name
  rows.sort(
    (a, b) =>
      (a.area.kind === 'region' ? 0 : 1) - (b.area.kind === 'region' ? 0 : 1) ||
      a.area.name.localeCompare(b.area.name),
  );
  return { years, rows };
}

const sourceOf = (body: PlatformSeriesResponse, id: string) =>
  body.sources.find((s) => s.id === id);

export interface KeyFact {
  text: string;
  sources: { id: string; title: string; url: string | null }[];
}

function sourcesOf(body: PlatformSeriesResponse, figures: SeriesFigure[]): KeyFact['sources'] {
  return [...new Set(figures.map((f) => f.source))].map((id) => {
    const s = sourceOf(body, id);
    return { id, title: s ? `${s.publisher}, ${s.title}` : id, url: s?.url ?? null };
  });
}

/**
 * The view's key facts, written from the figures: the platform most named, with each year's share and
 * base, and the national total of the latest two years.
 */
export function keyFacts(body: PlatformSeriesResponse): KeyFact[] {
  const facts: KeyFact[] = [];
  const years = ['2023/24', '2024/25'];
  const cmp = shareComparison(body, GROOMING, 'united-kingdom', years);
  const top = cmp.rows[0];
  const [a, b] = top?.years ?? [];
  const [baseA, baseB] = cmp.bases;
  if (top && a && b && baseA && baseB) {
    facts.push({
      text: `${top.name} was named in ${readingText(a, 'percent')} of the ${readingText(baseA, 'count')} grooming offences where the platform was recorded in ${years[0]} (UK), and in ${readingText(b, 'percent')} of ${readingText(baseB, 'count')} in ${years[1]}.`,
      sources: sourcesOf(body, [...a.figures, ...b.figures, ...baseA.figures, ...baseB.figures]),
    });
  }
  const [totalA, totalB] = cmp.totals;
  if (totalA && totalB && baseA && baseB) {
    facts.push({
      text: `Police in the UK recorded ${readingText(totalB, 'count')} offences of sexual communication with a child in ${years[1]}, against ${readingText(totalA, 'count')} in ${years[0]}; the platform was recorded for ${readingText(baseB, 'count')} and ${readingText(baseA, 'count')} of them.`,
      sources: sourcesOf(body, [
        ...totalA.figures,
        ...totalB.figures,
        ...baseA.figures,
        ...baseB.figures,
      ]),
    });
  }
  const national = nationalSeries(body, GROOMING);
  const from = ukFrom(national);
  const firstEw = national[0]?.ew;
  if (from && firstEw && national[0]) {
    facts.push({
      text: `The national figures are for England and Wales up to 2020/21 (${readingText(firstEw, 'count')} in ${national[0].period}) and for the United Kingdom from ${from}: the two are not like for like.`,
      sources: sourcesOf(body, firstEw.figures),
    });
  }
  return facts;
}
