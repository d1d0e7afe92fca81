import { createContext, type ComponentType } from 'react';
import { matchPath } from 'react-router';
import {
  OFFENCE_BYS,
  PAGE_DEFAULTS,
  withDefaults,
  type By,
  type Filters,
} from '@shared/filters.ts';

/**
 * The one list of the dashboard's views. The router, the navigation, the layout's chrome, links
 * between views, briefing packs and download names all read it; a new view is one entry here and
 * its page in app/view-pages.tsx.
 */

export interface ViewChrome {
  /** the filter panel and dataset banner are shown, and links to the view carry the filters in view */
  filters: boolean;
  /** `present=1` and `embed=1` draw the view alone (a pack presents its own slides instead) */
  embed: boolean;
  /** opens without the API: a page that explains the dashboard must be there when the figures are not */
  offline: boolean;
}

export interface ViewSpec {
  id: string;
  /** a react-router path */
  path: string;
  name: string;
  /** the navigation's label and whether it is lit only on the path itself; absent: not in the navigation */
  nav?: { label: string; end: boolean };
  /** this view's defaults over the query's: a URL says only how it differs from them */
  defaults: Partial<Filters>;
  /** the splits (`by`) it understands: a link leaves out a split its view would not use */
  splits: readonly By[];
  /** its name in a download's file name ('' for the overview) */
  file: string;
  /** its charts can be pinned to a briefing pack, which draws them with the view's own page */
  inPacks: boolean;
  /**
   * the panels its charts are drawn in (components/figure-tools/view-panel.tsx): a pack's slide
   * names one and the view draws that one alone
   */
  panels: readonly string[];
  /**
   * where its figures come from: the dashboard's datasets (a dataset and version, the filters), or
   * the published platform series (a release of its own, figure by figure as published)
   */
  figures: 'datasets' | 'platform-series';
  chrome: ViewChrome;
}

const DASHBOARD: ViewChrome = { filters: true, embed: true, offline: false };
const DOCUMENT: ViewChrome = { filters: false, embed: false, offline: true };

export const VIEWS = [
  {
    id: 'overview',
    path: '/',
    name: 'Overview',
    nav: { label: 'Overview', end: true },
    defaults: PAGE_DEFAULTS,
    splits: ['platform', 'offenceGroup'],
    file: '',
    panels: ['headline', 'trend'],
    inPacks: true,
    figures: 'datasets',
    chrome: DASHBOARD,
  },
  {
    id: 'offences',
    path: '/offences',
    name: 'Offences',
    nav: { label: 'Offences', end: false },
    defaults: { ...PAGE_DEFAULTS, by: 'offenceGroup' },
    splits: OFFENCE_BYS,
    file: 'offences',
    panels: ['ranking', 'trend'],
    inPacks: true,
    figures: 'datasets',
    chrome: DASHBOARD,
  },
  {
    id: 'outcomes',
    path: '/outcomes',
    name: 'Outcomes',
    nav: { label: 'Outcomes', end: false },
    defaults: { ...PAGE_DEFAULTS, by: 'outcomeGroup' },
    splits: ['outcomeGroup', 'outcome'],
    file: 'outcomes',
    panels: ['rates', 'distribution', 'over-time', 'rates-table'],
    inPacks: true,
    figures: 'datasets',
    chrome: DASHBOARD,
  },
  {
    // comparing forces by count makes the biggest look worst, so the forces view means rates
    id: 'forces',
    path: '/forces',
    name: 'Forces',
    nav: { label: 'Forces', end: false },
    defaults: { ...PAGE_DEFAULTS, measure: 'rate' },
    splits: [],
    file: 'forces',
    panels: ['comparison', 'trend'],
    inPacks: true,
    figures: 'datasets',
    chrome: DASHBOARD,
  },
  {
    id: 'force',
    path: '/forces/:id',
    name: 'Force profile',
    defaults: PAGE_DEFAULTS,
    splits: [],
    file: 'force-profile',
    panels: ['key-facts', 'trend', 'rank', 'offence-mix', 'outcome-mix', 'returns'],
    inPacks: true,
    figures: 'datasets',
    chrome: DASHBOARD,
  },
  {
    // the NSPCC series is a release of its own, answered from /api/v1/platform-series: the filters
    // of the other views (the dataset, forces, months) do not apply to it; it presents and embeds
    // its figures, and puts them in packs, as the other views do
    id: 'platforms',
    path: '/platforms',
    name: 'Platforms',
    nav: { label: 'Platforms', end: false },
    defaults: PAGE_DEFAULTS,
    splits: [],
    file: 'platforms',
    panels: ['shares', 'national', 'areas'],
    inPacks: true,
    figures: 'platform-series',
    chrome: { filters: false, embed: true, offline: false },
  },
  {
    id: 'about',
    path: '/about',
    name: 'About the data',
    nav: { label: 'About the data', end: false },
    defaults: PAGE_DEFAULTS,
    splits: [],
    file: 'about',
    panels: [],
    inPacks: false,
    figures: 'datasets',
    chrome: DASHBOARD,
  },
  {
    // a pack has no filters of its own: its charts keep theirs
    id: 'briefing',
    path: '/briefing',
    name: 'Briefing pack',
    nav: { label: 'Briefing pack', end: false },
    defaults: PAGE_DEFAULTS,
    splits: [],
    file: 'briefing',
    panels: [],
    inPacks: false,
    figures: 'datasets',
    chrome: { filters: false, embed: false, offline: false },
  },
  {
    id: 'guide',
    path: '/guide',
    name: 'Guide',
    defaults: PAGE_DEFAULTS,
    splits: [],
    file: 'guide',
    panels: [],
    inPacks: false,
    figures: 'datasets',
    chrome: DOCUMENT,
  },
  {
    id: 'accessibility',
    path: '/accessibility',
    name: 'Accessibility statement',
    defaults: PAGE_DEFAULTS,
    splits: [],
    file: 'accessibility',
    panels: [],
    inPacks: false,
    figures: 'datasets',
    chrome: DOCUMENT,
  },
] as const satisfies readonly ViewSpec[];

export type ViewId = (typeof VIEWS)[number]['id'];
/** a panel of some view, as the registry names it */
export type PanelId = (typeof VIEWS)[number]['panels'][number];

/** The panel a pack item's slide draws alone, when its view still has it; null: the whole view. */
export function stagedPanel(path: string, panel: string | undefined): PanelId | null {
  const view = viewAt(path);
  return view?.panels.find((p): p is PanelId => p === panel) ?? null;
}

const BY_ID = new Map<string, ViewSpec>(VIEWS.map((v) => [v.id, v]));

export function viewById(id: ViewId): ViewSpec {
  const view = BY_ID.get(id);
  if (!view) throw new Error(`no view '${id}'`);
  return view;
}

/** The view at a pathname ('/forces/kent' is the force profile), or null for an address that is none. */
export function viewAt(pathname: string): ViewSpec | null {
  const path = pathname.replace(/(.)\/+$/, '$1');
  return VIEWS.find((v) => matchPath(v.path, path) !== null) ?? null;
}

/** the pathname of a view: `viewPath('force', 'kent')` is '/forces/kent' */
export function viewPath(id: ViewId, param?: string): string {
  const path = viewById(id).path;
  return param === undefined ? path : path.replace(/:[a-z]+/, encodeURIComponent(param));
}

/** Every filter a view opens with when its URL says nothing; an address that is no view has the pages' defaults. */
export function viewDefaults(view: ViewSpec | null): Filters {
  return withDefaults(view?.defaults ?? PAGE_DEFAULTS);
}

/**
 * The pages that draw the views, keyed by view id. The app provides them (features never import the
 * app), so that a briefing pack draws each chart with the page that drew it.
 */
export const ViewPagesContext = createContext<Partial<Record<ViewId, ComponentType>>>({});
