import { COUNTED_WORDS } from './counted.ts';
import type { CountsResponse, ReturnRow, Source } from './contract.ts';
import type { Filters } from './filters.ts';
import { headlinePeriod } from './figures.ts';
import { rateStanding, SMALL_POPULATION, statusesIn } from './force-standing.ts';
import { headline, partPeriod } from './key-facts-headline.ts';
import { offenceFact, outcomeFact, type MixInput } from './key-facts-mix.ts';
import { count, list, ordinal, rate } from './key-facts-words.ts';

/**
 * A force's key facts: plain sentences a briefing can quote, each with the figures it states, the view
 * that shows them and its sources. Accurate to the figure; honest about part periods, missing figures
 * and breakdowns that do not reconcile. Never a part period against a full one, never missing as 0.
 */

export type FactView = 'overview' | 'offences' | 'outcomes' | 'forces' | 'returns';

export interface KeyFact {
  key: 'headline' | 'part-period' | 'returns' | 'offences' | 'outcomes' | 'rank';
  text: string;
  /** the figures the sentence states, by name */
  figures: Record<string, number | null>;
  /** the view that shows these figures: the page's filters with this patch */
  link: { view: FactView; patch: Partial<Filters> };
  sources: Source[];
}

export interface KeyFactsInput {
  force: { id: string; name: string; population: number | null };
  /** what is counted, in words: "TikTok-linked crimes" */
  subject: string;
  platformNames: Readonly<Record<string, string>>;
  /** the platforms in the selection ([] for all) */
  platforms: readonly string[];
  /** this force, by=platform, measure=count, at the selection's interval */
  byPlatform: CountsResponse;
  /** this force, interval=total: one figure for the whole range */
  whole: CountsResponse | null;
  /** all forces, by=force, measure=rate */
  rates: CountsResponse | null;
  offences: MixInput | null;
  outcomes: MixInput | null;
  returns: readonly ReturnRow[] | null;
  /** the dataset's sources, to name the source of a return status */
  datasetSources: readonly Source[];
}

/** Refusals and non-responses in the periods in view, one sentence per platform and status. */
function refusals(input: KeyFactsInput, stated: readonly string[]): KeyFact[] {
  if (!input.returns) return [];
  const r = input.byPlatform;
  const range = { start: r.query.from, end: r.query.to };
  const rows = statusesIn(input.returns, input.force.id, range, input.platforms).filter(
    (row) =>
      (row.status === 'refused' || row.status === 'no_response') &&
      !stated.includes(row.period.label),
  );
  const groups = new Map<string, ReturnRow[]>();
  for (const row of rows) {
    const key = `${row.status}|${row.platform}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.values()].flatMap((group) => {
    const first = group[0];
    if (!first) return [];
    const platform = input.platformNames[first.platform] ?? first.platform;
    const when = list(group.map((g) => g.period.label));
    const verb = first.status === 'refused' ? 'refused' : 'did not respond to';
    const note = first.note ? `: “${first.note}”` : '';
    return [
      {
        key: 'returns' as const,
        text: `${input.force.name} ${verb} the request for ${platform} figures for ${when}${note}. There is no figure for ${when === first.period.label ? 'that period' : 'those periods'}.`,
        figures: {},
        link: { view: 'returns' as const, patch: {} },
        sources: input.datasetSources.filter((s) => group.some((g) => g.source === s.id)),
      },
    ];
  });
}

function rank(input: KeyFactsInput, i: number): KeyFact | null {
  const r = input.rates;
  const period = r?.periods[i];
  if (!r || !period) return null;
  const { force } = input;
  const standing = rateStanding(r, force.id, i, force.population);
  const link = { view: 'forces' as const, patch: { force: [], measure: 'rate' as const } };
  const base = { key: 'rank' as const, link, sources: r.sources };
  if (!standing.available) {
    const text =
      standing.reason === 'no-population'
        ? `${force.name} has no resident population, so it has no rate per 100,000 residents and is not ranked among forces on rate.`
        : standing.of === 0
          ? `No force has a figure for ${period.label}, so forces cannot be ranked on rate.`
          : `${force.name} is not ranked among forces on rate for ${period.label}, as it has no figure; ${count(standing.of)} ${standing.of === 1 ? 'force has' : 'forces have'} one.`;
    return { ...base, text, figures: { rate: null, of: standing.of } };
  }
  const small =
    force.population !== null && force.population < SMALL_POPULATION
      ? ` ${force.name} has only ${count(force.population)} residents, so a few crimes move its rate a long way: compare it with other forces with care.`
      : '';
  const lead = `Its rate in ${period.label} was ${rate(standing.rate)} ${input.subject} per 100,000 residents`;
  const place =
    standing.of === 1
      ? ', and it is the only force with a figure, so it is not ranked'
      : `, ranked ${standing.tied ? 'joint ' : ''}${ordinal(standing.rank)} of ${count(standing.of)} forces with figures (highest first)`;
  const across =
    standing.of > 1 && standing.reference !== null
      ? `; across those forces it was ${rate(standing.reference)}`
      : '';
  return {
    ...base,
    text: `${lead}${place}${across}.${small}`,
    figures: {
      rate: standing.rate,
      rank: standing.rank,
      of: standing.of,
      reference: standing.reference,
    },
  };
}

/** The key facts for one force, in the order a briefing reads them. */
export function keyFacts(input: KeyFactsInput): KeyFact[] {
  const periods = input.byPlatform.periods;
  const head = headlinePeriod(periods);
  if (!head) return [];
  const i = head.index;
  const first = headline(input, i);
  const facts: KeyFact[] = [first.fact];
  if (head.partialAfter) facts.push(partPeriod(input, head.partialAfter, i + 1));
  facts.push(...refusals(input, first.stated));
  const period = periods[i];
  const total = input.byPlatform.totals.values[i] ?? null;
  if (period) {
    const ctx = {
      force: input.force,
      period,
      index: i,
      total,
      subject: input.subject,
      noun: COUNTED_WORDS[input.byPlatform.counted].noun,
      sources: input.byPlatform.sources,
    };
    const offences = input.offences ? offenceFact(ctx, input.offences) : null;
    if (offences) facts.push(offences);
    const outcomes = input.outcomes ? outcomeFact(ctx, input.outcomes) : null;
    if (outcomes) facts.push(outcomes);
  }
  const standing = rank(input, i);
  if (standing) facts.push(standing);
  return facts;
}
