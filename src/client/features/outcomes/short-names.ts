/**
 * Short names for chart axes, where the Home Office's names are too long to sit beside a bar. Tables,
 * tooltips and the reference list use the full names and descriptions.
 */

const GROUPS: Record<string, [wide: string, narrow: string]> = {
  'charged-summonsed': ['Charged or summonsed', 'Charged or summonsed'],
  'taken-into-consideration': ['Taken into consideration', 'Taken into consideration'],
  'out-of-court-formal': ['Out-of-court (formal)', 'Out of court (formal)'],
  'out-of-court-informal': ['Out-of-court (informal)', 'Out of court (informal)'],
  'prosecution-prevented-or-not-in-public-interest': [
    'Prosecution prevented or not in public interest',
    'Prosecution prevented',
  ],
  'evidential-difficulties-victim-supports': [
    'Evidential difficulties, victim supports action',
    'Evidential: victim supports',
  ],
  'evidential-difficulties-victim-does-not-support': [
    'Evidential difficulties, victim does not support action',
    'Evidential: victim does not support',
  ],
  'no-suspect-identified': ['No suspect identified', 'No suspect identified'],
  'transferred-to-another-body': ['Transferred to another body', 'Another body'],
  'further-investigation-not-in-public-interest': [
    'Further investigation not in public interest',
    'Investigation not in public interest',
  ],
  'diversionary-activity': ['Diversionary activity', 'Diversionary activity'],
  'not-yet-assigned': ['Not yet assigned an outcome', 'Not yet assigned'],
};

const CODES: Record<string, string> = {
  '1': 'Charged or summonsed',
  '1A': 'Charged: other offence',
  '2': 'Youth caution',
  '3': 'Adult caution',
  '4': 'Taken into consideration',
  '5': 'Offender died',
  '6': 'Penalty notice',
  '7': 'Cannabis or khat warning',
  '8': 'Community resolution',
  '9': 'Not in public interest (CPS)',
  '10': 'Not in public interest (police)',
  '11': 'Suspect under age',
  '12': 'Suspect too ill',
  '13': 'Victim or witness dead or ill',
  '14': 'No suspect, victim declines',
  '15': 'Evidential: victim supports',
  '16': 'Evidential: victim declines',
  '17': 'Time limit expired',
  '18': 'No suspect identified',
  '20': 'Another body',
  '21': 'Not pursued: public interest',
  '22': 'Diversionary activity',
  NYA: 'Not yet assigned',
};

export function shortGroupName(id: string, narrow: boolean): string | undefined {
  return GROUPS[id]?.[narrow ? 1 : 0];
}

export function shortCodeName(code: string): string | undefined {
  return CODES[code];
}
