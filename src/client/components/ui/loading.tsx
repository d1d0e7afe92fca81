/** A visible, announced loading indicator. */
export function Loading({ label = 'Loading figures…' }: { label?: string }) {
  return (
    <p role="status" className="flex items-center gap-2 text-secondary">
      <span
        aria-hidden="true"
        className="inline-block size-4 animate-spin rounded-full border-2 border-border border-t-brand motion-reduce:animate-none"
      />
      {label}
    </p>
  );
}
