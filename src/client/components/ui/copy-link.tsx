import { useState } from 'react';

/** Copies the canonical link of the view and says so, to sighted and screen-reader users alike. */
export function CopyLink({ path, label = 'Copy link' }: { path: () => string; label?: string }) {
  const [message, setMessage] = useState('');
  const copy = async () => {
    const url = new URL(path(), window.location.origin).href;
    try {
      await navigator.clipboard.writeText(url);
      setMessage('Link copied');
    } catch {
      setMessage(`Copy this link: ${url}`);
    }
    window.setTimeout(() => setMessage(''), 4000);
  };
  return (
    <div className="flex items-center gap-2">
      <button
        type="button"
        onClick={() => void copy()}
        className="bg-success px-3 py-1.5 font-semibold text-white shadow-[0_2px_0_#002d18] hover:bg-[#005a30] sm:px-4 sm:py-2"
      >
        {label}
      </button>
      <span role="status" className="font-semibold">
        {message}
      </span>
    </div>
  );
}
