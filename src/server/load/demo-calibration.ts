import type { PlatformId } from '../../shared/reference/platforms.ts';

/**
 * What the illustrative `demo` dataset takes from the published figures (data/reported/), and the
 * refusals it invents.
 */

/** TikTok totals 2021/22 to 2023/24 as published (data/reported/tiktok-foi-2024.csv). */
export const CALIBRATED_TIKTOK: Readonly<Record<string, readonly [number, number, number]>> = {
  lancashire: [71, 66, 98],
  hertfordshire: [37, 63, 88],
  'dyfed-powys': [22, 42, 42],
  dorset: [14, 16, 16],
  cleveland: [72, 98, 107],
  // published only as three-year totals (513 and 188) and rises (+73%, +60%); the split is ours
  cambridgeshire: [128, 163, 222],
  derbyshire: [48, 63, 77],
};

/**
 * England and Wales TikTok totals 2021/22 to 2023/24: "more than 14,000" in all and "up 70%" in the
 * press releases. The forces not calibrated share what the calibrated ones leave.
 */
export const NATIONAL_TIKTOK = [3600, 4750, 6100] as const;

/** Charges (outcomes 1 and 1A) each financial year 2021/22 to 2023/24 where published; null: free. */
export const CHARGE_TARGETS: Readonly<Record<string, readonly (number | null)[]>> = {
  'lancashire|tiktok': [0, 0, 3],
  'dyfed-powys|tiktok': [0, 0, 0],
  'derbyshire|tiktok': [null, null, 2],
  'northamptonshire|tiktok': [null, null, 1],
};

export interface DemoRefusal {
  force: string;
  platform: PlatformId;
  /** first year of the financial year */
  year: number;
  note: string;
}

const S12 = 'Refused under section 12 (cost of compliance)';
const S31 = 'Refused under section 31 (law enforcement)';

/** Invented refusals, to show how the dashboard displays a refused request. */
export const DEMO_REFUSALS: readonly DemoRefusal[] = (
  [
    ['kent', 'whatsapp', 2021, S12],
    ['wiltshire', 'tiktok', 2021, S12],
    ['metropolitan', 'x', 2022, S12],
    ['north-wales', 'snapchat', 2024, S31],
  ] as const
).map(([force, platform, year, note]) => ({ force, platform, year, note }));
