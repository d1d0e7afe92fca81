import { useLocation, useNavigate } from 'react-router';
import type { MetaResponse } from '@shared/contract.ts';
import type { Pack } from '@shared/pack.ts';
import { isPresentState, restorePosition } from '../../components/figure-tools/present-return.ts';
import { SlideShow } from '../../components/figure-tools/slide-show.tsx';
import { useFilters } from '../../lib/filters-context.tsx';
import { PackSlide } from './pack-slide.tsx';

/**
 * The pack presented, one chart at a time. The next chart is drawn ahead, out of sight, so that
 * moving on shows it at once.
 */
export function PackPresentation({ pack, base }: { pack: Pack; base: MetaResponse }) {
  const { view, search } = useFilters();
  const navigate = useNavigate();
  const location = useLocation();
  const state: unknown = location.state;
  const n = pack.items.length;
  const index = Math.min(
    Math.max(0, Math.floor(Number(view.slide ?? 1)) - 1 || 0),
    Math.max(0, n - 1),
  );
  const go = (i: number) =>
    void navigate(
      {
        pathname: location.pathname,
        search: search({}, { slide: i === 0 ? null : String(i + 1) }),
      },
      { replace: true, state },
    );
  const leave = () => {
    if (isPresentState(state)) void navigate(-1);
    else
      void navigate(
        { pathname: location.pathname, search: search({}, { present: null, slide: null }) },
        { replace: true },
      );
    restorePosition();
  };
  const current = pack.items[index] ?? null;
  return (
    <SlideShow
      count={n}
      index={index}
      onIndex={go}
      onLeave={leave}
      label="Briefing pack presentation"
      current={current?.title ?? null}
    >
      <h1 className="sr-only">
        Briefing pack, chart {index + 1} of {n}
      </h1>
      {n === 0 && <p className="text-2xl">The briefing pack is empty.</p>}
      {pack.items.map((item, i) =>
        i === index || i === index + 1 ? (
          <div key={`${i}:${item.path}?${item.search}`} hidden={i !== index}>
            <PackSlide item={item} base={base} mode="present" />
            {item.note && (
              <p className="mt-6 border-l-8 border-ink pl-4 text-2xl" data-pack-note>
                {item.note}
              </p>
            )}
          </div>
        ) : null,
      )}
    </SlideShow>
  );
}
