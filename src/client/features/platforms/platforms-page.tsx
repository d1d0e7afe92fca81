import { useQuery } from '@tanstack/react-query';
import { use, useEffect, useRef, useState, type ReactNode } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { PresentButton } from '../../components/figure-tools/present-button.tsx';
import { FigureModeContext } from '../../components/figure-tools/figure-mode.ts';
import { CopyLink } from '../../components/ui/copy-link.tsx';
import { Tabs } from '../../components/ui/tabs.tsx';
import { printForPaper } from '../../lib/export-print.ts';
import {
  formatSeriesValue,
  TABLE_WORDS,
  type PlatformSeriesResponse,
  type SeriesFigure,
} from '@shared/platform-series.ts';
import { platformSeriesQueryOptions, seriesVersionOf } from '../../api/platform-series.ts';
import { FetchError } from '../../api/http.ts';
import { Notice } from '../../components/ui/notice.tsx';
import { SeriesSourceLink } from '../../components/ui/series-source-link.tsx';
import { Pending } from '../../components/ui/pending.tsx';
import { ScrollTable, STICKY_CAPTION } from '../../components/ui/scroll-table.tsx';
import { saveBlob } from '../../lib/export-files.ts';
import { NationalChart, ShareChart } from '../../components/charts/published-series-charts.tsx';
import {
  areaRows,
  GROOMING,
  IMAGES,
  keyFacts,
  nationalSeries,
  readingText,
  shareComparison,
  ukFrom,
  type Reading,
} from '../../lib/series-figures.ts';
import { seriesCsv } from './series-csv.ts';
import { SeriesFigureTools, seriesLink, sourceWithPublishers } from './series-tools.tsx';
import { areasExport, nationalExport, sharesExport, type SeriesExport } from './series-export.ts';
import { setOwnExport } from '../../components/figure-tools/figure-source.tsx';
import type { ExportFigure } from '../../lib/export-figure.ts';
import { ViewPanel } from '../../lib/view-panel.tsx';

/** the view's panels, as the registry of views lists them: a pack's slide draws one alone */
type PlatformsPanel = 'shares' | 'national' | 'areas';

const YEARS = ['2023/24', '2024/25'];
const TH = 'border-b-2 border-text px-2 py-1 text-left align-bottom font-bold';
const TD = 'border-b border-border px-2 py-1 align-top';
const NUM = `${TD} text-right tabular-nums`;

const publisher = (body: PlatformSeriesResponse, id: string) =>
  body.sources.find((s) => s.id === id)?.publisher ?? id;

/**
 * A reading in a table cell: each published value links to its source (named for screen readers
 * and on hover); where sources disagree, each value is given, "or" between them.
 */
function ReadingCell({
  body,
  reading,
  unit,
}: {
  body: PlatformSeriesResponse;
  reading: Reading | null;
  unit: 'count' | 'percent';
}) {
  if (reading === null) return <span className="text-secondary">not published</span>;
  return (
    <>
      {reading.figures.map((f, i) => {
        const s = body.sources.find((x) => x.id === f.source);
        const name = s ? `${s.publisher}${s.date ? `, ${s.date}` : ''}` : f.source;
        const value = f.value === null ? '' : formatSeriesValue(f.value, unit);
        return (
          <span key={f.row} className="block whitespace-nowrap">
            {i > 0 && 'or '}
            {s?.url ? (
              <a href={s.url} title={`Source: ${name}`}>
                {value}
                <span className="sr-only"> (source: {name})</span>
              </a>
            ) : (
              value
            )}
          </span>
        );
      })}
    </>
  );
}

type FigureTab = 'chart' | 'table';

/**
 * A figure of the view: a title that names what it covers, a subtitle, the chart or its table (tabs,
 * where it has a chart), a caption with the source, and its tools. Presented or embedded, the figure
 * alone.
 */
function Figure({
  id,
  index,
  title,
  subtitle,
  chart,
  table,
  notes,
  source,
  body,
  figures,
  exported,
}: {
  id: PlatformsPanel;
  index: number;
  title: string;
  subtitle: string;
  chart?: ReactNode;
  table: ReactNode;
  notes?: ReactNode;
  source: string;
  body: PlatformSeriesResponse;
  /** the published figures it shows, for its CSV */
  figures: SeriesFigure[];
  /** its figures as slides and spreadsheets take them */
  exported: () => SeriesExport;
}) {
  const ref = useRef<HTMLElement>(null);
  const [tab, setTab] = useState<FigureTab>('chart');
  const { mode } = use(FigureModeContext);
  const link = seriesLink(body);
  const made = (commentary: string): ExportFigure => ({
    ...exported(),
    title,
    subtitle,
    source: sourceWithPublishers(body, source, figures),
    link,
    image: undefined,
    commentary,
  });
  // in a briefing pack, the pack's slides and spreadsheet take the figure from here (kept current)
  useEffect(() => {
    const el = ref.current;
    if (mode === 'page' || !el) return;
    setOwnExport(el, made);
    return () => setOwnExport(el, null);
  });
  return (
    <ViewPanel id={id}>
      <figure
        ref={ref}
        aria-labelledby={`${id}-title`}
        className="mt-8 border-t border-border pt-6"
        data-series-figure={id}
      >
        <h2 id={`${id}-title`} className="text-2xl font-bold">
          {title}
        </h2>
        <p className="mt-1 max-w-3xl text-secondary">{subtitle}</p>
        {chart ? (
          <Tabs<FigureTab>
            label={`${title}: chart or table`}
            selected={tab}
            onSelect={setTab}
            items={[
              { key: 'chart', label: 'Chart', panel: <div className="mt-4">{chart}</div> },
              { key: 'table', label: 'Table', panel: table },
            ]}
          />
        ) : (
          table
        )}
        <div data-figure-notes>{notes}</div>
        <figcaption className="mt-3 max-w-3xl text-sm">{source}</figcaption>
        {mode === 'page' && (
          <SeriesFigureTools
            figure={ref}
            id={id}
            index={index}
            title={title}
            subtitle={subtitle}
            source={source}
            body={body}
            figures={figures}
            exported={() => made('')}
          />
        )}
      </figure>
    </ViewPanel>
  );
}

function SharesFigure({ body }: { body: PlatformSeriesResponse }) {
  const cmp = shareComparison(body, GROOMING, 'united-kingdom', YEARS);
  const bases = YEARS.map((y, i) => {
    const b = cmp.bases[i];
    const t = cmp.totals[i];
    return `${b ? readingText(b, 'count') : 'an unpublished number of'} offences in ${y} (of ${t ? readingText(t, 'count') : 'an unpublished total'} recorded)`;
  });
  const gaps = cmp.rows.flatMap((r) =>
    YEARS.filter((_, i) => r.years[i] === null).map((y) => `${r.name} in ${y}`),
  );
  const disagreements = cmp.rows.flatMap((r) =>
    YEARS.flatMap((y, i) => {
      const reading = r.years[i];
      return reading && reading.values.length > 1
        ? [
            `${r.name} in ${y}: ${reading.figures.map((f) => `${formatSeriesValue(f.value ?? 0, 'percent')} (${publisher(body, f.source)})`).join(' or ')}`,
          ]
        : [];
    }),
  );
  const title =
    'Platforms named in grooming offences where the platform was recorded, UK, 2023/24 and 2024/25';
  const noteLines = [
    ...(gaps.length > 0 ? [`No bar: not published (not zero) for ${gaps.join('; ')}.`] : []),
    ...(disagreements.length > 0
      ? [
          `Sources disagree, and both figures are given: ${disagreements.join('; ')}. The bar is drawn at the lower.`,
        ]
      : []),
  ];
  return (
    <Figure
      id="shares"
      index={0}
      body={body}
      exported={() =>
        sharesExport(
          body,
          cmp,
          keyFacts(body)
            .slice(0, 2)
            .map((f) => f.text),
          [...noteLines, ...body.release.caveats],
        )
      }
      figures={[
        ...cmp.rows.flatMap((r) => r.years.flatMap((v) => v?.figures ?? [])),
        ...cmp.bases.flatMap((v) => v?.figures ?? []),
      ]}
      title={title}
      subtitle={`Percent of the offences of sexual communication with a child where the police recorded the platform: ${bases.join(' and ')}. Not a share of all offences. One offence can involve several platforms, so the shares are never added up; a group (Facebook and Messenger) is a figure published for the group, not the sum of its members.`}
      source="Source: NSPCC FOI requests to UK police forces, as published in the press (each figure's source is in the table). Published figures: not a complete list of platforms."
      chart={
        <ShareChart
          years={YEARS}
          bars={cmp.rows.map((r) => ({
            // where sources disagree the bar is drawn at the lower, and its label gives both
            name: r.name.replace(' (one figure for them together)', ' (as one)'),
            values: r.years.map((v) => (v === null ? null : Math.min(...v.values))),
            labels: r.years.map((v) => (v === null ? '' : readingText(v, 'percent'))),
          }))}
          label={`Bar chart: ${title}. ${cmp.rows
            .map(
              (r) =>
                `${r.name}: ${YEARS.map((y, i) => {
                  const v = r.years[i];
                  return `${y} ${v ? readingText(v, 'percent') : 'not published'}`;
                }).join(', ')}`,
            )
            .join('; ')}.`}
        />
      }
      notes={
        <>
          {gaps.length > 0 && (
            <p className="mt-2 max-w-3xl text-sm">
              <span className="font-bold">No bar: not published</span> (not zero) for{' '}
              {gaps.join('; ')}.
            </p>
          )}
          {disagreements.length > 0 && (
            <p className="mt-1 max-w-3xl text-sm" data-disagreement>
              <span className="font-bold">Sources disagree</span>, and both figures are shown:{' '}
              {disagreements.join('; ')}. The bar is drawn at the lower.
            </p>
          )}
        </>
      }
      table={
        <ScrollTable label="Shares of platform-recorded grooming offences, UK">
          <table className="mt-4 w-full border-collapse">
            <caption className={`${STICKY_CAPTION} text-left font-bold`}>
              Share of platform-recorded offences, UK, by platform and year (base: offences where
              the platform was recorded)
            </caption>
            <thead>
              <tr>
                <th scope="col" className={TH}>
                  Platform
                </th>
                {YEARS.map((y) => (
                  <th key={y} scope="col" className={`${TH} text-right`}>
                    {y} (%)
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row" className={`${TD} text-left`}>
                  Base: offences where the platform was recorded
                </th>
                {cmp.bases.map((b, i) => (
                  <td key={YEARS[i]} className={NUM}>
                    <ReadingCell body={body} reading={b} unit="count" />
                  </td>
                ))}
              </tr>
              {cmp.rows.map((r) => (
                <tr key={r.platform}>
                  <th scope="row" className={`${TD} text-left font-normal`}>
                    {r.name}
                  </th>
                  {r.years.map((v, i) => (
                    <td key={YEARS[i]} className={NUM}>
                      <ReadingCell body={body} reading={v} unit="percent" />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      }
    />
  );
}

function otherPeriods(figures: SeriesFigure[]): SeriesFigure[] {
  return figures.filter((f) => f.period !== null && f.period.kind !== 'financial-year');
}

function NationalFigure({ body }: { body: PlatformSeriesResponse }) {
  const points = nationalSeries(body, GROOMING);
  const from = ukFrom(points);
  const title =
    'Offences of sexual communication with a child recorded by police: England and Wales to 2020/21, United Kingdom from 2021/22';
  const irregular = otherPeriods(
    body.figures.filter(
      (f) => f.offence === GROOMING && f.areaKind === 'country' && f.table === 'totals',
    ),
  );
  const areaName = (id: string) => body.areas.find((a) => a.id === id)?.name ?? id;
  const basis = `Where the lines meet the basis changes: England and Wales (43 forces) up to 2020/21, the United Kingdom (up to 45 forces) from ${from ?? '2021/22'}. The 2017/18 England and Wales figure was published as 3,171 and revised to 3,217; the line goes through the revision, and the table gives both.`;
  return (
    <Figure
      id="national"
      index={1}
      body={body}
      exported={() =>
        nationalExport(
          body,
          points,
          irregular.map((f) => ({
            label: `${areaName(f.area)}, ${f.period?.label ?? f.periodAsPublished}`,
            reading: f.value === null ? 'not-provided' : { values: [f.value], figures: [f] },
          })),
          keyFacts(body)
            .slice(2)
            .map((f) => f.text),
          [basis, ...body.release.caveats],
        )
      }
      figures={[
        ...points.flatMap((p) => [...(p.ew?.figures ?? []), ...(p.uk?.figures ?? [])]),
        ...irregular,
      ]}
      title={title}
      subtitle={`Offences recorded each financial year (April to March), as published. The United Kingdom adds Police Scotland and the Police Service of Northern Ireland: the two lines are not like for like and are never joined.${from ? ` From ${from} the national figures are UK.` : ''} No single-year England and Wales figure was published for 2019/20.`}
      source="Source: NSPCC FOI requests, as published (each figure's source is in the table). The forces answering change from year to year."
      chart={
        <NationalChart
          // where a figure was revised, the line goes through the later one (the table gives both)
          rows={points.map((p) => ({
            period: p.period,
            ew: p.ew?.values.at(-1) ?? null,
            uk: p.uk?.values.at(-1) ?? null,
          }))}
          ukFrom={from}
          label={`Line chart: ${title}. ${points
            .map(
              (p) =>
                `${p.period}: England and Wales ${p.ew ? readingText(p.ew, 'count') : 'no figure'}, United Kingdom ${p.uk ? readingText(p.uk, 'count') : 'no figure'}`,
            )
            .join('; ')}.`}
        />
      }
      notes={
        <p className="mt-2 max-w-3xl text-sm" data-basis-break>
          <span className="font-bold">Where the lines meet the basis changes:</span>
          {basis.replace('Where the lines meet the basis changes:', '')}
        </p>
      }
      table={
        <>
          <ScrollTable label="National figures, by year">
            <table className="mt-4 w-full border-collapse">
              <caption className={`${STICKY_CAPTION} text-left font-bold`}>
                Offences recorded, by financial year and area
              </caption>
              <thead>
                <tr>
                  <th scope="col" className={TH}>
                    Year
                  </th>
                  <th scope="col" className={`${TH} text-right`}>
                    England and Wales (offences)
                  </th>
                  <th scope="col" className={`${TH} text-right`}>
                    United Kingdom (offences)
                  </th>
                </tr>
              </thead>
              <tbody>
                {points.map((p) => (
                  <tr key={p.period}>
                    <th scope="row" className={`${TD} text-left font-normal`}>
                      {p.period}
                    </th>
                    <td className={NUM}>
                      <ReadingCell body={body} reading={p.ew} unit="count" />
                    </td>
                    <td className={NUM}>
                      <ReadingCell body={body} reading={p.uk} unit="count" />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
          <h3 className="mt-6 text-lg font-bold">Periods that are not one financial year</h3>
          <p className="max-w-3xl text-sm">
            A half-year, a quarter or a span of years cannot be drawn as a year: each is given here
            with its true span.
          </p>
          <ScrollTable label="National figures for other periods">
            <table className="mt-2 w-full border-collapse">
              <caption className={`${STICKY_CAPTION} text-left font-bold`}>
                Offences recorded over other periods, as published
              </caption>
              <thead>
                <tr>
                  <th scope="col" className={TH}>
                    Period
                  </th>
                  <th scope="col" className={TH}>
                    Area
                  </th>
                  <th scope="col" className={`${TH} text-right`}>
                    Offences
                  </th>
                  <th scope="col" className={TH}>
                    Source
                  </th>
                </tr>
              </thead>
              <tbody>
                {irregular.map((f) => (
                  <tr key={f.row}>
                    <th scope="row" className={`${TD} text-left font-normal`}>
                      {f.period?.label}
                    </th>
                    <td className={TD}>{areaName(f.area)}</td>
                    <td className={NUM}>
                      {f.value === null ? 'not provided' : formatSeriesValue(f.value, 'count')}
                    </td>
                    <td className={TD}>
                      <SeriesSourceLink body={body} id={f.source} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        </>
      }
    />
  );
}

function AreasFigure({ body }: { body: PlatformSeriesResponse }) {
  const { years, rows } = areaRows(body, GROOMING);
  return (
    <Figure
      id="areas"
      index={2}
      body={body}
      exported={() => areasExport(body, years, rows, body.release.caveats)}
      figures={rows.flatMap((r) => [
        ...r.years.flatMap((v) => (v === null || v === 'not-provided' ? [] : v.figures)),
        ...r.other,
      ])}
      title="Regions and forces with published figures: offences of sexual communication with a child"
      subtitle="Offences recorded, by financial year, for each region (the release's own group of forces) and force for which a figure was published. A region's figure is the region's, never split into its forces; forces are never added up into a region. Blank: no figure published."
      source="Source: NSPCC FOI requests and two forces' disclosure logs, as published."
      table={
        <ScrollTable label="Regions and forces">
          <table className="mt-4 w-full border-collapse">
            <caption className={`${STICKY_CAPTION} text-left font-bold`}>
              Offences recorded, by region or force and financial year
            </caption>
            <thead>
              <tr>
                <th scope="col" className={TH}>
                  Area
                </th>
                {years.map((y) => (
                  <th key={y} scope="col" className={`${TH} text-right`}>
                    {y}
                  </th>
                ))}
                <th scope="col" className={TH}>
                  Other periods
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={`${r.area.kind}:${r.area.id}`}>
                  <th scope="row" className={`${TD} text-left font-normal`}>
                    {r.area.name}
                    {r.area.kind === 'region' && (
                      <span className="block text-sm text-secondary">
                        Region: {r.area.forces?.length ?? 0} forces
                        {r.area.note ? `. ${r.area.note}` : ''}
                      </span>
                    )}
                  </th>
                  {r.years.map((v, i) => (
                    <td key={years[i]} className={NUM}>
                      {v === 'not-provided' ? (
                        <span>not provided</span>
                      ) : v === null ? (
                        <span className="sr-only">no figure published</span>
                      ) : (
                        <ReadingCell body={body} reading={v} unit="count" />
                      )}
                    </td>
                  ))}
                  <td className={TD}>
                    {r.other.map((f) => (
                      <span key={f.row} className="block text-sm">
                        {f.period ? f.period.label : `${f.periodAsPublished} (years not stated)`}:{' '}
                        {f.value === null ? 'not provided' : formatSeriesValue(f.value, 'count')} (
                        <SeriesSourceLink body={body} id={f.source} />)
                      </span>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      }
    />
  );
}

function FiguresTable({
  body,
  figures,
  caption,
}: {
  body: PlatformSeriesResponse;
  figures: SeriesFigure[];
  caption: string;
}) {
  const areaName = (kind: string, id: string) =>
    body.areas.find((a) => a.kind === kind && a.id === id)?.name ?? id;
  const platformName = (id: string) => body.platforms.find((p) => p.id === id)?.name ?? id;
  const row = (r: number) => body.figures.find((f) => f.row === r);
  return (
    <ScrollTable label={caption}>
      <table className="mt-2 w-full border-collapse text-sm">
        <caption className={`${STICKY_CAPTION} text-left font-bold`}>{caption}</caption>
        <thead>
          <tr>
            {['Area', 'Platform', 'What', 'Period', 'Value', 'Source', 'As published', 'Note'].map(
              (h) => (
                <th key={h} scope="col" className={TH}>
                  {h}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {figures.map((f) => (
            <tr key={f.row} data-row={f.row}>
              <th scope="row" className={`${TD} text-left font-normal`}>
                {areaName(f.areaKind, f.area)}
                {f.areaKind !== 'force' && ` (${f.areaKind})`}
              </th>
              <td className={TD}>{platformName(f.platform)}</td>
              <td className={TD}>
                {TABLE_WORDS[f.table]}
                {f.base?.value != null && ` (base ${formatSeriesValue(f.base.value, 'count')})`}
              </td>
              <td className={TD}>
                {f.period ? f.period.label : `${f.periodAsPublished} (years not stated)`}
              </td>
              <td className={`${TD} text-right tabular-nums`}>
                {f.value === null || f.unit === null
                  ? 'not provided'
                  : formatSeriesValue(f.value, f.unit)}
              </td>
              <td className={TD}>
                <SeriesSourceLink body={body} id={f.source} />
              </td>
              <td className={TD}>“{f.asPublished}”</td>
              <td className={TD}>
                {f.note}
                {f.disagrees.length > 0 &&
                  ` Another source gives ${f.disagrees
                    .map((r) => {
                      const o = row(r);
                      return o?.value != null && o.unit ? formatSeriesValue(o.value, o.unit) : '?';
                    })
                    .join(' or ')}.`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

function ImagesSection({ body }: { body: PlatformSeriesResponse }) {
  const figures = body.figures.filter((f) => f.offence === IMAGES);
  return (
    <section aria-labelledby="images-title" className="mt-8 border-t border-border pt-6">
      <h2 id="images-title" className="text-2xl font-bold">
        Child abuse image offences (offence 86): platforms as published
      </h2>
      <p className="mt-1 max-w-3xl">
        The NSPCC asked about child abuse image offences in 2023 (for the calendar year 2022, as
        published) and 2025 (for 2023/24). The counts by platform for 2022 are of four platforms
        only: they are not all the offences where a platform was recorded, and they are not added
        up. The 38,685 offences of 2023/24 are Home Office figures for England and Wales; the shares
        are of the 7,338 UK offences where the platform was recorded.
      </p>
      <FiguresTable
        body={body}
        figures={figures}
        caption="Child abuse image offences: every figure as published"
      />
    </section>
  );
}

/**
 * `/platforms`: which platforms, and is it getting worse? The NSPCC's grooming series as published,
 * a release of its own beside the TikTok request: shares with their base, the national series with
 * its change from England and Wales to the UK, the regions and forces with figures, every figure
 * with its source.
 */
export function PlatformsPage() {
  const [params] = useSearchParams();
  const asked = seriesVersionOf(params);
  const pinned = useQuery(platformSeriesQueryOptions(asked.version));
  // a version the release does not have: the latest figures, with a notice that says so
  const refused =
    asked.problem !== null ||
    (pinned.error instanceof FetchError && pinned.error.parameter === 'version');
  const latest = useQuery({ ...platformSeriesQueryOptions(null), enabled: refused });
  const { data: body, error, refetch } = refused ? latest : pinned;
  return (
    <div>
      <title>Platforms – Social media crime dashboard</title>
      <h1 className="text-3xl font-bold sm:text-4xl">Platforms in online grooming offences</h1>
      <PageTools version={body?.release.version ?? null} />
      {refused && (
        <div className="mt-4">
          <Notice kind="warning" title="The link’s version of the figures was set aside">
            ‘{asked.problem ?? params.get('version')}’ is not a version of the platform series, so
            the latest figures are shown{body ? ` (version ${body.release.version})` : ''}.
          </Notice>
        </div>
      )}
      {!refused && asked.version !== null && body && (
        <p className="mt-4 max-w-3xl border-l-4 border-link pl-3" data-pinned-version>
          The figures of version {body.release.version} of the release, as the link asks: a link
          keeps the figures it was made with. <a href="/platforms">Show the latest figures</a>
        </p>
      )}
      {body === undefined ? (
        <Pending
          what="the platform series"
          error={error}
          onRetry={() => void refetch()}
          className="min-h-96"
        />
      ) : (
        <PlatformsBody body={body} />
      )}
    </div>
  );
}

const BUTTON =
  'bg-panel px-3 py-1.5 font-semibold shadow-[0_2px_0_#929191] hover:bg-[#dbdad9] sm:px-4 sm:py-2';

/**
 * Share, present and print the page, as the filter bar does on the other views: the link copied
 * and the presentation keep the version of the figures on show.
 */
function PageTools({ version }: { version: number | null }) {
  const { pathname } = useLocation();
  const pin = version === null ? '' : `version=${version}`;
  return (
    <div className="mt-3 flex flex-wrap items-center gap-2 text-sm sm:gap-4 sm:text-base print:hidden">
      <CopyLink path={() => `${pathname}${pin ? `?${pin}` : ''}`} />
      <PresentButton search={`?${pin ? `${pin}&` : ''}present=1`} />
      <button type="button" onClick={() => void printForPaper('view')} className={BUTTON}>
        Print
      </button>
    </div>
  );
}

function PlatformsBody({ body }: { body: PlatformSeriesResponse }) {
  const facts = keyFacts(body);
  const grooming = body.figures.filter((f) => f.offence === GROOMING);
  return (
    <>
      <div className="border-text mt-3 max-w-3xl border-l-4 pl-3" data-release>
        <p className="font-bold">
          Published figures from a different request: {body.release.title}.
        </p>
        <p className="text-sm">
          Not the 2024 TikTok request shown on the other pages, and not drawn from the
          dashboard&apos;s datasets: every figure here is one a source published, shown as
          published.
        </p>
      </div>
      <p className="mt-3 max-w-3xl">{body.release.description}</p>
      <section aria-labelledby="facts-title" className="mt-6">
        <h2 id="facts-title" className="text-2xl font-bold">
          Key facts
        </h2>
        <ul className="mt-2 max-w-3xl space-y-2" data-key-facts>
          {facts.map((f) => (
            <li key={f.text} className="border-l-4 border-focus pl-3">
              <span data-fact-text>{f.text}</span>{' '}
              <span className="text-sm">
                Source:{' '}
                {f.sources.map((s, i) => (
                  <span key={s.id}>
                    {i > 0 && '; '}
                    {s.url ? <a href={s.url}>{s.title}</a> : s.title}
                  </span>
                ))}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <SharesFigure body={body} />
      <NationalFigure body={body} />
      <AreasFigure body={body} />
      <ImagesSection body={body} />
      <section aria-labelledby="all-title" className="mt-8 border-t border-border pt-6">
        <h2 id="all-title" className="text-2xl font-bold">
          Every figure of the series, with its source
        </h2>
        <p className="mt-1 max-w-3xl">
          {body.figures.length} figures, each in its source&apos;s own words.{' '}
          {body.unplaced.length > 0 &&
            `${body.unplaced.length} cannot be placed in time: ${body.unplaced.map((u) => u.reason).join(' ')}`}
        </p>
        <button
          type="button"
          className="border-text mt-2 border-2 px-3 py-1 font-semibold"
          onClick={() => saveBlob(seriesCsv(body), 'platform-series-nspcc-grooming.csv')}
        >
          Download every figure (CSV)
        </button>
        <details className="mt-3">
          <summary className="cursor-pointer font-semibold">
            Show every grooming figure ({grooming.length})
          </summary>
          <FiguresTable
            body={body}
            figures={grooming}
            caption="Sexual communication with a child: every figure as published"
          />
        </details>
      </section>
      <section aria-labelledby="caveats-title" className="mt-8 border-t border-border pt-6">
        <h2 id="caveats-title" className="text-2xl font-bold">
          What these figures are not
        </h2>
        <ul className="mt-2 max-w-3xl list-disc pl-6">
          {body.release.caveats.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      </section>
    </>
  );
}
