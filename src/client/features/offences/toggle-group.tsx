import { useId } from 'react';

/**
 * A choice of one among a few, as buttons that say whether they are pressed: each is reached with
 * Tab and chosen with Enter or Space, so the view works with the keys everyone has.
 */
export function ToggleGroup<V extends string>({
  label,
  options,
  value,
  onChange,
}: {
  label: string;
  options: readonly { value: V; label: string }[];
  value: V;
  onChange: (value: V) => void;
}) {
  const id = useId();
  return (
    <div role="group" aria-labelledby={id}>
      <p id={id} className="font-bold">
        {label}
      </p>
      <div className="mt-1 flex flex-wrap gap-2">
        {options.map((o) => {
          const pressed = o.value === value;
          return (
            <button
              key={o.value}
              type="button"
              aria-pressed={pressed}
              onClick={() => {
                if (!pressed) onChange(o.value);
              }}
              className={`border-2 border-ink px-3 py-1.5 ${pressed ? 'bg-ink font-bold text-white' : 'bg-white hover:bg-panel'}`}
            >
              {o.label}
            </button>
          );
        })}
      </div>
    </div>
  );
}
