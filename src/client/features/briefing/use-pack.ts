import { useEffect, useMemo, useState } from 'react';
import type { Problem } from '@shared/filters.ts';
import { decodePack, encodePack, type Pack } from '@shared/pack.ts';
import { readLocalPack, writeLocalPack } from '../../lib/briefing-store.ts';
import { useFilters } from '../../lib/filters-context.tsx';

export interface PackState {
  /** the pack on the page: the link's when it has one, else the one being built */
  pack: Pack;
  problems: Problem[];
  /** the page shows a pack from a link that differs from the one being built (which has charts) */
  fromLink: boolean;
  /** charts in the pack being built */
  building: number;
  /** change the pack on the page; it becomes the pack being built */
  update: (pack: Pack) => void;
  /** make the pack from the link the one being built, unchanged */
  adopt: () => void;
  /** show the pack being built instead of the link's */
  openBuilding: () => void;
}

/**
 * The pack is in the page's link (`pack=`), so that the address is the pack: sending it sends the
 * pack, reloading keeps it. The pack being built is also kept in the browser; a link without a pack
 * opens it, and a link with one shows that one instead.
 */
export function usePack(): PackState {
  const { view, setView } = useFilters();
  const raw = view.pack;
  // a pack opened from a link, with nothing being built: it becomes the pack being built
  const [local, setLocal] = useState(() => {
    const building = readLocalPack();
    const linked = raw === undefined ? null : decodePack(raw).pack;
    if (building.items.length > 0 || !linked || linked.items.length === 0) return building;
    writeLocalPack(linked);
    return linked;
  });
  const decoded = useMemo(() => (raw === undefined ? null : decodePack(raw)), [raw]);
  const pack = decoded?.pack ?? local;
  const differs = decoded !== null && encodePack(decoded.pack) !== encodePack(local);

  useEffect(() => {
    if (raw === undefined && local.items.length > 0)
      setView({ pack: encodePack(local) }, { replace: true });
  }, [raw, local, setView]);

  const update = (next: Pack) => {
    writeLocalPack(next);
    setLocal(next);
    setView({ pack: next.items.length > 0 ? encodePack(next) : null }, { replace: true });
  };
  return {
    pack,
    problems: decoded?.problems ?? [],
    fromLink: differs && local.items.length > 0,
    building: local.items.length,
    update,
    adopt: () => {
      writeLocalPack(pack);
      setLocal(pack);
    },
    openBuilding: () => setView({ pack: encodePack(local) }),
  };
}
