/**
 * The facts an accessibility statement must give, in one place, so that the next audit changes them
 * here: when the service was tested and how, what is known not to work, and who to contact.
 */

export const PREPARED = '4 December 2026';
export const REVIEWED = '4 December 2026';
export const TESTED = '4 December 2026';

/**
 * How to reach the team that runs the dashboard. No contact address has been given to the team
 * building it: the service owner must add one before the dashboard is published (the statement
 * says plainly that it is missing rather than give an address that nobody reads).
 */
export const CONTACT: { email: string | null; responseDays: number | null } = {
  email: null,
  responseDays: null,
};

/** A problem found in the audit that fails a WCAG 2.2 success criterion. */
export interface KnownIssue {
  id: string;
  /** what does not work, and for whom, in plain words */
  problem: string;
  /** the success criterion it fails, as "1.3.1 Info and Relationships" */
  criterion: string | null;
  /** how to get the same thing another way, until it is fixed */
  meanwhile: string;
}

export const NON_COMPLIANT: readonly KnownIssue[] = [
  {
    id: 'chart-text',
    problem:
      'Screen readers read the words drawn inside a chart (the years along the bottom, the numbers up the side and the labels by each bar or line) one by one, as loose text, not as a chart.',
    criterion: '1.3.1 Info and Relationships',
    meanwhile:
      'Every chart has a Table tab with the same figures in a table, and a value reader: press Tab to reach the chart, then the arrow keys to hear each value with its period and series.',
  },
];

/** Problems found in the audit that may not fail a success criterion but make the service harder to use. */
export const OTHER_ISSUES: readonly KnownIssue[] = [
  {
    id: 'page-change',
    problem:
      'When you choose a link that opens another view, the keyboard focus stays where it was and screen readers may not say that a new page has opened (only the page title changes).',
    criterion: null,
    meanwhile:
      'After choosing a link, use the “Skip to main content” link (press Tab once from the top of the page) or your screen reader’s heading list to go to the new page’s main heading.',
  },
  {
    id: 'filters-first',
    problem:
      'On every view, the “Filters” heading comes before the page’s main heading, so a screen reader’s list of headings starts with Filters.',
    criterion: null,
    meanwhile: 'Move to the first level 1 heading to reach the start of the view.',
  },
  {
    id: 'exact-link-order',
    problem:
      'On a narrow screen, the “Link to these exact figures” button is shown after Present and Print, but Tab reaches it before them.',
    criterion: null,
    meanwhile: 'None needed: every button can be reached and used.',
  },
  {
    id: 'wide-tables',
    problem:
      'At 320 pixels wide (400% zoom), some data tables are wider than the screen. They scroll sideways inside their own box, as the guidelines allow for tables; the rest of the page does not.',
    criterion: null,
    meanwhile:
      'Scroll the table sideways, or open the same figures as a chart, or download them as CSV.',
  },
  {
    id: 'downloads',
    problem:
      'Downloaded chart images (PNG and SVG) carry no text description. If you put one in a document or slide, add your own alternative text; the chart’s title is a good start.',
    criterion: null,
    meanwhile: 'Use Copy data as a table or Download CSV to share the figures as text.',
  },
];
