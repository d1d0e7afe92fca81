import type { Period, Series, Wording } from '@shared/contract.ts';
import { NOT_BROKEN_DOWN_KEY } from '@shared/contract.ts';
import { FORCES } from '@shared/reference/forces.ts';
import { offenceHierarchy } from '@shared/reference/offences.ts';
import { outcomeHierarchy } from '@shared/reference/outcomes.ts';
import { PLATFORMS } from '@shared/reference/platforms.ts';
import type { Frame } from './frame.ts';
import { seriesCounted } from '@shared/counted.ts';
import { measureWords } from '@shared/measure-words.ts';
import { measureRow } from './measure.ts';
import type { Tally } from './tally.ts';
import type { Answer } from './types.ts';

/**
 * The last stage: the tallied grids measured (count, rate or share, by one rule for series and
 * totals) and written as the answer, with its notes, sources and published wording.
 */
export function present(fr: Frame, tally: Tally, wording: Wording[]): Answer {
  const { bks, nb, q, notes, store } = fr;
  const series = seriesOf(fr, tally);
  const totalMissing: string[][] = [];
  const crimesMissing: string[][] = [];
  for (let bi = 0; bi < nb; bi++) {
    // a selection is missing from the series it does not list, but is in the sum of what is drawn
    let all: Set<string> | null = null;
    for (let s = 0; s <= fr.S; s++) {
      const m = tally.missing[s * nb + bi];
      if (m) for (const force of m) (all ??= new Set()).add(force);
    }
    const out = tally.outOfCrimes[bi];
    const total = all === null ? [] : out ? [...all].filter((m) => !out.has(m)) : [...all];
    totalMissing.push(total);
    crimesMissing.push(out ? [...new Set([...total, ...out])] : [...total]);
  }
  const periods: Period[] = bks.map((b, bi) => ({
    id: b.id,
    label: b.label,
    start: fr.bucketFrom[bi] ?? '',
    end: fr.bucketTo[bi] ?? '',
    partial: b.start !== b.full.start || b.end !== b.full.end,
  }));
  if (periods.some((p) => p.partial)) notes.partialPeriods(periods.filter((p) => p.partial));
  const totalValues = measureRow(tally.totals, 0, q.measure, notes);
  const crimeValues = measureRow(tally.crimes, 0, q.measure, notes);
  return {
    periods,
    series,
    totals: {
      values: totalValues,
      missing: totalMissing,
      suppressed: bks.map((_, bi) => tally.totals.suppressed[bi] === 1),
      complete: bks.map((_, bi) => tally.totals.isKnown(0, bi) && tally.incomplete[bi] !== 1),
    },
    crimes: {
      values: crimeValues,
      missing: crimesMissing,
      suppressed: bks.map((_, bi) => tally.crimes.suppressed[bi] === 1),
    },
    coverage: {
      forces: q.forces.filter((f) => tally.answeredForces[f] === 1).map((f) => FORCES[f]?.id ?? ''),
      platforms: q.platforms
        .filter((p) => tally.answeredPlatforms[p] === 1)
        .map((p) => PLATFORMS[p]?.id ?? ''),
    },
    wording,
    notes: notes.list(),
    sources: [...tally.usedSources].flatMap((id) => {
      const s = store.sources.get(id);
      return s ? [s] : [];
    }),
    unit: measureWords(q.measure, seriesCounted({ query: q, counted: fr.counted })).unit,
    counted: fr.counted,
  };
}

/** The series kept (asked for, named by a figure, or with a figure) and Not broken down, measured. */
function seriesOf(fr: Frame, tally: Tally): Series[] {
  const { bks, nb, plan, q, notes, S } = fr;
  const { grid } = tally;
  const of = { grid: tally.totals, row: 0 };
  const row = (s: number) => ({
    values: measureRow(grid, s, q.measure, notes, of),
    missing: bks.map((_, bi) => {
      const m = tally.missing[s * nb + bi];
      return m ? [...m] : [];
    }),
    suppressed: bks.map((_, bi) => grid.suppressed[s * nb + bi] === 1),
  });
  const selected = new Set(
    plan.dimension === 'offence'
      ? q.offences.map((o) => offenceHierarchy.nodes[o]?.id)
      : plan.dimension === 'outcome'
        ? q.outcomes.map((o) => outcomeHierarchy.nodes[o]?.id)
        : [],
  );
  const anySuppressed = (s: number) => bks.some((_, bi) => grid.suppressed[s * nb + bi] === 1);
  const series: Series[] = [];
  plan.defs.forEach((d, s) => {
    const keep =
      plan.dimension === 'unit' ||
      selected.has(d.key) ||
      tally.mentioned[s] === 1 ||
      bks.some((_, bi) => grid.isKnown(s, bi) && (grid.value[s * nb + bi] ?? 0) > 0) ||
      anySuppressed(s);
    if (keep) series.push({ key: d.key, label: d.label, kind: 'series', ...row(s) });
  });
  const nbdCounts = bks.map((_, bi) => grid.value[S * nb + bi] ?? 0);
  if (plan.dimension !== 'unit' && (nbdCounts.some((v) => v > 0) || anySuppressed(S))) {
    series.push({
      key: NOT_BROKEN_DOWN_KEY,
      label: 'Not broken down',
      kind: 'not-broken-down',
      ...row(S),
    });
  }
  return series;
}
