import type { PlatformId } from '../../shared/reference/platforms.ts';

/**
 * The shape of the illustrative `demo` dataset: how big each platform is next to TikTok, how it grows,
 * which offences it carries and which outcomes each offence tends to get. Invented, but chosen so that
 * charts look like recorded-crime data rather than noise.
 */

export interface PlatformShape {
  /** volume in 2021/22 relative to TikTok's */
  ratio: number;
  /** volume in each financial year from 2021/22 (2024/25 as an annual rate), relative to 2021/22 */
  trend: readonly [number, number, number, number];
}

export const PLATFORM_SHAPE: Record<PlatformId, PlatformShape> = {
  tiktok: { ratio: 1, trend: [1, 1.32, 1.7, 1.9] },
  snapchat: { ratio: 1.6, trend: [1, 1.16, 1.33, 1.42] },
  instagram: { ratio: 0.9, trend: [1, 1.08, 1.18, 1.22] },
  facebook: { ratio: 1.1, trend: [1, 0.98, 0.94, 0.91] },
  x: { ratio: 0.4, trend: [1, 0.96, 0.86, 0.8] },
  whatsapp: { ratio: 0.8, trend: [1, 1.07, 1.14, 1.18] },
  youtube: { ratio: 0.15, trend: [1, 1.02, 1.05, 1.06] },
  other: { ratio: 0.5, trend: [1, 1.1, 1.24, 1.32] },
};

type Profile = 'comms' | 'harassment' | 'violence' | 'child' | 'grooming' | 'acquisitive' | 'drugs';

/**
 * Leaf offences and their weight on each platform, in the order
 * tiktok, snapchat, instagram, facebook, x, whatsapp, youtube, other.
 */
const OFFENCE_TABLE: [id: string, profile: Profile, weights: number[]][] = [
  ['8R', 'comms', [30, 13, 22, 24, 40, 17, 42, 22]],
  ['8L', 'harassment', [22, 13, 20, 24, 14, 26, 14, 20]],
  ['8Q', 'harassment', [9, 6, 10, 8, 4, 8, 4, 7]],
  ['8/67', 'harassment', [1, 3, 3, 4, 1, 11, 1, 4]],
  ['008/71', 'harassment', [2, 4, 4, 3, 2, 4, 1, 4]],
  ['8M', 'comms', [2, 1, 2, 3, 6, 1, 4, 2]],
  ['3B', 'harassment', [3, 3, 3, 4, 3, 8, 3, 3]],
  ['105A', 'violence', [4, 5, 3, 2, 1, 2, 2, 2]],
  ['8N', 'violence', [2, 3, 1, 1, 0.5, 1, 1, 1]],
  ['58D', 'violence', [0.5, 1, 0.5, 1, 0.3, 1, 0.3, 0.5]],
  ['71/17', 'child', [5, 15, 7, 2, 1, 3, 2, 5]],
  ['88A', 'grooming', [2, 7, 3, 1, 0.5, 1, 1, 3]],
  ['88E', 'child', [1, 4, 2, 1, 1, 2, 0.5, 2]],
  ['88C', 'child', [1, 2, 1.5, 1, 0.5, 1, 0.5, 1.5]],
  ['86', 'child', [8, 12, 6, 3, 3, 5, 3, 6]],
  ['35', 'acquisitive', [3, 5, 6, 6, 2, 3, 2, 5]],
  ['49', 'acquisitive', [2, 2, 3, 8, 1, 2, 1, 4]],
  ['92A', 'drugs', [1, 7, 2, 1, 0.5, 3, 0.3, 2]],
  ['92D', 'drugs', [0.5, 3, 1, 0.5, 0.3, 1.5, 0.2, 1]],
  ['9A', 'comms', [3, 2, 3, 4, 8, 2, 5, 3]],
  ['9B', 'comms', [1, 0.5, 1, 2, 4, 0.5, 2, 1]],
  ['66', 'comms', [1, 0.5, 1, 2, 6, 0.5, 3, 1]],
];

const PLATFORM_COLUMN: Record<PlatformId, number> = {
  tiktok: 0,
  snapchat: 1,
  instagram: 2,
  facebook: 3,
  x: 4,
  whatsapp: 5,
  youtube: 6,
  other: 7,
};

export const OFFENCE_IDS: readonly string[] = OFFENCE_TABLE.map(([id]) => id);

export function offenceWeights(platform: PlatformId): number[] {
  return OFFENCE_TABLE.map(([, , w]) => w[PLATFORM_COLUMN[platform]] ?? 0);
}

/** Outcome codes used by the demo; `NYA` last. */
export const OUTCOME_IDS: readonly string[] = '1 1A 2 3 8 10 11 14 15 16 17 18 20 21 22 NYA'.split(
  ' ',
);
const outcomeIndex = (id: string): number => OUTCOME_IDS.indexOf(id);
/** Indexes in OUTCOME_IDS of the charges (1, 1A) and of outcome 18. */
export const CHARGE_OUTCOMES: readonly number[] = ['1', '1A'].map(outcomeIndex);
export const NO_SUSPECT_INDEX = outcomeIndex('18');
/** Where the generator takes a charge from to meet a target (15, 16, 14); a removed charge goes to 16. */
export const CHARGE_SWAP_OUTCOMES: readonly number[] = ['15', '16', '14'].map(outcomeIndex);

/** Final outcome weights (without NYA) per offence profile, in OUTCOME_IDS order (1 to 22). */
const PROFILES: Record<Profile, number[]> = {
  comms: [2, 0.5, 0.5, 1, 3, 0.5, 0, 10, 12, 28, 2, 33, 2, 4, 1.5],
  harassment: [5, 1, 0.5, 1.5, 2, 0.5, 0, 6, 18, 40, 0.5, 12, 3, 3, 1],
  violence: [6, 1, 2, 2, 6, 1, 0.5, 8, 15, 35, 0, 14, 3, 3, 2],
  child: [5, 1, 2, 1, 2, 1, 1.5, 6, 25, 15, 0, 22, 6, 8, 2],
  grooming: [9, 1.5, 1, 1, 1, 1, 0.5, 6, 26, 14, 0, 22, 6, 8, 1],
  acquisitive: [3, 0.5, 0, 0.5, 1, 0, 0, 10, 15, 15, 0, 50, 2, 2, 0],
  drugs: [14, 2, 2, 2, 4, 1, 0, 4, 30, 5, 0, 20, 3, 8, 1],
};

export const OFFENCE_PROFILE: readonly number[][] = OFFENCE_TABLE.map(([, p]) => PROFILES[p]);
export const OFFENCE_IS_CHILD: readonly boolean[] = OFFENCE_TABLE.map(
  ([, p]) => p === 'child' || p === 'grooming',
);

/** Mild seasonality by calendar month (January first): a summer peak, a winter dip. */
export const SEASON = [0.95, 0.9, 1, 0.98, 1.02, 1.05, 1.08, 1.1, 1.03, 1, 0.97, 0.92] as const;

/**
 * Share of a month's crimes with no outcome yet, by months before the last month of data: about half
 * for the last quarter, a tenth a year back, under 1% by 2021.
 */
export function notAssignedShare(monthsBeforeEnd: number, child: boolean): number {
  const share = 0.58 * Math.exp(-monthsBeforeEnd / 6.5);
  return Math.min(0.9, child ? share * 1.2 : share);
}
