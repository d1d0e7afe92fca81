import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface TabItem<K extends string> {
  key: K;
  label: string;
  panel: ReactNode;
}

/** ARIA tabs: arrow keys move between tabs, the selected tab is the only one in the tab order. */
export function Tabs<K extends string>({
  label,
  items,
  selected,
  onSelect,
}: {
  label: string;
  items: readonly TabItem<K>[];
  selected: K;
  onSelect: (key: K) => void;
}) {
  const id = useId();
  const refs = useRef(new Map<K, HTMLButtonElement>());
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const target =
      event.key === 'Home'
        ? items[0]
        : event.key === 'End'
          ? items.at(-1)
          : step !== 0
            ? items[(index + step + items.length) % items.length]
            : undefined;
    if (!target) return;
    event.preventDefault();
    if (target.key !== selected) onSelect(target.key);
    refs.current.get(target.key)?.focus();
  };
  return (
    <div>
      <div role="tablist" aria-label={label} className="flex gap-1 border-b border-border">
        {items.map((item, index) => {
          const active = item.key === selected;
          return (
            <button
              key={item.key}
              ref={(el) => {
                if (el) refs.current.set(item.key, el);
              }}
              type="button"
              role="tab"
              id={`${id}-tab-${item.key}`}
              aria-selected={active}
              aria-controls={`${id}-panel-${item.key}`}
              tabIndex={active ? 0 : -1}
              // the tab on show again is no new view: no history entry that Back would have to undo
              onClick={() => item.key !== selected && onSelect(item.key)}
              onKeyDown={(e) => onKeyDown(e, index)}
              className={`-mb-px border px-4 py-2 ${active ? 'border-border border-b-white bg-white font-bold' : 'border-transparent bg-panel text-link underline'}`}
            >
              {item.label}
            </button>
          );
        })}
      </div>
      {items.map((item) =>
        item.key === selected ? (
          <div
            key={item.key}
            role="tabpanel"
            id={`${id}-panel-${item.key}`}
            aria-labelledby={`${id}-tab-${item.key}`}
            tabIndex={0}
            className="pt-4"
          >
            {item.panel}
          </div>
        ) : null,
      )}
    </div>
  );
}
