import { buildHierarchy, ROOT_ID, UNCLASSIFIED_ID, type HierarchyNodeInput } from '../hierarchy.ts';

/**
 * Home Office offence classification, as groups › subgroups › offences (data/reference/offences.json
 * and SOURCES.md say where each fact comes from). Offence ids are the Home Office classification where
 * there is one (8R), else the offence code (71/17). Three groups have a single subgroup of the same name;
 * they are one node that serves as both, so a figure for the group also answers by subgroup.
 */

export const OFFENCE_LEVELS = ['all', 'group', 'subgroup', 'offence'] as const;
export type OffenceLevel = (typeof OFFENCE_LEVELS)[number];

type OffenceNode = HierarchyNodeInput & { level: OffenceLevel };

const groups: [id: string, name: string, selfSubgroup?: true][] = [
  ['violence-against-the-person', 'Violence against the person'],
  ['sexual-offences', 'Sexual offences'],
  ['robbery', 'Robbery'],
  ['theft-offences', 'Theft offences'],
  ['criminal-damage-and-arson', 'Criminal damage and arson'],
  ['drug-offences', 'Drug offences'],
  ['possession-of-weapons-offences', 'Possession of weapons offences', true],
  ['public-order-offences', 'Public order offences', true],
  ['miscellaneous-crimes-against-society', 'Miscellaneous crimes against society', true],
  ['fraud-offences', 'Fraud offences'],
];

const subgroups: [id: string, name: string, group: string][] = [
  ['homicide', 'Homicide', 'violence-against-the-person'],
  [
    'death-or-serious-injury-unlawful-driving',
    'Death or serious injury – unlawful driving',
    'violence-against-the-person',
  ],
  ['violence-with-injury', 'Violence with injury', 'violence-against-the-person'],
  ['violence-without-injury', 'Violence without injury', 'violence-against-the-person'],
  ['stalking-and-harassment', 'Stalking and harassment', 'violence-against-the-person'],
  ['rape', 'Rape', 'sexual-offences'],
  ['other-sexual-offences', 'Other sexual offences', 'sexual-offences'],
  ['robbery-of-business-property', 'Robbery of business property', 'robbery'],
  ['robbery-of-personal-property', 'Robbery of personal property', 'robbery'],
  ['residential-burglary', 'Residential burglary', 'theft-offences'],
  ['non-residential-burglary', 'Non-residential burglary', 'theft-offences'],
  ['vehicle-offences', 'Vehicle offences', 'theft-offences'],
  ['theft-from-the-person', 'Theft from the person', 'theft-offences'],
  ['bicycle-theft', 'Bicycle theft', 'theft-offences'],
  ['shoplifting', 'Shoplifting', 'theft-offences'],
  ['other-theft-offences', 'Other theft offences', 'theft-offences'],
  ['criminal-damage', 'Criminal damage', 'criminal-damage-and-arson'],
  ['arson', 'Arson', 'criminal-damage-and-arson'],
  ['trafficking-of-drugs', 'Trafficking of drugs', 'drug-offences'],
  ['possession-of-drugs', 'Possession of drugs', 'drug-offences'],
];

const offences: [id: string, name: string, parent: string][] = [
  ['8R', 'Malicious communications', 'stalking-and-harassment'],
  ['8L', 'Harassment', 'stalking-and-harassment'],
  ['8M', 'Racially or religiously aggravated harassment', 'stalking-and-harassment'],
  ['8Q', 'Stalking', 'stalking-and-harassment'],
  ['8/67', 'Controlling or coercive behaviour', 'stalking-and-harassment'],
  [
    '008/71',
    'Disclosing private sexual photographs and films with intent to cause distress',
    'stalking-and-harassment',
  ],
  ['3B', 'Threats to kill', 'violence-without-injury'],
  ['105A', 'Assault without injury', 'violence-without-injury'],
  ['105B', 'Racially or religiously aggravated assault without injury', 'violence-without-injury'],
  ['8N', 'Assault with injury', 'violence-with-injury'],
  ['8P', 'Racially or religiously aggravated assault with injury', 'violence-with-injury'],
  ['71/17', 'Sexual communication with a child', 'other-sexual-offences'],
  ['88A', 'Sexual grooming', 'other-sexual-offences'],
  ['88C', 'Other miscellaneous sexual offences', 'other-sexual-offences'],
  ['88E', 'Exposure and voyeurism', 'other-sexual-offences'],
  ['39', 'Theft from the person', 'theft-from-the-person'],
  ['35', 'Blackmail', 'other-theft-offences'],
  ['49', 'Other theft', 'other-theft-offences'],
  ['58A', 'Criminal damage to a dwelling', 'criminal-damage'],
  ['58B', 'Criminal damage to a building other than a dwelling', 'criminal-damage'],
  ['58C', 'Criminal damage to a vehicle', 'criminal-damage'],
  ['58D', 'Other criminal damage', 'criminal-damage'],
  ['58J', 'Racially or religiously aggravated criminal damage', 'criminal-damage'],
  ['92A', 'Trafficking in controlled drugs', 'trafficking-of-drugs'],
  ['92C', 'Other drug offences', 'possession-of-drugs'],
  ['92D', 'Possession of controlled drugs (excluding cannabis)', 'possession-of-drugs'],
  ['92E', 'Possession of cannabis', 'possession-of-drugs'],
  ['9A', 'Public fear, alarm or distress', 'public-order-offences'],
  [
    '9B',
    'Racially or religiously aggravated public fear, alarm or distress',
    'public-order-offences',
  ],
  ['62A', 'Violent disorder', 'public-order-offences'],
  ['66', 'Other offences against the State or public order', 'public-order-offences'],
  [
    '86',
    'Obscene publications and indecent photographs of children',
    'miscellaneous-crimes-against-society',
  ],
];

export const OFFENCE_NODES: readonly OffenceNode[] = [
  { id: ROOT_ID, name: 'All offences', level: 'all', parent: null, rank: 0 },
  ...groups.map(([id, name, selfSubgroup]): OffenceNode => ({
    id,
    name,
    level: 'group',
    parent: ROOT_ID,
    rank: selfSubgroup ? 2 : 1,
  })),
  {
    id: UNCLASSIFIED_ID,
    name: 'Unclassified',
    level: 'offence',
    parent: ROOT_ID,
    rank: 3,
    description:
      'Published wording that fits no single Home Office offence (for example "assault", "violent crimes").',
  },
  ...subgroups.map(([id, name, group]): OffenceNode => ({
    id,
    name,
    level: 'subgroup',
    parent: group,
    rank: 2,
  })),
  ...offences.map(([id, name, parent]): OffenceNode => ({
    id,
    name,
    level: 'offence',
    parent,
    rank: 3,
  })),
];

export const offenceHierarchy = buildHierarchy(OFFENCE_NODES);

/** The rank a `by` value needs: group 1, subgroup 2, offence 3. */
export const OFFENCE_RANK = { group: 1, subgroup: 2, offence: 3 } as const;
