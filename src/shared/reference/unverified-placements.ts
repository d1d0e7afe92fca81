/**
 * Offences whose place in the Home Office hierarchy is our best reading, not a verified fact
 * (`data/reference/offences.json` notes and `data/reference/SOURCES.md` section 3). The About page
 * names them with the group they are counted in, so a reader can weigh a subgroup's figure.
 */
export const UNVERIFIED_PLACEMENTS: readonly { id: string; why: string }[] = [
  {
    id: '8/67',
    why: 'code confirmed by a Hampshire Constabulary FOI reply; its classification letter and subgroup are not',
  },
  {
    id: '008/71',
    why: 'code confirmed by a Northumbria Police FOI reply; group inferred from the 008 prefix, subgroup not verified; its Online Safety Act 2023 replacement offence may be mixed into 2023/24 figures',
  },
  {
    id: '71/17',
    why: 'code confirmed by Essex Police and Warwickshire Police; classification inferred from the 71 prefix',
  },
];
