import type { CountsResponse, Period, Source } from './contract.ts';
import { outcomeRates } from './figures.ts';
import { mixComparison, type Mix, type MixRow } from './force-standing.ts';
import type { KeyFact } from './key-facts.ts';
import { count, lowerFirst, percent1, share, SMALL_BASE } from './key-facts-words.ts';
import { CHARGED_GROUP_ID } from './reference/outcome-ids.ts';

/**
 * The offence and outcome sentences: what the force's breakdown says, set against England and Wales
 * only where both account for every crime, and said plainly where it is partial or does not reconcile.
 */

/** A force's breakdown and the same query over all forces (England and Wales). */
export interface MixInput {
  force: CountsResponse;
  ew: CountsResponse;
}

export interface FactContext {
  force: { id: string; name: string };
  period: Period;
  index: number;
  /** the force's published total for the period */
  total: number | null;
  subject: string;
  /** what the counts are of: 'crimes', or 'platform mentions' over several platforms */
  noun: string;
  /** the sources of that total */
  sources: readonly Source[];
}

/** "all 43 forces" or "the 4 forces with figures" */
export function ewWho(mix: Pick<Mix, 'ewForces' | 'ewOf'>): string {
  const n = mix.ewForces.length;
  return n === mix.ewOf ? `all ${count(n)} forces` : `the ${count(n)} forces with figures`;
}

function largest(rows: readonly MixRow[]): MixRow | null {
  const named = rows.filter((r) => r.kind === 'series' && r.count !== null);
  const classified = named.filter((r) => r.key !== 'unclassified');
  const pool = classified.length > 0 ? classified : named;
  return pool.reduce<MixRow | null>(
    (a, r) => (a === null || (r.count ?? 0) > (a.count ?? 0) ? r : a),
    null,
  );
}

function sourcesOf(...lists: (readonly Source[])[]): Source[] {
  const seen = new Map<string, Source>();
  for (const s of lists.flat()) seen.set(s.id, s);
  return [...seen.values()];
}

/** "violence against the person (57), sexual offences (7)": a selection's rows, largest first */
function listed(rows: readonly MixRow[]): string {
  return rows
    .filter((r) => r.kind === 'series' && r.count !== null)
    .sort((a, b) => (b.count ?? 0) - (a.count ?? 0))
    .map((r) => `${lowerFirst(r.label)} (${count(r.count ?? 0)})`)
    .join(', ');
}

/** One category on both sides (the filters chose one offence or outcome): 100% beside 100% says nothing. */
function single(mix: Mix): boolean {
  return mix.rows.filter((r) => r.kind === 'series').length <= 1 && mix.state === 'complete';
}

export function offenceFact(ctx: FactContext, input: MixInput): KeyFact | null {
  const mix = mixComparison(input.force, input.ew, ctx.index, ctx.total);
  if (single(mix)) return null;
  const when = ctx.period.label;
  const top = largest(mix.rows);
  const link = {
    view: 'offences' as const,
    patch: { force: [ctx.force.id], by: 'offenceGroup' as const },
  };
  const figures: Record<string, number | null> = { breakdown: mix.sum, total: mix.total };
  let sources = sourcesOf(input.force.sources);
  let text: string;
  if (mix.state === 'none' || mix.sum === null) {
    if (ctx.total === null) return null;
    text = `No offence breakdown of ${ctx.force.name}'s figures for ${when} has been published.`;
    sources = sourcesOf(ctx.sources);
  } else if (mix.state === 'selection') {
    text = `For ${when} it published only a selection of offences, with no total: ${listed(mix.rows)}.`;
  } else if (mix.state === 'exceeds' && mix.total !== null) {
    text = `Its published offence breakdown for ${when} sums to ${count(mix.sum)}, more than its total of ${count(mix.total)}.`;
  } else if (mix.state === 'partial') {
    const rest = mix.rows.find((r) => r.kind === 'not-broken-down')?.count ?? 0;
    const biggest = top
      ? `; the largest group in it is ${lowerFirst(top.label)} (${count(top.count ?? 0)})`
      : '';
    text =
      rest > 0
        ? `Its published offence breakdown for ${when} covers ${count(mix.sum - rest)} of its ${count(mix.sum)} ${ctx.noun}${biggest}.`
        : `Its published offence breakdown for ${when} lists only some offences${biggest}.`;
    figures.brokenDown = mix.sum - rest;
    if (top) figures[top.key] = top.count;
  } else if (top?.count != null && top.share !== null) {
    const ew =
      mix.ewComplete && top.ewShare !== null
        ? `, against ${share(top.ewShare)} across England and Wales (${ewWho(mix)})`
        : '';
    if (ew) sources = sourcesOf(input.force.sources, input.ew.sources);
    text = `The largest offence group in ${when} was ${lowerFirst(top.label)}: ${count(top.count)} of its ${count(mix.sum)} ${ctx.noun} (${share(top.share)})${ew}.`;
    figures[top.key] = top.count;
    figures.share = top.share;
    figures.ewShare = ew ? top.ewShare : null;
  } else return null;
  return { key: 'offences', text, figures, link, sources };
}

function chargedWords(n: number): string {
  return n === 0
    ? 'none was charged or summonsed'
    : `${count(n)} ${n === 1 ? 'was' : 'were'} charged or summonsed`;
}

export function outcomeFact(ctx: FactContext, input: MixInput): KeyFact | null {
  const mix = mixComparison(input.force, input.ew, ctx.index, ctx.total);
  if (single(mix)) return null;
  const when = ctx.period.label;
  const charged = mix.rows.find((r) => r.key === CHARGED_GROUP_ID)?.count ?? null;
  const link = {
    view: 'outcomes' as const,
    patch: { force: [ctx.force.id], by: 'outcomeGroup' as const },
  };
  const figures: Record<string, number | null> = { breakdown: mix.sum, total: mix.total, charged };
  let sources = sourcesOf(input.force.sources);
  let text: string;
  if (mix.state === 'none' || mix.sum === null) {
    if (ctx.total === null) return null;
    text = `No outcomes of ${ctx.force.name}'s ${ctx.noun} in ${when} have been published.`;
    sources = sourcesOf(ctx.sources);
  } else if (mix.state === 'selection') {
    text = `For ${when} it published only a selection of outcomes, with no total: ${listed(mix.rows)}.`;
  } else if (mix.state === 'exceeds' && mix.total !== null) {
    const among = charged === null ? '' : `; among them, ${chargedWords(charged)}`;
    text = `Its published outcomes for ${when} sum to ${count(mix.sum)}, more than its total of ${count(mix.total)}${among}.`;
  } else if (mix.state === 'partial') {
    const among = charged === null ? '' : `: ${chargedWords(charged)}`;
    text = `Outcomes were published for only part of its ${count(mix.total ?? mix.sum)} ${ctx.noun} in ${when}${among}.`;
  } else {
    const own = outcomeRates(input.force, ctx.index);
    if (!own.available) return null;
    if (own.chargeRate === null) {
      text = `None of its ${count(mix.sum)} ${ctx.noun} in ${when} had an outcome assigned yet.`;
    } else {
      const ew = outcomeRates(input.ew, ctx.index);
      const against =
        ew.available && ew.chargeRate !== null
          ? `, against ${percent1(ew.chargeRate)} across England and Wales (${ewWho(mix)})`
          : '';
      if (against) sources = sourcesOf(input.force.sources, input.ew.sources);
      const waiting = own.notYetAssigned / mix.sum;
      const nya =
        own.notYetAssigned > 0
          ? `; ${count(own.notYetAssigned)} of its ${count(mix.sum)} ${ctx.noun} (${share(waiting * 100)}) had no outcome yet${waiting >= 0.1 ? ', so the rate may change' : ''}`
          : '';
      const rate =
        own.assigned < SMALL_BASE
          ? `${count(own.charged)} of its ${count(own.assigned)} ${ctx.noun} with an outcome assigned ${own.charged === 1 ? 'was' : 'were'} charged or summonsed (too few for a rate)`
          : `${percent1(own.chargeRate)} of its ${ctx.noun} with an outcome assigned were charged or summonsed (${count(own.charged)} of ${count(own.assigned)})`;
      text = `In ${when}, ${rate}${against}${nya}.`;
      Object.assign(figures, {
        charged: own.charged,
        assigned: own.assigned,
        chargeRate: own.chargeRate,
        ewChargeRate: ew.available ? ew.chargeRate : null,
        notYetAssigned: own.notYetAssigned,
      });
    }
  }
  return { key: 'outcomes', text, figures, link, sources };
}
