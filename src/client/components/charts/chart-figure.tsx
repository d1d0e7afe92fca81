import { lazy, Suspense, use, useId, useRef, type ReactNode } from 'react';
import { useInRouterContext } from 'react-router';
import type { CountsResponse } from '@shared/contract.ts';
import { seriesCounted } from '@shared/counted.ts';
import { FigureModeContext, type KeyValue } from '../figure-tools/figure-mode.ts';
import { FigureTools } from '../figure-tools/figure-tools.tsx';
import { Tabs, type TabItem } from '../ui/tabs.tsx';
import { SELECTION_HEADING, selectionWords, useNoteWords } from '../../lib/note-words.ts';
import { CoverageNote, FigureNotes } from './figure-notes.tsx';
import { CountedContext } from './unit-context.ts';
import { PublishedWording, SourceLine } from './source-line.tsx';

export type FigureTab = 'chart' | 'table';

export interface ChartFigureProps<K extends string = never> {
  title: string;
  subtitle: string;
  tab: FigureTab | K;
  onTab: (tab: FigureTab | K) => void;
  chart: ReactNode;
  table: ReactNode;
  legend?: ReactNode;
  response: CountsResponse;
  /**
   * The numbers the chart draws, where they are not simply the response's (a share worked out
   * here, two answers side by side): its CSV and copied table hold these.
   */
  drawn?: CountsResponse;
  actions?: ReactNode;
  busy?: boolean;
  /** said instead of drawing empty axes when nothing answers */
  empty?: string | null;
  /** other ways to show the same figures (a map), between Chart and Table */
  extraTabs?: readonly TabItem<K>[];
  /**
   * the number a presenter says for this figure, where it is not the answer's crimes: a value (one
   * force's rate among others'), the answer whose crimes it is (one force beside England and Wales),
   * or null for none
   */
  keyValue?: KeyValue | CountsResponse | null;
}

/**
 * A published selection is shown as one: the figures a force listed, with no total, so that no
 * reader takes them for the whole breakdown or adds them up into its crimes.
 */
function SelectionNotice({ response }: { response: CountsResponse }) {
  const words = selectionWords(response.notes, useNoteWords(response));
  if (words === null) return null;
  return (
    <div className="mt-3 border-l-4 border-warning pl-3" data-selection-notice>
      <p className="font-bold">{SELECTION_HEADING}</p>
      <p className="text-sm">{words}</p>
    </div>
  );
}

/** A figure in a pack gives what its tools would read to the pack's slides and spreadsheet. */
const PackSource = lazy(() => import('../figure-tools/figure-source.tsx'));

/**
 * Every chart is a figure that makes sense cut out of the page: a headline title, a statistical
 * subtitle (what, where, when), the chart or the same numbers as a table, who is missing, notes, and a
 * caption with the source and caveats. On a page it carries the tools to download, copy, cite and
 * add it to a briefing; presented, embedded or in a pack it is the figure alone (see FigureMode).
 */
export function ChartFigure<K extends string = never>({
  title,
  subtitle,
  tab,
  onTab,
  chart,
  table,
  legend,
  response,
  drawn,
  actions,
  busy = false,
  empty,
  extraTabs = [],
  keyValue,
}: ChartFigureProps<K>) {
  const id = useId();
  const ref = useRef<HTMLElement>(null);
  const { mode, keyFigure } = use(FigureModeContext);
  // the tools link to the page the figure is on: a figure drawn outside a router has none
  const routed = useInRouterContext();
  const tools = mode === 'page' && !empty && routed;
  const words = useNoteWords(response);
  const wording = (
    <PublishedWording
      response={response}
      label={(key) =>
        key === null
          ? 'total'
          : (response.series.find((s) => s.key === key)?.label ?? key).toLowerCase()
      }
    />
  );
  return (
    <figure
      ref={ref}
      aria-labelledby={`${id}-title`}
      aria-busy={busy}
      data-chart-figure={title}
      className="border-t-4 border-border pt-4"
    >
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="max-w-4xl">
          <h2
            id={`${id}-title`}
            // in another site's frame the title is the frame's, not a page's: it leaves the chart room
            className={`font-bold ${mode === 'embed' ? 'text-lg' : 'text-xl sm:text-2xl'}`}
          >
            {title}
          </h2>
          <p className="mt-1 text-secondary">{subtitle}</p>
          {/* before any number on the figure, so a presented key figure is never read without it */}
          {response.dataset.illustrative && (
            <p className="mt-3 inline-block bg-focus px-2 py-1 text-sm font-bold">
              Illustrative data: not real figures
            </p>
          )}
          {keyFigure?.(response, keyValue)}
        </div>
        {mode === 'page' && actions}
      </div>
      <SelectionNotice response={response} />
      {/* the previous figures stay on screen while new ones load, dimmed, and this says so */}
      {busy && mode === 'page' && (
        <p role="status" className="mt-2 text-sm font-semibold text-secondary">
          Updating the figures…
        </p>
      )}
      <div className={`mt-3 transition-opacity ${busy ? 'opacity-60' : ''}`}>
        {empty ? (
          <p className="bg-panel p-4">{empty}</p>
        ) : (
          <CountedContext value={seriesCounted(response)}>
            <Tabs<FigureTab | K>
              label={`${title}: ${['chart', ...extraTabs.map((t) => t.label.toLowerCase())].join(', ')} or table`}
              selected={tab}
              onSelect={onTab}
              items={[
                {
                  key: 'chart',
                  label: 'Chart',
                  panel: (
                    <>
                      {chart}
                      {legend && <div className="mt-2">{legend}</div>}
                    </>
                  ),
                },
                ...extraTabs,
                { key: 'table', label: 'Table', panel: table },
              ]}
            />
          </CountedContext>
        )}
      </div>
      {tools && (
        <FigureTools
          figure={ref}
          title={title}
          subtitle={subtitle}
          response={response}
          drawn={drawn}
          showChart={() => onTab('chart')}
        />
      )}
      {mode === 'pack' && routed && !empty && (
        <Suspense fallback={null}>
          <PackSource
            figure={ref}
            title={title}
            subtitle={subtitle}
            response={response}
            drawn={drawn}
            showChart={() => onTab('chart')}
            words={words}
          />
        </Suspense>
      )}
      <CoverageNote response={response} />
      {mode === 'embed' ? (
        // in another site's frame the caveats are one click away, so that the chart keeps its room
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer font-semibold">Notes on these figures</summary>
          <FigureNotes response={response} />
          {wording}
        </details>
      ) : (
        <FigureNotes response={response} />
      )}
      <figcaption className="mt-3 text-sm text-secondary">
        <SourceLine sources={response.sources} dataset={response.dataset} />
        {mode !== 'embed' && wording}
      </figcaption>
    </figure>
  );
}
