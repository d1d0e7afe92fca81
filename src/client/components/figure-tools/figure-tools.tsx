import { use, useState, type ReactNode, type RefObject } from 'react';
import { useLocation } from 'react-router';
import type { CountsResponse } from '@shared/contract.ts';
import { useNoteWords } from '../../lib/note-words.ts';
import { PanelContext } from '../../lib/view-panel.tsx';

const ACTIONS = [
  ['png', 'Download PNG'],
  ['svg', 'Download SVG'],
  ['csv', 'Download CSV'],
  ['slides', 'Download slides'],
  ['xlsx', 'Download spreadsheet (.xlsx)'],
  ['ods', 'Download spreadsheet (.ods)'],
  ['copy', 'Copy data as a table'],
  ['cite', 'Cite this'],
  ['embed', 'Embed'],
  ['add', 'Add to briefing'],
] as const;

export type FigureAction = (typeof ACTIONS)[number][0];

/**
 * What a reader does with a chart once found: download it, copy its numbers, cite it, embed it in
 * another page, add it to a briefing pack. Only the buttons load with the page; the work behind
 * them, what it says when done and what it gives (the code to embed it), load on the first click
 * (figure-actions.tsx).
 */
export function FigureTools(props: {
  figure: RefObject<HTMLElement | null>;
  title: string;
  subtitle: string;
  response: CountsResponse;
  /** the numbers the chart draws, where they are not the response's own */
  drawn?: CountsResponse | undefined;
  showChart: () => void;
}) {
  const [said, setSaid] = useState<ReactNode>(null);
  // what an action gives to take away (the embed code): beside the status, not read out in it
  const [given, setGiven] = useState<ReactNode>(null);
  const { pathname, search } = useLocation();
  const panel = use(PanelContext);
  const words = useNoteWords(props.response);
  const run = async (action: FigureAction) => {
    setSaid('Preparing…');
    setGiven(null);
    try {
      const { runFigureAction } = await import('./figure-actions.tsx');
      const done = await runFigureAction(action, {
        ...props,
        words,
        path: pathname,
        search,
        panel,
      });
      setSaid(done.said);
      setGiven(done.given ?? null);
    } catch (err) {
      setSaid(`That did not work: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  return (
    <div data-figure-tools className="mt-4 print:hidden">
      <div className="flex flex-wrap gap-2">
        {ACTIONS.map(([action, label]) => (
          <button
            key={action}
            type="button"
            className="bg-panel px-3 py-1.5 text-sm font-semibold shadow-[0_2px_0_#929191] hover:bg-[#dbdad9]"
            onClick={() => void run(action)}
          >
            {label}
          </button>
        ))}
      </div>
      <div role="status" className="mt-2 max-w-4xl text-sm font-semibold empty:hidden">
        {said}
      </div>
      {given}
    </div>
  );
}
