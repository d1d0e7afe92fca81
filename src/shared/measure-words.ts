import { COUNTED_WORDS, type Counted } from './counted.ts';
import type { Measure } from './filters.ts';

/**
 * The measures in words, written once for the API and every page: what a value is counted in (the
 * unit, as a tooltip or a table caption says it), a column or axis heading, the label of the control
 * that chooses it, and the words that follow a subject ("TikTok-linked crimes per 100,000 residents").
 * A share's base depends on the answer (all crimes, or a published breakdown's sum): `unitWords` in
 * the client says which; these are the words when the base is the period's total. A figure that adds
 * several platforms together counts platform mentions, not crimes: `measureWords` gives its words.
 */
export interface MeasureWords {
  /** 'crimes per 100,000 residents' */
  unit: string;
  /** 'Crimes per 100,000 residents': a column, axis or heading */
  heading: string;
  /** 'Rate per 100,000 residents': the control that chooses the measure */
  choice: string;
  /** ' per 100,000 residents': after a subject in a title; '' for a count */
  after: string;
}

export const MEASURE_WORDS: Record<Measure, MeasureWords> = {
  count: {
    unit: 'crimes',
    heading: 'Number of crimes',
    choice: 'Number of crimes',
    after: '',
  },
  rate: {
    unit: 'crimes per 100,000 residents',
    heading: 'Crimes per 100,000 residents',
    choice: 'Rate per 100,000 residents',
    after: ' per 100,000 residents',
  },
  share: {
    unit: 'per cent of the period total',
    heading: 'Per cent of the period total',
    choice: 'Share of the total (%)',
    after: ' as a share of the total',
  },
};

/** 'crimes per 100,000 residents', by measure */
export const MEASURE_UNITS: Record<Measure, string> = {
  count: MEASURE_WORDS.count.unit,
  rate: MEASURE_WORDS.rate.unit,
  share: MEASURE_WORDS.share.unit,
};

const MENTIONS_WORDS: Record<Measure, MeasureWords> = {
  count: {
    unit: `platform mentions${COUNTED_WORDS['platform-mentions'].why}`,
    heading: 'Number of platform mentions',
    choice: 'Number of platform mentions',
    after: '',
  },
  rate: {
    unit: `platform mentions per 100,000 residents${COUNTED_WORDS['platform-mentions'].why}`,
    heading: 'Platform mentions per 100,000 residents',
    choice: MEASURE_WORDS.rate.choice,
    after: ' per 100,000 residents',
  },
  share: {
    unit: "per cent of the period's platform mentions",
    heading: "Per cent of the period's platform mentions",
    choice: MEASURE_WORDS.share.choice,
    after: ' as a share of the total',
  },
};

/** The measure's words for what the figures count: crimes, or platform mentions (counted.ts). */
export function measureWords(measure: Measure, counted: Counted): MeasureWords {
  return counted === 'crimes' ? MEASURE_WORDS[measure] : MENTIONS_WORDS[measure];
}
