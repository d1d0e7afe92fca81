import offencesJson from '../../../data/reference/offences.json';
import { ROOT_ID, UNCLASSIFIED_ID } from '@shared/hierarchy.ts';
import { FORCES } from '@shared/reference/forces.ts';
import { offenceHierarchy, OFFENCE_NODES } from '@shared/reference/offences.ts';
import { OUTCOME_NODES } from '@shared/reference/outcomes.ts';
import { PLATFORMS } from '@shared/reference/platforms.ts';
import { canonicalOutcome } from '../load/write.ts';
import { Vocabulary, type Entry } from './vocabulary.ts';

/**
 * The words returns use for forces, platforms, offences and outcomes, from the reference data plus the
 * wording seen in real returns ("Lancs Police", "Outcome 18", "Charged/Summonsed", "Rape offences").
 */

const FORCE_SUFFIX = /\s+(police force|police service|police|constabulary|force)$/i;

export const forces = new Vocabulary(
  FORCES.map((f) => {
    const names = [f.name, f.shortName, ...f.aliases];
    // "Kent Police Force", "Kent Constabulary": the bare place name is the force
    const bare = names.map((n) => n.replace(/^the\s+/i, '').replace(FORCE_SUFFIX, ''));
    return { id: f.id, names: [...names, ...bare] };
  }),
);

/** The force a name means, with or without "Police", "Constabulary", "Police Force" or "The". */
export function findForce(text: string): string | null {
  return forces.get(text) ?? forces.get(bareForce(text));
}

/** A force's name without the words every force's name has, for suggestions that weigh the place */
export function bareForce(text: string): string {
  return text
    .trim()
    .replace(/^the\s+/i, '')
    .replace(FORCE_SUFFIX, '');
}

export const platforms = new Vocabulary([
  ...PLATFORMS.map((p) => ({ id: p.id, names: [p.name] })),
  { id: 'x', names: ['Twitter', 'X/Twitter', 'Twitter (X)', 'X formerly Twitter'] },
  { id: 'tiktok', names: ['Tik-Tok', 'Tiktok.com'] },
  { id: 'whatsapp', names: ['Whats App'] },
  { id: 'youtube', names: ['You Tube'] },
  { id: 'facebook', names: ['Facebook Messenger', 'FB'] },
  { id: 'other', names: ['Other', 'Other platform', 'Other social media'] },
]);

const ALL_WORDS = ['all', 'total', 'totals', 'any', '*'];

/** Offence codes and wording from the classification file: "86/2" and "Taking, making or …" are 86. */
function offenceFileEntries(): Entry[] {
  const out: Entry[] = [];
  for (const o of offencesJson.offences) {
    const codes = [o.classification, ...(o.code ?? '').split(/;\s*/)].filter(
      (c): c is string => typeof c === 'string' && c !== '',
    );
    const id = codes.find((c) => offenceHierarchy.indexOf.has(c));
    if (id) out.push({ id, names: [...codes, o.name, o.name.replace(/\s*\(.*\)$/, '')] });
  }
  return out;
}

export const offences = new Vocabulary(
  [
    ...OFFENCE_NODES.map((n) => ({ id: n.id, names: [n.name] })),
    ...offenceFileEntries(),
    {
      id: ROOT_ID,
      names: [...ALL_WORDS, 'All offences', 'All crimes', 'All crime', 'All offence types'],
    },
    {
      id: UNCLASSIFIED_ID,
      names: ['Not classified', 'Other', 'Other offences', 'All other offences', 'Other crimes'],
    },
    { id: 'rape', names: ['Rape offences'] },
    { id: 'fraud-offences', names: ['Fraud', 'Fraud and computer misuse'] },
    {
      id: '8R',
      names: [
        'Malicious communication',
        'Sending letters with intent to cause distress or anxiety',
      ],
    },
    {
      id: '86',
      names: ['Indecent images of children', 'Indecent photographs of children', 'IIOC'],
    },
    { id: '8/67', names: ['Controlling or coercive behaviour', 'Coercive control'] },
  ],
  // a subgroup of one listed offence: the subgroup is the claim that cannot be too fine
  [{ id: 'theft-from-the-person', names: ['Theft from the person'] }],
);

/** Groups with a single outcome type are that type (as the writer stores them). */
export const outcomes = new Vocabulary(
  [
    ...OUTCOME_NODES.map((n) => ({
      id: canonicalOutcome(n.id),
      names: [n.name, ...(n.description ? [n.description] : [])],
    })),
    { id: ROOT_ID, names: [...ALL_WORDS, 'All outcomes', 'All outcome types'] },
    { id: UNCLASSIFIED_ID, names: ['Not classified', 'Other', 'Other outcomes'] },
    {
      id: 'charged-summonsed',
      names: ['Charged', 'Charge', 'Charges', 'Charge/Summons', 'Summonsed'],
    },
    {
      id: 'NYA',
      names: [
        '0',
        'Not yet assigned',
        'Outcome not yet assigned',
        'Under investigation',
        'Ongoing',
        'Pending',
        'Awaiting outcome',
      ],
    },
    { id: '18', names: ['No suspect identified', 'Investigation complete, no suspect identified'] },
  ],
  // "charged or summonsed" is both outcome 1's name and the group's: the group (1 and 1A) is the
  // claim that cannot be too fine
  [{ id: 'charged-summonsed', names: ['Charged or summonsed'] }],
);

/** "8R - Malicious Communications", "Malicious communications (8R)": the code decides. */
const LEADING_CODE = /^(\d{1,3}[a-z]?(?:\/\d{1,3})?)\s*(?:[-–—:.)]\s*|\s+)(?=\D)/i;
const TRAILING_CODE = /\((\d{1,3}[a-z]?(?:\/\d{1,3})?)\)\s*$/i;

export function findOffence(text: string): string | null {
  const direct = offences.get(text);
  if (direct) return direct;
  const code = LEADING_CODE.exec(text)?.[1] ?? TRAILING_CODE.exec(text)?.[1];
  return code ? offences.get(code) : null;
}

/** "Outcome 18", "OC18", "Outcome type 15: …", "18 - Investigation complete", "15B" (a force's 15). */
const OUTCOME_CODE =
  /^(?:outcome\s*type|outcome|oc|type)?\s*(\d{1,2}[a-z]?|nya)(?:\s*[-–—:.)]\s*.*|\s+\D.*)?$/i;

export function findOutcome(text: string): string | null {
  const direct = outcomes.get(text);
  if (direct) return direct;
  const code = OUTCOME_CODE.exec(text.trim())?.[1];
  if (!code) return null;
  return outcomes.get(code) ?? outcomes.get(code.replace(/[a-z]$/i, ''));
}
