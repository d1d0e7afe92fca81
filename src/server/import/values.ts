import type { ReturnStatus } from '@shared/contract.ts';
import { ROOT_ID, type Hierarchy } from '@shared/hierarchy.ts';
import { offenceHierarchy } from '@shared/reference/offences.ts';
import { outcomeHierarchy } from '@shared/reference/outcomes.ts';
import { normaliseName } from '@shared/suggest.ts';
import { MAX_COUNT } from '../load/plan.ts';
import { parsePeriod, type PeriodResult } from './period.ts';
import {
  bareForce,
  findForce,
  findOffence,
  findOutcome,
  forces,
  offences,
  outcomes,
  platforms,
} from './reference.ts';
import { memo, type Vocabulary } from './vocabulary.ts';

/**
 * One cell to one value, or a message that names the value and what was expected. Every normaliser is
 * memoised: a return repeats the same few words on every row.
 */

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(message: string): Parsed<T> => ({ ok: false, message });

function didYouMean(vocabulary: Vocabulary, raw: string, names?: Hierarchy): string {
  const s = vocabulary.suggest(raw);
  if (!s) return '';
  // a code alone means little to a reader: say its name too ("'8L' (Harassment)")
  const node = names?.nodes[names.indexOf.get(s) ?? -1];
  return `; did you mean '${s}'${node && node.name.toLowerCase() !== s.toLowerCase() ? ` (${node.name})` : ''}?`;
}

export const parseForce = memo((raw: string): Parsed<string> => {
  const id = findForce(raw);
  if (id) return ok(id);
  const hint = didYouMean(forces, bareForce(raw));
  return fail(
    `'${raw}' is not a force${hint || "; expected a force's name or id, such as 'Kent Police' or 'kent'"}`,
  );
});

export const parsePlatform = memo((raw: string): Parsed<string> => {
  const id = platforms.get(raw);
  if (id) return ok(id);
  const hint = didYouMean(platforms, raw);
  return fail(
    `'${raw}' is not a platform${hint || '; expected tiktok, snapchat, instagram, facebook, x, whatsapp, youtube or other'}`,
  );
});

export const parseOffence = memo((raw: string): Parsed<string> => {
  if (raw === '' || raw === '*') return ok(ROOT_ID);
  const id = findOffence(raw);
  if (id) return ok(id);
  return fail(
    `'${raw}' is not an offence${didYouMean(offences, raw, offenceHierarchy)} (expected a Home Office offence code or name, subgroup or group; 'unclassified' for wording that fits none)`,
  );
});

export const parseOutcome = memo((raw: string): Parsed<string> => {
  if (raw === '' || raw === '*') return ok(ROOT_ID);
  const id = findOutcome(raw);
  if (id) return ok(id);
  return fail(
    `'${raw}' is not an outcome${didYouMean(outcomes, raw, outcomeHierarchy)} (expected a Home Office outcome code such as 18 or 'Outcome 18', its name or group; 'unclassified' for wording that fits none)`,
  );
});

export const parsePeriodCell = memo((raw: string): PeriodResult => parsePeriod(raw));

const SUPPRESSED = /^(\*+|[<≤]\s*=?\s*\d+|c|\[c\]|\.\.|\[x\]|x|suppressed|redacted)$/i;
const NIL = /^(nil|none|zero|no crimes|no offences)$/i;

/** A status stated in words, in a status column or in place of a count. */
export function statusFromWords(raw: string): ReturnStatus | null {
  const t = normaliseName(raw);
  if (/^(provided|supplied|answered|disclosed|information provided)$/.test(t)) return 'provided';
  if (/^(nil|nil return|none)$/.test(t)) return 'nil';
  if (/^(unknown|not known)$/.test(t)) return 'unknown';
  if (/^(not asked|not requested|not applicable)$/.test(t)) return 'not_asked';
  if (
    /refus|exempt|withheld|cost limit|neither confirm nor deny|\bncnd\b|\bs ?(12|14|40)\b|section (12|14|40)/.test(
      t,
    )
  )
    return 'refused';
  if (
    /\bno (response|reply|return|answer)\b|\bnot (responded|received|replied)\b|\bdid not (respond|reply)\b|\bawaiting (a )?(response|reply)\b|\bno foi response\b/.test(
      t,
    )
  )
    return 'no_response';
  return null;
}

export type Count =
  | { kind: 'count'; value: number }
  | { kind: 'suppressed' }
  | { kind: 'status'; status: ReturnStatus }
  | { kind: 'blank' };

const COUNT_EXPECTED =
  'expected a whole number, a suppression mark (*, <5, c, .., [x]), nil, or words such as "refused" or "no response"';

/** A count written in digits, if the import can hold it exactly (Number() would round past 2^53). */
function wholeCount(raw: string, digits: string): Parsed<Count> {
  const d = digits.replace(/^0+(?=\d)/, '');
  if (d.length > String(MAX_COUNT).length || Number(d) > MAX_COUNT)
    return fail(
      `count '${raw}' is larger than the import can hold exactly (at most ${MAX_COUNT.toLocaleString('en-GB')}); no force records that many crimes in a period, so check the figure`,
    );
  return ok({ kind: 'count', value: Number(d) });
}

export const parseCount = memo((raw: string): Parsed<Count> => {
  const t = raw.trim();
  if (t === '') return ok({ kind: 'blank' });
  if (/^\d+$/.test(t)) return wholeCount(raw, t);
  if (/^\d{1,3}([, ]\d{3})+$/.test(t)) return wholeCount(raw, t.replace(/\D/g, ''));
  if (/^\d+\.0+$/.test(t)) return wholeCount(raw, t.replace(/\.0+$/, ''));
  if (SUPPRESSED.test(t)) return ok({ kind: 'suppressed' });
  if (NIL.test(t)) return ok({ kind: 'count', value: 0 });
  if (/^-\s*\d/.test(t) || /^\d+[.,]\d+$/.test(t))
    return fail(`count '${raw}' is not a whole number of crimes; ${COUNT_EXPECTED}`);
  const status = statusFromWords(t);
  if (status && status !== 'provided' && status !== 'nil') return ok({ kind: 'status', status });
  return fail(`count '${raw}' is not a number; ${COUNT_EXPECTED}`);
});

export const parseStatus = memo((raw: string): Parsed<ReturnStatus | null> => {
  if (raw.trim() === '') return ok(null);
  const status = statusFromWords(raw);
  if (status) return ok(status);
  return fail(
    `status '${raw}' is not a return status; expected provided, nil, refused, no response, unknown or not asked`,
  );
});

export const parseComplete = memo((raw: string): Parsed<boolean | null> => {
  const t = normaliseName(raw);
  if (t === '') return ok(null);
  if (/^(yes|y|true|1|complete|full|all)$/.test(t)) return ok(true);
  if (/^(no|n|false|0|partial|selection|incomplete)$/.test(t)) return ok(false);
  return fail(`complete '${raw}' is not yes or no`);
});
