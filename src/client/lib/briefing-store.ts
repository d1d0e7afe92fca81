import {
  decodePack,
  encodePack,
  MAX_PACK_ITEMS,
  sameItem,
  type Pack,
  type PackItem,
} from '@shared/pack.ts';

/**
 * The pack being built, kept in the browser between visits: "Add to briefing" adds to it from any view,
 * and /briefing shows it. A pack opened from a link (`/briefing?pack=…`) is shown as the link says;
 * it becomes the pack being built once it is changed.
 */

const KEY = 'social-media-crime-dashboard:briefing-pack';

export function readLocalPack(): Pack {
  try {
    return decodePack(window.localStorage.getItem(KEY) ?? '').pack;
  } catch {
    // storage switched off (private browsing, policy): the pack lives in the link alone
    return { items: [] };
  }
}

export function writeLocalPack(pack: Pack): void {
  try {
    window.localStorage.setItem(KEY, encodePack(pack));
  } catch {
    // as above
  }
}

export type AddResult =
  { added: true; count: number } | { added: false; count: number; reason: 'already' | 'full' };

export function addToLocalPack(item: PackItem): AddResult {
  const pack = readLocalPack();
  if (pack.items.some((i) => sameItem(i, item)))
    return { added: false, count: pack.items.length, reason: 'already' };
  if (pack.items.length >= MAX_PACK_ITEMS)
    return { added: false, count: pack.items.length, reason: 'full' };
  const next = { items: [...pack.items, item] };
  writeLocalPack(next);
  return { added: true, count: next.items.length };
}
