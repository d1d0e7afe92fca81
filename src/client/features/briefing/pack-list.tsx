import { useEffect, useRef, useState } from 'react';
import type { DatasetSummary } from '@shared/contract.ts';
import { DEFAULT_DATASET } from '@shared/filters.ts';
import {
  MAX_NOTE,
  moveItem,
  packLinkProblem,
  removeItem,
  withNote,
  type Pack,
  type PackItem,
} from '@shared/pack.ts';
import { DraftText } from './draft-text.tsx';
import { viewName } from './view-routes.tsx';
import { viewAt } from '../../lib/views.ts';

const BUTTON =
  'bg-panel px-3 py-1.5 text-sm font-semibold text-ink shadow-[0_2px_0_#929191] hover:bg-[#dbdad9] disabled:cursor-not-allowed disabled:opacity-50';

/** the dataset a pack item's figures come from (the published figures when its link names none) */
function datasetOf(
  item: PackItem,
  datasets: readonly DatasetSummary[],
): DatasetSummary | undefined {
  if (viewAt(item.path)?.figures === 'platform-series') return undefined;
  const id = new URLSearchParams(item.search).get('dataset') ?? DEFAULT_DATASET;
  return datasets.find((d) => d.id === id);
}

function pinned(item: PackItem, datasets: readonly DatasetSummary[]): string {
  const version = new URLSearchParams(item.search).get('version');
  // a published series keeps the version of its release, not of a dataset
  if (viewAt(item.path)?.figures === 'platform-series')
    return version === null
      ? 'the latest published figures'
      : `published figures pinned to version ${version} of their release`;
  if (version === null) return 'the latest figures';
  const newest = datasetOf(item, datasets)?.version;
  return newest !== undefined && newest > Number(version)
    ? `figures pinned to version ${version}; newer figures exist (version ${newest})`
    : `figures pinned to version ${version}`;
}

/** Focus the first of these controls that can take it. */
function focusFirst(ids: readonly string[]) {
  for (const id of ids) {
    const el = document.getElementById(id);
    if (el && !(el instanceof HTMLButtonElement && el.disabled)) {
      el.focus();
      return;
    }
  }
}

/** The pack's charts in order, with buttons to reorder and remove them; every change is announced. */
export function PackList({
  pack,
  datasets,
  onChange,
}: {
  pack: Pack;
  /** the datasets, each at its latest version */
  datasets: readonly DatasetSummary[];
  onChange: (pack: Pack) => void;
}) {
  const [said, setSaid] = useState('');
  // where focus goes once the list has redrawn: the control a keyboard user would press next
  const focusNext = useRef<string[]>([]);
  useEffect(() => {
    focusFirst(focusNext.current);
    focusNext.current = [];
  }, [pack]);
  const focusSoon = (ids: string[]) => {
    focusNext.current = ids;
  };
  const n = pack.items.length;
  const move = (i: number, by: number) => {
    const item = pack.items[i];
    if (!item) return;
    onChange(moveItem(pack, i, by));
    setSaid(
      `Moved ‘${item.title}’ ${by < 0 ? 'up' : 'down'}: it is now chart ${i + by + 1} of ${n}.`,
    );
    const first = by < 0 ? 'up' : 'down';
    const other = by < 0 ? 'down' : 'up';
    focusSoon([`pack-${first}-${i + by}`, `pack-${other}-${i + by}`]);
  };
  const remove = (i: number) => {
    const item = pack.items[i];
    if (!item) return;
    onChange(removeItem(pack, i));
    setSaid(
      `Removed ‘${item.title}’ from the pack: ${n - 1} ${n - 1 === 1 ? 'chart' : 'charts'} left.`,
    );
    focusSoon([`pack-remove-${i}`, `pack-remove-${i - 1}`, 'pack-heading']);
  };
  const note = (i: number, text: string) => {
    const next = withNote(pack, i, text);
    const problem = packLinkProblem(next);
    if (problem) setSaid(problem);
    else onChange(next);
  };
  return (
    <>
      <ol className="mt-4 divide-y divide-border border-y border-border">
        {pack.items.map((item, i) => {
          const href = `${item.path}${item.search ? `?${item.search}` : ''}`;
          // the visible label first, then which chart: screen readers list many "Move up" buttons
          const name = (label: string) => `${label}: ${item.title}`;
          return (
            <li
              key={`${i}:${href}:${item.title}`}
              className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2 py-3"
            >
              <div className="max-w-3xl">
                <p className="font-bold">
                  <span className="tabular">{i + 1}.</span> {item.title}
                </p>
                <p className="mt-1 text-sm text-secondary">
                  {datasetOf(item, datasets)?.illustrative === true && (
                    <>
                      <strong className="text-ink">Illustrative data: not real figures</strong>{' '}
                      ·{' '}
                    </>
                  )}
                  {viewName(item.path)} · {pinned(item, datasets)} ·{' '}
                  <a href={href} aria-label={name('Open in its view')}>
                    Open in its view
                  </a>
                </p>
                <label htmlFor={`pack-note-${i}`} className="mt-3 block text-sm font-semibold">
                  Note under chart {i + 1} (what you want said; up to {MAX_NOTE} characters)
                </label>
                <DraftText
                  multiline
                  id={`pack-note-${i}`}
                  rows={2}
                  maxLength={MAX_NOTE}
                  value={item.note ?? ''}
                  onCommit={(text) => note(i, text)}
                  aria-describedby={`pack-note-count-${i}`}
                  className="mt-1 block w-full max-w-3xl border-2 border-ink p-2"
                />
                <p id={`pack-note-count-${i}`} className="mt-1 text-sm text-secondary">
                  Up to {MAX_NOTE} characters; saved in the pack&apos;s link as you type.
                </p>
              </div>
              <div className="flex flex-wrap gap-2">
                <button
                  id={`pack-up-${i}`}
                  type="button"
                  className={BUTTON}
                  disabled={i === 0}
                  aria-label={name('Move up')}
                  onClick={() => move(i, -1)}
                >
                  Move up
                </button>
                <button
                  id={`pack-down-${i}`}
                  type="button"
                  className={BUTTON}
                  disabled={i === n - 1}
                  aria-label={name('Move down')}
                  onClick={() => move(i, 1)}
                >
                  Move down
                </button>
                <button
                  id={`pack-remove-${i}`}
                  type="button"
                  className={BUTTON}
                  aria-label={name('Remove')}
                  onClick={() => remove(i)}
                >
                  Remove
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <p role="status" className="mt-2 text-sm font-semibold">
        {said}
      </p>
    </>
  );
}
