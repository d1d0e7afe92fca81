import outcomesJson from '../../../data/reference/outcomes.json';
import { buildHierarchy, ROOT_ID, UNCLASSIFIED_ID, type HierarchyNodeInput } from '../hierarchy.ts';

/**
 * Home Office crime outcomes: outcome groups › outcome types (codes). Descriptions come from
 * data/reference/outcomes.json; slugs and short names are ours. `NYA` is "not yet assigned"
 * (type 0 in the Home Office open data).
 */

export const OUTCOME_LEVELS = ['all', 'group', 'outcome'] as const;
export type OutcomeLevel = (typeof OUTCOME_LEVELS)[number];

type OutcomeNode = HierarchyNodeInput & { level: OutcomeLevel };

/** Reference group key → [slug, display name] */
const GROUPS: Record<string, [string, string]> = {
  charged_summonsed: ['charged-summonsed', 'Charged/summonsed'],
  tic: ['taken-into-consideration', 'Taken into consideration'],
  ooc_formal: ['out-of-court-formal', 'Out-of-court (formal)'],
  ooc_informal: ['out-of-court-informal', 'Out-of-court (informal)'],
  prevented_or_not_pi: [
    'prosecution-prevented-or-not-in-public-interest',
    'Prosecution prevented or not in the public interest',
  ],
  evid_victim_supports: [
    'evidential-difficulties-victim-supports',
    'Evidential difficulties (suspect identified; victim supports action)',
  ],
  evid_victim_not_support: [
    'evidential-difficulties-victim-does-not-support',
    'Evidential difficulties (victim does not support action)',
  ],
  no_suspect: ['no-suspect-identified', 'Investigation complete – no suspect identified'],
  other_body: ['transferred-to-another-body', 'Responsibility transferred to another body'],
  further_inv_not_pi: [
    'further-investigation-not-in-public-interest',
    'Further investigation not in the public interest – police decision',
  ],
  diversionary: ['diversionary-activity', 'Diversionary, educational or intervention activity'],
  not_assigned: ['not-yet-assigned', 'Not yet assigned an outcome'],
};

const SHORT_NAMES: Record<string, string> = {
  '1': 'Charged or summonsed',
  '1A': 'Charged or summonsed for an alternate offence',
  '2': 'Caution – youths',
  '3': 'Caution – adults',
  '4': 'Taken into consideration',
  '5': 'Offender died',
  '6': 'Penalty notice for disorder',
  '7': 'Cannabis or khat warning',
  '8': 'Community resolution',
  '9': 'Prosecution not in the public interest (CPS)',
  '10': 'Formal action not in the public interest (police)',
  '11': 'Suspect below the age of criminal responsibility',
  '12': 'Suspect too ill to prosecute',
  '13': 'Victim or key witness dead or too ill',
  '14': 'Evidential difficulties: no suspect identified, victim does not support action',
  '15': 'Evidential difficulties: suspect identified, victim supports action',
  '16': 'Evidential difficulties: suspect identified, victim does not support action',
  '17': 'Prosecution time limit expired',
  '18': 'Investigation complete – no suspect identified',
  '20': 'Further action by another body or agency',
  '21': 'Further investigation not in the public interest (police)',
  '22': 'Diversionary, educational or intervention activity',
  NYA: 'Not yet assigned an outcome',
};

function groupSlug(key: string): [string, string] {
  const g = GROUPS[key];
  if (!g) throw new Error(`Outcome group '${key}' has no slug`);
  return g;
}

export const OUTCOME_NODES: readonly OutcomeNode[] = [
  { id: ROOT_ID, name: 'All outcomes', level: 'all', parent: null, rank: 0 },
  ...outcomesJson.groups.map((g): OutcomeNode => {
    const [id, name] = groupSlug(g.key);
    return { id, name, level: 'group', parent: ROOT_ID, rank: 1, description: g.label };
  }),
  {
    id: UNCLASSIFIED_ID,
    name: 'Unclassified',
    level: 'outcome',
    parent: ROOT_ID,
    rank: 2,
    description: 'Published wording that fits no single Home Office outcome type.',
  },
  ...outcomesJson.outcomes.map((o): OutcomeNode => ({
    id: o.code,
    name: SHORT_NAMES[o.code] ?? o.name,
    level: 'outcome',
    parent: groupSlug(o.groupKey)[0],
    rank: 2,
    description: o.name,
  })),
];

export const outcomeHierarchy = buildHierarchy(OUTCOME_NODES);

export const OUTCOME_RANK = { group: 1, outcome: 2 } as const;
