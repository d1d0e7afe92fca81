import { useEffect, useId, useMemo, useRef, useState } from 'react';

export interface TreeOption {
  id: string;
  label: string;
  parent: string | null;
  /**
   * A virtual option groups others without being a value itself (a region of forces): ticking it
   * ticks all its children. A real parent (an offence group) is a value that includes its children.
   */
  virtual?: boolean;
  keywords?: readonly string[];
}

function ancestors(byId: ReadonlyMap<string, TreeOption>, id: string): string[] {
  const out: string[] = [];
  for (let p = byId.get(id)?.parent ?? null; p !== null; p = byId.get(p)?.parent ?? null)
    out.push(p);
  return out;
}

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
}: {
  label: string;
  allLabel: string;
  options: readonly TreeOption[];
  selected: readonly string[];
  onChange: (next: string[]) => void;
  searchLabel?: string;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const byId = useMemo(() => new Map(options.map((o) => [o.id, o])), [options]);
  const children = useMemo(() => {
    const m = new Map<string, TreeOption[]>();
    for (const o of options)
      if (o.parent !== null) m.set(o.parent, [...(m.get(o.parent) ?? []), o]);
    return m;
  }, [options]);
  const chosen = new Set(selected);

  const search = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!open) return;
    search.current?.focus();
    const onPointer = (e: PointerEvent) => {
      if (!panel.current?.contains(e.target as Node) && !button.current?.contains(e.target as Node))
        setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !panel.current?.contains(document.activeElement)) return;
      e.preventDefault();
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

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
  const matches = (o: TreeOption) =>
    o.label.toLowerCase().includes(q) ||
    o.id.toLowerCase() === q ||
    (o.keywords ?? []).some((k) => k.toLowerCase().includes(q));
  const visible =
    q === ''
      ? options
      : options.filter(
          (o) =>
            matches(o) || options.some((d) => matches(d) && ancestors(byId, d.id).includes(o.id)),
        );
  const depth = (o: TreeOption) => ancestors(byId, o.id).length;

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
        onClick={() => setOpen((v) => !v)}
        className="flex h-10 w-full min-w-0 items-center justify-between gap-2 border-2 border-ink bg-white px-2 text-left"
      >
        <span id={`${id}-summary`} className="truncate">
          {summary}
        </span>
        <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
      {open && (
        <div
          ref={panel}
          id={`${id}-panel`}
          role="group"
          aria-label={`${label} options`}
          className="z-30 mt-1 w-full border-2 border-ink bg-white p-3 shadow-lg sm:absolute sm:top-full sm:w-[22rem]"
        >
          {searchLabel && (
            <div className="mb-2 flex flex-col gap-1">
              <label htmlFor={`${id}-search`} className="text-sm font-bold">
                {searchLabel}
              </label>
              <input
                id={`${id}-search`}
                type="search"
                value={query}
                ref={search}
                onChange={(e) => setQuery(e.target.value)}
                className="h-9 border-2 border-ink px-2"
              />
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
              return (
                <li key={o.id} style={{ paddingLeft: `${depth(o) * 1.25}rem` }} className="py-0.5">
                  <label
                    className={`flex items-start gap-2 ${o.virtual || (children.get(o.id)?.length ?? 0) > 0 ? 'font-semibold' : ''}`}
                  >
                    <input
                      type="checkbox"
                      className="mt-1 size-4 shrink-0 accent-[#12436d]"
                      checked={s === 'on'}
                      ref={(el) => {
                        if (el) el.indeterminate = s === 'mixed';
                      }}
                      disabled={by !== undefined}
                      onChange={() => toggle(o)}
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
                </li>
              );
            })}
            {visible.length === 0 && <li className="text-secondary">Nothing matches “{query}”.</li>}
          </ul>
        </div>
      )}
    </div>
  );
}
