import {
  lazy,
  Suspense,
  useId,
  useMemo,
  useRef,
  useState,
  type ComponentProps,
  type ComponentType,
} from 'react';
import type { MultiSelectPanel } from './multi-select-panel.tsx';
import type { SearchMore, TreeOption } from './multi-select-tree.ts';

export type { SearchMore, TreeOption } from './multi-select-tree.ts';

// the panel (search, tree, ticking rules) is fetched when a list is first pointed at, focused or
// opened, not with the page. Once fetched it is drawn at once: a lazy component would still suspend
// for a moment on opening, and the first keys typed into the search would be lost.
type Panel = ComponentType<ComponentProps<typeof MultiSelectPanel>>;
let loadedPanel: Panel | null = null;
const loadPanel = () =>
  import('./multi-select-panel.tsx').then((m) => {
    loadedPanel = m.MultiSelectPanel;
    return m;
  });
const LazyPanel = lazy(async () => ({ default: (await loadPanel()).MultiSelectPanel }));

/**
 * A labelled disclosure of checkboxes in a tree, with search: keyboard-first (Tab, Space, Escape),
 * every option a native checkbox with its own label. Each change applies at once.
 */
export function MultiSelect({
  label,
  allLabel,
  options,
  selected,
  onChange,
  searchLabel,
  more,
}: {
  label: string;
  allLabel: string;
  options: readonly TreeOption[];
  selected: readonly string[];
  onChange: (next: string[]) => void;
  searchLabel?: string;
  /** the search also finds options by other words (a force by a council's name) */
  more?: SearchMore;
}) {
  const id = useId();
  // chosen on opening and kept while open: a change of component would redraw the panel afresh
  const [Panel, setPanel] = useState<Panel>(() => LazyPanel);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const byId = useMemo(() => new Map(options.map((o) => [o.id, o])), [options]);
  const prepare = () => {
    void loadPanel();
    more?.prepare();
  };
  const summary =
    selected.length === 0
      ? allLabel
      : selected.length <= 2
        ? selected.map((s) => byId.get(s)?.label ?? s).join(', ')
        : `${selected.length} selected`;

  return (
    <div className="relative flex min-w-0 flex-col gap-1">
      <span id={`${id}-label`} className="font-bold">
        {label}
      </span>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        aria-labelledby={`${id}-label ${id}-summary`}
        onClick={() => {
          if (!open) {
            setPanel(() => loadedPanel ?? LazyPanel);
            more?.prepare();
          }
          setOpen(!open);
        }}
        // Arrow Down opens the list too, as it opens a select
        onKeyDown={(e) => {
          if (e.key !== 'ArrowDown' || open) return;
          e.preventDefault();
          setPanel(() => loadedPanel ?? LazyPanel);
          more?.prepare();
          setOpen(true);
        }}
        onPointerEnter={prepare}
        onFocus={prepare}
        className="flex h-10 w-full min-w-0 items-center justify-between gap-2 border-2 border-ink bg-white px-2 text-left"
      >
        <span id={`${id}-summary`} className="truncate">
          {summary}
        </span>
        <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
      {open && (
        <Suspense fallback={<p className="mt-1 text-secondary">Loading the list…</p>}>
          <Panel
            id={`${id}-panel`}
            label={label}
            allLabel={allLabel}
            options={options}
            byId={byId}
            selected={selected}
            onChange={onChange}
            searchLabel={searchLabel}
            more={more}
            button={button}
            onClose={() => setOpen(false)}
          />
        </Suspense>
      )}
    </div>
  );
}
