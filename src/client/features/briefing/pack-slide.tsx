import { useState } from 'react';
import type { MetaResponse } from '@shared/contract.ts';
import type { PackItem } from '@shared/pack.ts';
import { FigureModeContext, type FigureMode } from '../../components/figure-tools/figure-mode.ts';
import { PRESENTED } from '../../components/figure-tools/key-figure.tsx';
import { FigureStage, type StageState } from '../../components/figure-tools/figure-stage.tsx';
import { longDate, pinnedLink } from '../../lib/export-citation.ts';
import { useFilters } from '../../lib/filters-context.tsx';
import { StagedPanelContext } from '../../lib/view-panel.tsx';
import { stagedPanel, viewAt } from '../../lib/views.ts';
import { useQuery } from '@tanstack/react-query';
import { platformSeriesQueryOptions, seriesVersionOf } from '../../api/platform-series.ts';
import { IsolatedView } from './isolated-view.tsx';
import { ViewRoutes } from './view-routes.tsx';

const IN_PACK = { mode: 'pack' } as const;

/** One chart of a pack, drawn by its own view at its own address: on screen, on paper or presented. */
export function PackSlide({
  item,
  base,
  mode,
}: {
  item: PackItem;
  base: MetaResponse;
  mode: Extract<FigureMode, 'pack' | 'present'>;
}) {
  return (
    <IsolatedView item={item} base={base}>
      <SlideContent item={item} mode={mode} />
    </IsolatedView>
  );
}

function SlideContent({ item, mode }: { item: PackItem; mode: 'pack' | 'present' }) {
  const [stage, setStage] = useState<StageState>({ count: 0, found: null, title: null });
  return (
    <>
      <FigureModeContext value={mode === 'present' ? PRESENTED : IN_PACK}>
        <FigureStage target={{ title: item.title, index: 0 }} onChange={setStage}>
          <StagedPanelContext value={stagedPanel(item.path, item.panel)}>
            <ViewRoutes />
          </StagedPanelContext>
        </FigureStage>
      </FigureModeContext>
      {stage.found === 'index' && (
        <p role="status" className="mt-3 border-l-4 border-warning pl-3 text-sm">
          This view no longer draws a chart called ‘{item.title}’, so its first chart is shown in
          its place.
        </p>
      )}
      {mode === 'pack' &&
        (viewAt(item.path)?.figures === 'platform-series' ? (
          <SeriesFooter item={item} />
        ) : (
          <SlideFooter item={item} />
        ))}
    </>
  );
}

/** A published series' chart: the release its figures come from, as published, and its link. */
function SeriesFooter({ item }: { item: PackItem }) {
  const { version } = seriesVersionOf(new URLSearchParams(item.search));
  const { data } = useQuery(platformSeriesQueryOptions(version));
  const link = pinnedLink(window.location.origin, item.path, item.search, null);
  return (
    <div className="mt-4 border-t border-border pt-3 text-sm text-secondary">
      <p>
        Figures as published
        {data ? ` in ${data.release.title}, version ${data.release.version}` : ''}: each
        figure&apos;s source is in the chart&apos;s table. Not from the dashboard&apos;s datasets.
        Drawn on {longDate(new Date())}.
      </p>
      <p className="mt-1 break-all">
        This chart: <a href={link}>{link}</a>
      </p>
    </div>
  );
}

/** Where the figures came from, when they were drawn, and the link that draws this chart again. */
function SlideFooter({ item }: { item: PackItem }) {
  const { meta, problems } = useFilters();
  const d = meta.dataset;
  const latest = meta.datasets.find((x) => x.id === d.id);
  const version = d.versions.find((v) => v.version === d.version);
  const newer = latest && latest.version > d.version ? latest : null;
  const link = pinnedLink(window.location.origin, item.path, item.search, null);
  return (
    <div className="mt-4 border-t border-border pt-3 text-sm text-secondary">
      {problems.length > 0 && (
        <ul className="mb-2 list-disc pl-6 text-ink" role="status">
          {problems.map((p) => (
            <li key={`${p.parameter}:${p.value}`}>{p.words}</li>
          ))}
        </ul>
      )}
      <p>
        Figures from {d.title}, version {d.version}
        {version && ` (loaded ${longDate(version.created)})`}
        {newer &&
          `; newer figures were loaded on ${longDate(newer.updated)} (version ${newer.version})`}
        . Drawn on {longDate(new Date())}.
      </p>
      <p className="mt-1 break-all">
        This chart: <a href={link}>{link}</a>
      </p>
    </div>
  );
}
