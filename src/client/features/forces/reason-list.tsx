/**
 * Forces without a figure, grouped by why: "[x] refused: Wiltshire, Dorset". One list for the chart
 * (by name) and the map's key (by code), so that both say the same in the same way.
 */
export function ReasonList<T>({
  items,
  reason,
  name,
  className,
}: {
  items: readonly T[];
  reason: (item: T) => string;
  name: (item: T) => string;
  className: string;
}) {
  const groups = new Map<string, string[]>();
  for (const item of items)
    groups.set(reason(item), [...(groups.get(reason(item)) ?? []), name(item)]);
  return (
    <ul className={className}>
      {[...groups].map(([text, names]) => (
        <li key={text}>
          <span className="tabular font-semibold">{text}</span>: {names.join(', ')}
        </li>
      ))}
    </ul>
  );
}
