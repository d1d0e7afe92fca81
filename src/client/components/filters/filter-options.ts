import type { MetaResponse } from '@shared/contract.ts';
import type { Counted } from '@shared/counted.ts';
import { MEASURES, type Filters } from '@shared/filters.ts';
import { measureWords } from '@shared/measure-words.ts';
import { formatMonth, monthLabel, parseMonth } from '@shared/period.ts';
import type { Option } from '../ui/select-field.tsx';
import type { TreeOption } from '../ui/multi-select-tree.ts';

/** The choices each filter offers, derived from the reference lists in the API's meta. */

export function forceOptions(meta: MetaResponse): TreeOption[] {
  return meta.regions.flatMap((r) => {
    const forces = meta.forces.filter((f) => f.regionId === r.id);
    if (forces.length === 0) return [];
    const region: TreeOption = { id: `region:${r.id}`, label: r.name, parent: null, virtual: true };
    return [
      region,
      ...forces.map((f) => ({
        id: f.id,
        label: f.name,
        parent: region.id,
        keywords: [f.shortName, r.name, ...f.aliases],
      })),
    ];
  });
}

/** What a choice the dataset has no figures for says after its name. */
export const NO_FIGURES = ' (no figures)';

/** Every platform, those the dataset has no figures for marked so: choosing one draws nothing. */
export function platformOptions(meta: MetaResponse): TreeOption[] {
  const held = meta.dataset.holds.platforms;
  return meta.platforms.map((p) => ({
    id: p.id,
    label: held.includes(p.id) ? p.name : `${p.name}${NO_FIGURES}`,
    parent: null,
  }));
}

/** Options in depth-first order, so that each follows its parent; the root ("all") is left out. */
function treeOptions(
  nodes: MetaResponse['offences'] | MetaResponse['outcomes'],
  withCode: boolean,
): TreeOption[] {
  const out: TreeOption[] = [];
  const visit = (parent: string) => {
    for (const n of nodes) {
      if (n.parent !== parent) continue;
      out.push({
        id: n.id,
        label:
          withCode && n.level === 'outcome' && n.id !== 'unclassified'
            ? `${n.id}: ${n.name}`
            : n.name,
        parent: parent === '*' ? null : parent,
        keywords: [n.id, ...(n.description ? [n.description] : [])],
      });
      visit(n.id);
    }
  };
  visit('*');
  return out;
}

export function offenceOptions(meta: MetaResponse): TreeOption[] {
  return treeOptions(meta.offences, false);
}

export function outcomeOptions(meta: MetaResponse): TreeOption[] {
  return treeOptions(meta.outcomes, true);
}

export function monthOptions(meta: MetaResponse): Option[] {
  const start = parseMonth(meta.dataset.coverage.from);
  const end = parseMonth(meta.dataset.coverage.to);
  if (start === null || end === null) return [];
  const out: Option[] = [];
  for (let m = start; m <= end; m++) out.push({ value: formatMonth(m), label: monthLabel(m) });
  return out;
}

const INTERVAL_OPTIONS: Option[] = [
  { value: 'fy', label: 'Financial year' },
  { value: 'year', label: 'Calendar year' },
  { value: 'quarter', label: 'Quarter' },
  { value: 'month', label: 'Month' },
  { value: 'total', label: 'Whole period' },
];

/**
 * Every interval, those at which no figure of the dataset can be shown marked so: a figure is never
 * split in time, so annual returns have no months, quarters or calendar years.
 */
export function intervalOptions(meta: MetaResponse): Option[] {
  const held: readonly string[] = meta.dataset.holds.intervals;
  return INTERVAL_OPTIONS.map((o) =>
    held.includes(o.value) ? o : { ...o, label: `${o.label}${NO_FIGURES}` },
  );
}

/** The measures, in the words that choose them: over several platforms a count is of platform mentions. */
export function measureOptions(counted: Counted): Option[] {
  return MEASURES.map((m) => ({ value: m, label: measureWords(m, counted).choice }));
}

/**
 * A new end of the range, and what else had to move. A From after To (or a To before From) would
 * be a reversed range: the other end goes back to the edge of the figures, and the note says so,
 * so that the change the reader did not make is never silent.
 */
export function rangeChange(
  end: 'from' | 'to',
  value: string,
  filters: Pick<Filters, 'from' | 'to'>,
  coverage: { from: string; to: string },
): { patch: Partial<Filters>; note: string | null } {
  const label = (month: string) => {
    const m = parseMonth(month);
    return m === null ? month : monthLabel(m);
  };
  if (end === 'from') {
    const patch: Partial<Filters> = { from: value === coverage.from ? null : value };
    if (filters.to === null || value <= filters.to) return { patch, note: null };
    return {
      patch: { ...patch, to: null },
      note: `From ${label(value)} is after the previous To (${label(filters.to)}), so To is now ${label(coverage.to)}, the end of the figures.`,
    };
  }
  const patch: Partial<Filters> = { to: value === coverage.to ? null : value };
  if (filters.from === null || value >= filters.from) return { patch, note: null };
  return {
    patch: { ...patch, from: null },
    note: `To ${label(value)} is before the previous From (${label(filters.from)}), so From is now ${label(coverage.from)}, the start of the figures.`,
  };
}

/**
 * A dataset's name short enough for its select at any width: the title up to its colon
 * ("Published figures: TikTok-linked crime, 2024 FOI request" is "Published figures"). The banner
 * under the header names the dataset in view in full.
 */
export function datasetOptions(datasets: MetaResponse['datasets']): Option[] {
  return datasets.map((d) => ({
    value: d.id,
    label: d.illustrative ? 'Illustrative demo data' : (d.title.split(':')[0] ?? d.title),
  }));
}
