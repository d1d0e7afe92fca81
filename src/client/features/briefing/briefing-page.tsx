import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { MAX_PACK_TITLE, packLinkProblem, withTitle } from '@shared/pack.ts';
import { useLocation, useNavigate } from 'react-router';
import { baseMetaQueryOptions } from '../../api/meta.ts';
import { startPresenting } from '../../components/figure-tools/present-start.ts';
import { CopyLink } from '../../components/ui/copy-link.tsx';
import { Loading } from '../../components/ui/loading.tsx';
import { Notice } from '../../components/ui/notice.tsx';
import { useFilters } from '../../lib/filters-context.tsx';
import { DraftText } from './draft-text.tsx';
import { PackList } from './pack-list.tsx';
import { PackPresentation } from './pack-presentation.tsx';
import { PackSlide } from './pack-slide.tsx';
import { usePack } from './use-pack.ts';
import { usePageTitle } from './use-page-title.ts';
import { printForPaper } from '../../lib/export-print.ts';

const PRIMARY =
  'bg-success px-4 py-2 font-semibold text-white shadow-[0_2px_0_#002d18] hover:bg-[#005a30]';
const SECONDARY =
  'bg-panel px-4 py-2 font-semibold text-ink shadow-[0_2px_0_#929191] hover:bg-[#dbdad9]';

/**
 * The briefing pack: charts pinned from any view, in the order they will be presented or printed.
 * The page's link is the pack; each chart keeps the dataset version it was added from.
 */
export function BriefingPage() {
  const { view, search } = useFilters();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const base = useQuery(baseMetaQueryOptions());
  const state = usePack();
  const [said, setSaid] = useState<ReactNode>(null);
  const { pack } = state;
  const n = pack.items.length;
  const presenting = view.present === '1';
  const slide = Math.min(Math.max(1, Math.floor(Number(view.slide ?? 1)) || 1), Math.max(1, n));
  usePageTitle(
    `${presenting && n > 0 ? `Presenting chart ${slide} of ${n}: ` : ''}Briefing pack – Social media crime dashboard`,
  );
  if (!base.data) return <Loading label="Loading the briefing pack…" />;
  if (presenting) return <PackPresentation pack={pack} base={base.data} />;
  const present = () => {
    startPresenting();
    void navigate(
      { pathname, search: search({}, { present: '1', slide: null }) },
      { state: { presenting: true } },
    );
  };
  const print = () => void printForPaper('pack');
  const retitle = (text: string) => {
    const next = withTitle(pack, text);
    const problem = packLinkProblem(next);
    if (problem) setSaid(problem);
    else state.update(next);
  };
  const download = async (kind: 'slides' | 'xlsx' | 'ods') => {
    setSaid('Preparing…');
    try {
      const { downloadPack } = await import('../../components/figure-tools/pack-export.ts');
      const pages = [...document.querySelectorAll('.pack-document .pack-page')];
      setSaid(
        await downloadPack(
          pages,
          {
            title: pack.title?.trim(),
            notes: pack.items.map((i) => i.note ?? ''),
            link: window.location.href,
          },
          kind,
        ),
      );
    } catch (err) {
      setSaid(`That did not work: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  return (
    <>
      <div className="print:hidden">
        <h1 id="pack-heading" tabIndex={-1} className="text-3xl font-bold sm:text-4xl">
          {pack.title ? `Briefing pack: ${pack.title}` : 'Briefing pack'}
        </h1>
        <p className="mt-2 max-w-3xl text-lg text-secondary">
          Charts added with ‘Add to briefing’, in the order they will be presented or printed. The
          link to this page holds the whole pack, and each chart keeps the version of the figures it
          was added from, so whoever opens the link sees the same numbers.
        </p>
        {state.problems.length > 0 && (
          <div className="mt-6">
            <Notice
              kind="warning"
              title="Part of this pack could not be read, so the page shows the rest"
            >
              <ul>
                {state.problems.map((p) => (
                  <li key={`${p.value}:${p.message}`}>{p.words}</li>
                ))}
              </ul>
            </Notice>
          </div>
        )}
        {state.fromLink && (
          <div className="mt-6">
            <Notice kind="info" title="This pack was opened from a link">
              <p>
                The pack you were building ({state.building}{' '}
                {state.building === 1 ? 'chart' : 'charts'}) is kept until you change this one or
                make it yours.
              </p>
              <div className="mt-3 flex flex-wrap gap-3">
                <button type="button" className={SECONDARY} onClick={state.adopt}>
                  Make this pack the one I am building
                </button>
                <button type="button" className={SECONDARY} onClick={state.openBuilding}>
                  Open the pack I was building
                </button>
              </div>
            </Notice>
          </div>
        )}
        {n === 0 ? (
          <div className="mt-8 max-w-3xl bg-panel p-6">
            <h2 className="text-xl font-bold">The pack is empty</h2>
            <p className="mt-2">
              Open any view, find the chart you need and choose ‘Add to briefing’ under it. It will
              appear here, ready to present, print or send as a link.
            </p>
          </div>
        ) : (
          <>
            <label htmlFor="pack-title" className="mt-6 block font-semibold">
              Title of the pack (on its slides, spreadsheet and print; up to {MAX_PACK_TITLE}{' '}
              characters)
            </label>
            <DraftText
              id="pack-title"
              type="text"
              maxLength={MAX_PACK_TITLE}
              value={pack.title ?? ''}
              onCommit={retitle}
              className="mt-1 block w-full max-w-3xl border-2 border-ink p-2"
            />
            <div className="mt-6 flex flex-wrap items-center gap-4">
              <button type="button" className={PRIMARY} onClick={present} data-present-button>
                Present the pack
              </button>
              <button type="button" className={SECONDARY} onClick={print}>
                Print the pack
              </button>
              <CopyLink
                label="Copy link to this pack"
                path={() => `${window.location.pathname}${window.location.search}`}
              />
            </div>
            <div className="mt-4 flex flex-wrap items-center gap-4">
              <button type="button" className={SECONDARY} onClick={() => void download('slides')}>
                Download slides
              </button>
              <button type="button" className={SECONDARY} onClick={() => void download('xlsx')}>
                Download spreadsheet (.xlsx)
              </button>
              <button type="button" className={SECONDARY} onClick={() => void download('ods')}>
                Download spreadsheet (.ods)
              </button>
            </div>
            <div role="status" className="mt-2 max-w-4xl text-sm font-semibold empty:hidden">
              {said}
            </div>
            <h2 className="mt-8 text-xl font-bold">
              {n} {n === 1 ? 'chart' : 'charts'}
            </h2>
            <PackList pack={pack} datasets={base.data.datasets} onChange={state.update} />
          </>
        )}
      </div>
      {n > 0 && (
        <section aria-labelledby="pages-heading" className="pack-document mt-12">
          <h2 id="pages-heading" className="text-xl font-bold print:hidden">
            The pack as it prints, one chart to a page
          </h2>
          {pack.title && (
            <p className="hidden text-2xl font-bold print:block" data-pack-title>
              {pack.title}
            </p>
          )}
          {pack.items.map((item, i) => (
            <article
              key={`${i}:${item.path}?${item.search}:${item.title}`}
              aria-label={`Chart ${i + 1} of ${n}`}
              className="pack-page mt-6 border border-border p-6 print:mt-0 print:border-0 print:p-0"
            >
              <p className="mb-3 text-sm font-semibold text-secondary">
                Chart {i + 1} of {n}
              </p>
              <PackSlide item={item} base={base.data} mode="pack" />
              {item.note && (
                <p className="mt-4 border-l-4 border-ink pl-3 text-lg" data-pack-note>
                  {item.note}
                </p>
              )}
            </article>
          ))}
        </section>
      )}
    </>
  );
}
