/**
 * Colour is fixed per thing, not per position: a platform, offence group or outcome group has the same
 * colour on every chart. The Government Analysis Function's accessible categorical palette, in order;
 * at most six categories on a chart, the rest grouped as "Other" in dark grey.
 */
export const PALETTE = {
  darkBlue: '#12436D',
  turquoise: '#28A197',
  darkPink: '#801650',
  orange: '#F46A25',
  darkGrey: '#3D3D3D',
  lightPurple: '#A285D1',
} as const;

export const SINGLE_SERIES = PALETTE.darkBlue;
export const OTHER_COLOUR = PALETTE.darkGrey;
export const NOT_BROKEN_DOWN_COLOUR = '#8A8A8A';

export interface ColourScheme {
  /** the five categories that keep their own colour; everything else is "Other" */
  own: Readonly<Record<string, string>>;
  otherKey: string;
  otherLabel: string;
}

export const PLATFORM_COLOURS: ColourScheme = {
  own: {
    tiktok: PALETTE.darkBlue,
    snapchat: PALETTE.turquoise,
    instagram: PALETTE.darkPink,
    facebook: PALETTE.orange,
    whatsapp: PALETTE.lightPurple,
  },
  otherKey: 'other-platforms',
  otherLabel: 'Other platforms',
};

export const OFFENCE_GROUP_COLOURS: ColourScheme = {
  own: {
    'violence-against-the-person': PALETTE.darkBlue,
    'sexual-offences': PALETTE.turquoise,
    'miscellaneous-crimes-against-society': PALETTE.darkPink,
    'public-order-offences': PALETTE.orange,
    // theft offences include blackmail (sextortion), the commonest theft linked to social media;
    // drug offences, fewer, go to "Other" with the rest
    'theft-offences': PALETTE.lightPurple,
  },
  otherKey: 'other-offences',
  otherLabel: 'Other offence groups',
};

export const OUTCOME_GROUP_COLOURS: ColourScheme = {
  own: {
    'charged-summonsed': PALETTE.darkBlue,
    'evidential-difficulties-victim-supports': PALETTE.turquoise,
    'evidential-difficulties-victim-does-not-support': PALETTE.darkPink,
    'no-suspect-identified': PALETTE.orange,
    'not-yet-assigned': PALETTE.lightPurple,
  },
  otherKey: 'other-outcomes',
  otherLabel: 'Other outcomes',
};
