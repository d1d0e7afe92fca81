/** A failure in plain words, with a way to try again; the rest of the page keeps working. */
export function ErrorPanel({
  title,
  message,
  onRetry,
}: {
  title: string;
  message: string;
  onRetry?: () => void;
}) {
  return (
    <div role="alert" className="border-l-[6px] border-error bg-white p-4">
      <p className="font-bold text-error">{title}</p>
      <p className="mt-1">{message}</p>
      {onRetry && (
        <button
          type="button"
          onClick={onRetry}
          className="mt-3 bg-panel px-4 py-2 font-semibold shadow-[0_2px_0_#929191] hover:bg-[#dbdad9]"
        >
          Retry
        </button>
      )}
    </div>
  );
}
