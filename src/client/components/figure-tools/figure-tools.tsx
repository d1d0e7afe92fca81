import { use, type RefObject } from 'react';
import { useLocation } from 'react-router';
import type { CountsResponse } from '@shared/contract.ts';
import { useNoteWords } from '../../lib/note-words.ts';
import { PanelContext } from '../../lib/view-panel.tsx';
import { ToolBar } from './tool-bar.tsx';

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
  const { pathname, search } = useLocation();
  const panel = use(PanelContext);
  const words = useNoteWords(props.response);
  const run = async (action: FigureAction) => {
    const { runFigureAction } = await import('./figure-actions.tsx');
    return runFigureAction(action, { ...props, words, path: pathname, search, panel });
  };
  return <ToolBar actions={ACTIONS} run={run} />;
}
