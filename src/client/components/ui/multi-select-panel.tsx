import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { ancestors, type SearchMore, type TreeOption } from './multi-select-tree.ts';

/** The open list of a MultiSelect: search, the tree of checkboxes, and what ticking one means. */
export function MultiSelectPanel({
  id,
  label,
  allLabel,
  options,
  byId,
  selected: given,
  onChange: change,
  searchLabel,
  more,
  button,
  onClose,
}: {
  id: string;
  label: string;
  allLabel: string;
  options: readonly TreeOption[];
  byId: ReadonlyMap<string, TreeOption>;
  selected: readonly string[];
  onChange: (next: string[]) => void;
  searchLabel: string | undefined;
  more: SearchMore | undefined;
  button: RefObject<HTMLButtonElement | null>;
  onClose: () => void;
}) {
  const [query, setQuery] = useState('');
  // the latest onClose, without re-running effects each time the parent renders
  const closeRef = useRef(onClose);
  useEffect(() => {
    closeRef.current = onClose;
  }, [onClose]);
  const close = () => {
    closeRef.current();
    button.current?.focus();
  };
  const children = useMemo(() => {
    const m = new Map<string, TreeOption[]>();
    for (const o of options)
      if (o.parent !== null) m.set(o.parent, [...(m.get(o.parent) ?? []), o]);
    return m;
  }, [options]);
  // A tick shows at once: the URL, and the views drawn from it, follow in a router transition that
  // can take a while on a slow machine, and a box that stays blank until then looks unclicked.
  const [pending, setPending] = useState<{ given: readonly string[]; next: string[] } | null>(null);
  const selected = pending !== null && pending.given === given ? pending.next : given;
  const onChange = (next: string[]) => {
    setPending({ given, next });
    change(next);
  };
  const chosen = new Set(selected);

  const search = useRef<HTMLInputElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // on opening only: focus the search, or the first option
    (search.current ?? panel.current?.querySelector('input'))?.focus();
  }, []);
  useEffect(() => {
    const onPointer = (e: PointerEvent) => {
      if (!panel.current?.contains(e.target as Node) && !button.current?.contains(e.target as Node))
        closeRef.current();
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !panel.current?.contains(document.activeElement)) return;
      e.preventDefault();
      closeRef.current();
      button.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [button]);

  const leaves = (o: TreeOption): string[] =>
    o.virtual
      ? (children.get(o.id) ?? []).flatMap((c) => (c.virtual ? leaves(c) : [c.id]))
      : [o.id];
  const includedBy = (o: TreeOption) =>
    ancestors(byId, o.id).find((a) => chosen.has(a) && !byId.get(a)?.virtual);
  const state = (o: TreeOption): 'on' | 'off' | 'mixed' => {
    if (o.virtual) {
      const ids = leaves(o);
      const n = ids.filter((x) => chosen.has(x)).length;
      return n === 0 ? 'off' : n === ids.length ? 'on' : 'mixed';
    }
    if (chosen.has(o.id) || includedBy(o)) return 'on';
    const descendants = options.filter((d) => ancestors(byId, d.id).includes(o.id));
    return descendants.some((d) => chosen.has(d.id)) ? 'mixed' : 'off';
  };
  const toggle = (o: TreeOption) => {
    if (o.virtual) {
      const ids = leaves(o);
      onChange(
        state(o) === 'on'
          ? selected.filter((x) => !ids.includes(x))
          : [...selected, ...ids.filter((x) => !chosen.has(x))],
      );
      return;
    }
    if (chosen.has(o.id)) onChange(selected.filter((x) => x !== o.id));
    else onChange([...selected.filter((x) => !ancestors(byId, x).includes(o.id)), o.id]);
  };

  const q = query.trim().toLowerCase();
  const find = more?.find;
  // options found by other words, with why; those their own words match need no reason
  const found = useMemo(() => (q === '' || !find ? new Map<string, string>() : find(q)), [q, find]);
  const ownMatch = (o: TreeOption) =>
    o.label.toLowerCase().includes(q) ||
    o.id.toLowerCase() === q ||
    (o.keywords ?? []).some((k) => k.toLowerCase().includes(q));
  const matches = (o: TreeOption) => ownMatch(o) || found.has(o.id);
  const visible =
    q === ''
      ? options
      : options.filter(
          (o) =>
            matches(o) || options.some((d) => matches(d) && ancestors(byId, d.id).includes(o.id)),
        );
  const why = (o: TreeOption) => (ownMatch(o) ? undefined : found.get(o.id));
  const depth = (o: TreeOption) => ancestors(byId, o.id).length;
  const count = visible.filter(matches).length;

  return (
    <div
      ref={panel}
      id={id}
      role="group"
      aria-label={`${label} options`}
      className="z-30 mt-1 w-full border-2 border-ink bg-white p-3 shadow-lg sm:absolute sm:top-full sm:w-[22rem]"
    >
      {searchLabel && (
        <div className="mb-2 flex flex-col gap-1">
          <label htmlFor={`${id}-search`} className="text-sm font-bold">
            {searchLabel}
          </label>
          {more && (
            <p id={`${id}-search-hint`} className="text-sm text-secondary">
              {more.hint}
            </p>
          )}
          <input
            id={`${id}-search`}
            type="search"
            value={query}
            ref={search}
            onChange={(e) => setQuery(e.target.value)}
            aria-describedby={more ? `${id}-search-hint` : undefined}
            className="h-9 border-2 border-ink px-2"
          />
          {more?.note && <p className="text-sm text-secondary">{more.note}</p>}
          <p role="status" className="sr-only">
            {q === ''
              ? ''
              : count === 0
                ? 'Nothing matches'
                : `${count} ${count === 1 ? 'match' : 'matches'}`}
          </p>
        </div>
      )}
      <div className="flex items-center justify-between gap-2 pb-2">
        <button
          type="button"
          className="text-link underline"
          onClick={() => onChange([])}
          disabled={selected.length === 0}
        >
          {allLabel}
        </button>
        <button type="button" className="bg-panel px-3 py-1 font-semibold" onClick={close}>
          Done
        </button>
      </div>
      <ul className="max-h-80 overflow-y-auto">
        {visible.map((o) => {
          const s = state(o);
          const by = o.virtual ? undefined : includedBy(o);
          const reason = why(o);
          const reasonId = `${id}-why-${o.id}`;
          return (
            <li key={o.id} style={{ paddingLeft: `${depth(o) * 1.25}rem` }} className="py-0.5">
              <label
                className={`flex items-start gap-2 ${o.virtual || (children.get(o.id)?.length ?? 0) > 0 ? 'font-semibold' : ''}`}
              >
                <input
                  type="checkbox"
                  className="size-6 shrink-0 accent-[#12436d]"
                  checked={s === 'on'}
                  ref={(el) => {
                    if (el) el.indeterminate = s === 'mixed';
                  }}
                  disabled={by !== undefined}
                  onChange={() => toggle(o)}
                  aria-describedby={reason === undefined ? undefined : reasonId}
                />
                <span>
                  {o.label}
                  {by !== undefined && (
                    <span className="font-normal text-secondary">
                      {' '}
                      (included in {byId.get(by)?.label})
                    </span>
                  )}
                </span>
              </label>
              {reason !== undefined && (
                <p id={reasonId} className="ml-6 text-sm text-secondary">
                  {reason}
                </p>
              )}
            </li>
          );
        })}
        {visible.length === 0 && <li className="text-secondary">Nothing matches “{query}”.</li>}
      </ul>
    </div>
  );
}
