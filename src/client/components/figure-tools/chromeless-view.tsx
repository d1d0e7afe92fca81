import { useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useFilters } from '../../lib/filters-context.tsx';
import { FigureStage, type StageState } from './figure-stage.tsx';
import { FigureModeContext } from './figure-mode.ts';
import { PRESENTED } from './key-figure.tsx';
import { isPresentState, restorePosition } from './present-return.ts';
import { SlideShow } from './slide-show.tsx';
import { useRefit } from './use-refit.ts';
import { CHART_HEIGHT, ChartHeightContext } from '../charts/chart-height.ts';

/**
 * A view without the dashboard around it: presented (`present=1`, its figures one at a time, large)
 * or embedded in another site (`embed=1`, its first figure, sized to the frame, with a link back).
 * Loaded only in those modes.
 */
const EMBEDDED = { mode: 'embed' } as const;

export function ChromelessView({
  mode,
  notices,
  children,
}: {
  mode: 'present' | 'embed';
  notices: ReactNode;
  children: ReactNode;
}) {
  return mode === 'embed' ? (
    <EmbedFrame notices={notices}>{children}</EmbedFrame>
  ) : (
    <ViewPresentation notices={notices}>{children}</ViewPresentation>
  );
}

function ViewPresentation({ notices, children }: { notices: ReactNode; children: ReactNode }) {
  const { view, setView, search } = useFilters();
  const navigate = useNavigate();
  const location = useLocation();
  const state: unknown = location.state;
  const [stage, setStage] = useState<StageState>({ count: 0, found: null, title: null });
  const index = Math.max(0, Math.floor(Number(view.slide ?? 1)) - 1 || 0);
  const leave = () => {
    if (isPresentState(state)) void navigate(-1);
    else setView({ present: null, slide: null }, { replace: true });
    restorePosition();
  };
  return (
    <SlideShow
      count={stage.count}
      index={Math.min(index, Math.max(0, stage.count - 1))}
      onIndex={(i) =>
        void navigate(
          {
            pathname: location.pathname,
            search: search({}, { slide: i === 0 ? null : String(i + 1) }),
          },
          { replace: true, state },
        )
      }
      onLeave={leave}
      label="Presentation"
      current={stage.title}
    >
      <h1 className="sr-only">
        Presentation{stage.count > 1 ? `, chart ${index + 1} of ${stage.count}` : ''}
      </h1>
      {notices}
      <FigureModeContext value={PRESENTED}>
        <FigureStage target={{ index }} onChange={setStage}>
          {children}
        </FigureStage>
      </FigureModeContext>
    </SlideShow>
  );
}

/** an embedded chart shorter than this is too squashed to read: the frame scrolls instead */
const MIN_EMBED_CHART = 150;

/**
 * Sized to its frame: the chart takes the height the frame leaves once the rest of the figure (its
 * title, legend, caveats and source) and the link back are in, so that all of it shows at once, at
 * full-size type; measured again whenever the frame or the figure changes size.
 */
function useFrameChartHeight(): [RefObject<HTMLElement | null>, number] {
  const page = useRef<HTMLElement>(null);
  const [height, setHeight] = useState(CHART_HEIGHT);
  useRefit(page, (el) => {
    const over = el.getBoundingClientRect().height - window.innerHeight;
    const next = Math.max(MIN_EMBED_CHART, Math.min(CHART_HEIGHT, Math.floor(height - over)));
    if (Math.abs(next - height) >= 4) setHeight(next);
  });
  return [page, height];
}

const NEW_TAB = 'data-new-tab';

/**
 * Every link in an embedded view opens the dashboard in a new tab, not in the other site's frame:
 * whichever component drew it (a source, a note, a tile of the map), now or after a redraw. Each says
 * so to screen readers (`describedBy`). The router's links navigate within the frame on a click
 * whatever their target, so a click on a link is kept from them, and the browser opens the tab.
 */
function useLinksInNewTab(root: RefObject<HTMLElement | null>, describedBy: string) {
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const mark = () => {
      for (const a of el.querySelectorAll<HTMLAnchorElement>(`a[href]:not([${NEW_TAB}])`)) {
        a.setAttribute(NEW_TAB, '');
        // a link that already opens a new tab says so itself
        if (a.target !== '_blank')
          a.setAttribute(
            'aria-describedby',
            [a.getAttribute('aria-describedby'), describedBy].filter(Boolean).join(' '),
          );
        a.target = '_blank';
        a.rel = 'noopener';
      }
    };
    mark();
    const observer = new MutationObserver(mark);
    observer.observe(el, { childList: true, subtree: true });
    const keep = (event: MouseEvent) => {
      if (event.target instanceof Element && event.target.closest('a[href]'))
        event.stopPropagation();
    };
    el.addEventListener('click', keep, true);
    return () => {
      observer.disconnect();
      el.removeEventListener('click', keep, true);
    };
  }, [root, describedBy]);
}

function EmbedFrame({ notices, children }: { notices: ReactNode; children: ReactNode }) {
  const { search, view } = useFilters();
  const { pathname } = useLocation();
  const full = new URL(
    `${pathname}${search({}, { embed: null, slide: null })}`,
    window.location.origin,
  ).href;
  const [page, chartHeight] = useFrameChartHeight();
  const newTab = useId();
  useLinksInNewTab(page, newTab);
  // which of the view's figures: the first unless the embed code names another (figure-actions.tsx)
  const index = Math.max(0, Math.floor(Number(view.slide ?? 1)) - 1 || 0);
  return (
    <main id="main" ref={page} className="p-3">
      <h1 className="sr-only">Chart from the Social media crime dashboard</h1>
      <span id={newTab} hidden>
        Opens in a new tab
      </span>
      {notices}
      <ChartHeightContext value={chartHeight}>
        <FigureModeContext value={EMBEDDED}>
          <FigureStage target={{ index }}>{children}</FigureStage>
        </FigureModeContext>
      </ChartHeightContext>
      <p className="mt-3 text-sm">
        <a href={full} target="_blank" rel="noopener">
          See this chart in the Social media crime dashboard, with its filters and notes
          <span className="sr-only"> (opens in a new tab)</span>
        </a>
      </p>
    </main>
  );
}
