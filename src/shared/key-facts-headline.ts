import type { CountsResponse, Period } from './contract.ts';
import { likeForLikeChange } from './figures.ts';
import { commonStatus, statusesIn } from './force-standing.ts';
import type { KeyFact, KeyFactsInput } from './key-facts.ts';
import { changeWords, count, list, monthsWords } from './key-facts-words.ts';
import { intervalNoun } from './interval-words.ts';

/**
 * The first key fact: what the force recorded in the latest full period and the change on the one
 * before, like for like; or, where it has no figure, why not, in words that never suggest zero.
 */

export interface Headline {
  fact: KeyFact;
  /** periods whose refusal or non-response the headline already states */
  stated: string[];
}

function spanLabel(periods: readonly Period[]): string {
  const first = periods[0];
  const last = periods.at(-1);
  if (!first || !last) return '';
  return first === last ? first.label : `${first.label} to ${last.label}`;
}

/** "No published reply from X has been found for P, so the number of its … is unknown." */
function noFigure(input: KeyFactsInput, periods: readonly Period[]): [string, boolean] {
  const { force, subject } = input;
  const when = spanLabel(periods);
  const rows = periods.flatMap((p) =>
    statusesIn(input.returns ?? [], force.id, p, input.platforms),
  );
  const unknown = `so the number of its ${subject} is unknown`;
  switch (commonStatus(rows)) {
    case 'unknown':
      return [
        `No published reply from ${force.name} has been found for ${when}, ${unknown}.`,
        false,
      ];
    case 'refused':
      return [`${force.name} refused the request for ${when}, ${unknown}.`, true];
    case 'no_response':
      return [`${force.name} did not respond to the request for ${when}, ${unknown}.`, true];
    case 'not_asked':
      return [`${force.name} was not asked for figures on ${subject} for ${when}.`, false];
    default:
      return [`No figure for ${subject} from ${force.name} has been published for ${when}.`, false];
  }
}

/**
 * Whether the headline can need the force's one figure for the whole range (`whole`, interval=total):
 * only when no full period has a figure, so a page asks for it only then.
 */
export function needsWhole(byPlatform: CountsResponse): boolean {
  return !byPlatform.periods.some((p, j) => !p.partial && byPlatform.totals.values[j] != null);
}

function withoutFigure(input: KeyFactsInput, i: number): Headline {
  const r = input.byPlatform;
  const { force, subject } = input;
  const period = r.periods[i];
  const latest = r.periods.findLastIndex(
    (p, j) => j < i && !p.partial && r.totals.values[j] !== null,
  );
  const whole = input.whole?.totals.values[0] ?? null;
  const span = input.whole?.periods[0];
  if (latest < 0 && whole !== null && span) {
    const noun = intervalNoun(r.query.interval, 'period');
    const fact: KeyFact = {
      key: 'headline',
      text: `${force.name} recorded ${count(whole)} ${subject} over ${span.label}; its published figures are not split by ${noun}.`,
      figures: { [span.label]: whole },
      link: { view: 'overview', patch: { force: [force.id], interval: 'total' } },
      sources: input.whole?.sources ?? [],
    };
    return { fact, stated: [] };
  }
  const missing = latest < 0 ? r.periods.filter((p) => !p.partial) : period ? [period] : [];
  const before = r.periods[latest];
  const lastValue = r.totals.values[latest] ?? null;
  const [reason, refusal] = noFigure(input, missing);
  const text =
    reason +
    (before && lastValue !== null
      ? ` Its latest figure is ${count(lastValue)} ${subject}, for ${before.label}.`
      : '');
  const figures: Record<string, number | null> = period ? { [period.label]: null } : {};
  if (before) figures[before.label] = lastValue;
  const link = { view: 'overview' as const, patch: { force: [force.id] } };
  return {
    fact: { key: 'headline', text, figures, link, sources: r.sources },
    stated: refusal ? missing.map((p) => p.label) : [],
  };
}

export function headline(input: KeyFactsInput, i: number): Headline {
  const r = input.byPlatform;
  const period = r.periods[i];
  const value = r.totals.values[i] ?? null;
  if (!period || value === null) return withoutFigure(input, i);
  const suppressed = r.totals.suppressed[i] === true;
  const absent = r.series
    .filter((s) => s.kind === 'series' && s.values[i] === null)
    .map((s) => input.platformNames[s.key] ?? s.label);
  const gap =
    absent.length === 0
      ? ''
      : ` (no figure for ${absent.length > 3 ? `${absent.length} of the ${r.series.length} platforms` : list(absent)})`;
  const over = period.label.includes(' to ') ? 'over' : 'in';
  const lead = `${input.force.name} recorded ${suppressed ? 'at least ' : ''}${count(value)} ${input.subject} ${over} ${period.label}${gap}`;
  const figures: Record<string, number | null> = { [period.label]: value };
  const prior = r.periods[i - 1];
  const change = likeForLikeChange(r, i, i - 1);
  let text: string;
  if (!prior) text = `${lead}.`;
  else if (suppressed)
    text = `${lead}; some figures were suppressed, so no change on ${prior.label} is given.`;
  else if (prior.partial)
    text = `${lead}; ${prior.label} is a part period (${monthsWords(prior.start, prior.end)}), so no change is given.`;
  else if (!change.available)
    text = `${lead}; there is no figure for ${prior.label} to compare with.`;
  else {
    figures[prior.label] = change.previous;
    figures.change = change.percent;
    if (change.current === value) {
      // a platform with a figure only for the earlier period is left out of it: say so
      const same = change.leftOut.length === 0 ? '' : ' on the same platforms';
      text = `${lead}, ${changeWords(value, change.previous, prior.label, same)}.`;
    } else {
      const left = list(change.leftOut.map((k) => input.platformNames[k] ?? k));
      text = `${lead}. On the platforms with figures for both periods (leaving out ${left}) it is ${count(change.current)}, ${changeWords(change.current, change.previous, prior.label)}.`;
      figures[`${period.label} like for like`] = change.current;
    }
  }
  const link = { view: 'overview' as const, patch: { force: [input.force.id] } };
  return { fact: { key: 'headline', text, figures, link, sources: r.sources }, stated: [] };
}

export function partPeriod(input: KeyFactsInput, part: Period, i: number): KeyFact {
  const value = input.byPlatform.totals.values[i] ?? null;
  const months = monthsWords(part.start, part.end);
  const text =
    value === null
      ? `${part.label} is a part period (${months} so far), with no figure yet from ${input.force.name}.`
      : `Figures for ${part.label} cover only ${months} so far (${count(value)} ${input.subject}), so they are not compared with full years.`;
  return {
    key: 'part-period',
    text,
    figures: { [part.label]: value },
    link: { view: 'overview', patch: { force: [input.force.id] } },
    sources: input.byPlatform.sources,
  };
}
