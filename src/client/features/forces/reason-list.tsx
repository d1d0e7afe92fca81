/**
 * Forces without a figure, grouped by why: "[x] refused: Wiltshire, Dorset". One list for the chart
 * (by name) and the map's key (by the name on each tile), so that both say the same in the same way.
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
  return (
    <ul className={className}>
      {reasonGroups(items, reason, name).map(([text, names]) => (
        <li key={text}>
          <span className="tabular font-semibold">{text}</span>: {names.join(', ')}
        </li>
      ))}
    </ul>
  );
}

/** Items grouped by their reason, in the order the reasons first occur: [reason, names][]. */
export function reasonGroups<T>(
  items: readonly T[],
  reason: (item: T) => string,
  name: (item: T) => string,
): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const item of items)
    groups.set(reason(item), [...(groups.get(reason(item)) ?? []), name(item)]);
  return [...groups];
}
