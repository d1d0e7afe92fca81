import { useEffect, useRef, useState, type ComponentProps } from 'react';

/** how long typing pauses before the words go into the pack's link */
const SETTLE_MS = 400;

/**
 * A text box whose words are kept in the pack's link. What is typed is the box's own until typing
 * pauses (or focus leaves): writing the link on every key would make the box follow the address,
 * which lags behind fast typing and drops characters.
 */
export function DraftText({
  value,
  onCommit,
  multiline = false,
  ...props
}: {
  value: string;
  onCommit: (text: string) => void;
  multiline?: boolean;
} & Omit<ComponentProps<'input'> & ComponentProps<'textarea'>, 'value' | 'onChange'>) {
  const [draft, setDraft] = useState(value);
  const editing = useRef(false);
  // the latest pack's words and writer, for a commit that a timer or a blur makes later
  const latest = useRef({ value, onCommit });
  useEffect(() => {
    latest.current = { value, onCommit };
  });
  const commit = (text: string) => {
    if (text !== latest.current.value) latest.current.onCommit(text);
  };
  // the pack changed from elsewhere (another tab, a link): show it, unless this box is being typed in
  useEffect(() => {
    if (!editing.current) setDraft(value);
  }, [value]);
  useEffect(() => {
    const timer = window.setTimeout(() => {
      if (draft !== latest.current.value) latest.current.onCommit(draft);
    }, SETTLE_MS);
    return () => window.clearTimeout(timer);
  }, [draft]);
  const handlers = {
    value: draft,
    onFocus: () => {
      editing.current = true;
    },
    onBlur: () => {
      editing.current = false;
      commit(draft);
    },
  };
  return multiline ? (
    <textarea {...props} {...handlers} onChange={(e) => setDraft(e.target.value)} />
  ) : (
    <input {...props} {...handlers} onChange={(e) => setDraft(e.target.value)} />
  );
}
