import type { CountsResponse, Period } from '@shared/contract.ts';
import { telling, wordingOf, wordingText } from './wording.ts';
import type { Measure } from '@shared/filters.ts';
import {
  NOT_BROKEN_DOWN_COLOUR,
  OTHER_COLOUR,
  PALETTE,
  SINGLE_SERIES,
  type ColourScheme,
} from '../components/charts/colours.ts';

/** A response shaped for drawing: colours fixed per category, at most six categories on a chart. */

export interface ChartSeries {
  key: string;
  label: string;
  colour: string;
  kind: 'series' | 'not-broken-down' | 'other';
  values: (number | null)[];
  suppressed: boolean[];
  /** labels of the categories an "Other" series holds */
  members?: string[];
  /** aligned with periods: the published wording and caveats of the figures in each value */
  notes?: string[][];
}

export interface ChartData {
  periods: Period[];
  series: ChartSeries[];
  measure: Measure;
  unit: string;
  /** series left off the chart (shown in the table), when they cannot be added up into "Other" */
  omitted: string[];
}

const POSITIONAL = [
  PALETTE.darkBlue,
  PALETTE.turquoise,
  PALETTE.darkPink,
  PALETTE.orange,
  PALETTE.lightPurple,
];
const MAX_CATEGORIES = 6;

function total(values: readonly (number | null)[]): number {
  return values.reduce<number>((a, v) => a + (v ?? 0), 0);
}

/** Every series as it is, for tables: nothing folded. */
export function tableSeries(r: CountsResponse, scheme: ColourScheme | null): ChartSeries[] {
  const notesOf = (key: string, label: string) =>
    r.periods.map((p) =>
      telling(wordingOf(r, key, p.id), label).map((w) => wordingText(r, w, true)),
    );
  return r.series.map((s, i) => ({
    key: s.key,
    label: s.label,
    kind: s.kind,
    values: s.values,
    suppressed: s.suppressed,
    ...(r.wording.length > 0 ? { notes: notesOf(s.key, s.label) } : {}),
    colour:
      s.kind === 'not-broken-down'
        ? NOT_BROKEN_DOWN_COLOUR
        : r.series.length === 1
          ? SINGLE_SERIES
          : scheme
            ? (scheme.own[s.key] ?? OTHER_COLOUR)
            : (POSITIONAL[i] ?? OTHER_COLOUR),
  }));
}

/**
 * Series for a chart. With a colour scheme, categories without a colour of their own are added up
 * into "Other"; without one, the largest five keep positional colours and the rest are folded. Rates
 * cannot be added up, so in rate charts the extra series are left to the table instead.
 */
export function chartData(r: CountsResponse, scheme: ColourScheme | null): ChartData {
  const all = tableSeries(r, scheme);
  const nbd = all.filter((s) => s.kind === 'not-broken-down');
  let main = all.filter((s) => s.kind !== 'not-broken-down');
  let keep: ChartSeries[];
  let rest: ChartSeries[];
  if (scheme && main.length > 1) {
    keep = main.filter((s) => s.key in scheme.own);
    rest = main.filter((s) => !(s.key in scheme.own));
  } else if (main.length > MAX_CATEGORIES - nbd.length) {
    main = [...main].sort((a, b) => total(b.values) - total(a.values));
    // positional colours follow the ranking, so no kept series shares the grey of "Other"
    keep = main
      .slice(0, MAX_CATEGORIES - 1 - nbd.length)
      .map((s, i) => ({ ...s, colour: POSITIONAL[i] ?? OTHER_COLOUR }));
    rest = main.slice(MAX_CATEGORIES - 1 - nbd.length);
  } else {
    keep = main;
    rest = [];
  }
  const omitted: string[] = [];
  const series = [...keep];
  if (rest.length === 1 && scheme === null) series.push(...rest);
  else if (rest.length > 0 && r.query.measure === 'rate') omitted.push(...rest.map((s) => s.label));
  else if (rest.length > 0) {
    series.push({
      key: scheme?.otherKey ?? 'other',
      label: scheme?.otherLabel ?? 'Other',
      colour: OTHER_COLOUR,
      kind: 'other',
      members: rest.map((s) => s.label),
      values: r.periods.map((_, i) =>
        rest.every((s) => s.values[i] === null)
          ? null
          : rest.reduce((a, s) => a + (s.values[i] ?? 0), 0),
      ),
      suppressed: r.periods.map((_, i) => rest.some((s) => s.suppressed[i])),
      ...(rest.some((s) => s.notes)
        ? { notes: r.periods.map((_, i) => rest.flatMap((s) => s.notes?.[i] ?? [])) }
        : {}),
    });
  }
  series.push(...nbd);
  return { periods: r.periods, series, measure: r.query.measure, unit: r.unit, omitted };
}

/** How many of the forces in view contribute to the figures, across the periods. */
export function forceCoverage(r: CountsResponse): { of: number; min: number; max: number } {
  const of = r.forces.length;
  const counts = r.totals.missing.map((m) => of - m.length);
  return { of, min: Math.min(...counts, of), max: Math.max(...counts, 0) };
}

/**
 * One period of an answer, as an answer: so a figure about that period counts its forces, and lists
 * its notes, for that period alone (a note names periods by id or by label).
 */
export function atPeriod(r: CountsResponse, index: number): CountsResponse {
  const period = r.periods[index];
  if (!period)
    return {
      ...r,
      periods: [],
      series: [],
      totals: { values: [], missing: [], suppressed: [], complete: [] },
      crimes: { values: [], missing: [], suppressed: [] },
      wording: [],
    };
  const pick = <T>(values: readonly T[]) => values.slice(index, index + 1);
  return {
    ...r,
    periods: [period],
    series: r.series.map((s) => ({
      ...s,
      values: pick(s.values),
      missing: pick(s.missing),
      suppressed: pick(s.suppressed),
    })),
    totals: {
      values: pick(r.totals.values),
      missing: pick(r.totals.missing),
      suppressed: pick(r.totals.suppressed),
      complete: pick(r.totals.complete),
    },
    crimes: {
      values: pick(r.crimes.values),
      missing: pick(r.crimes.missing),
      suppressed: pick(r.crimes.suppressed),
    },
    notes: r.notes.filter((n) => n.periods.length === 0 || n.periods.includes(period.id)),
    wording: r.wording.filter((w) => w.period === period.id),
  };
}
