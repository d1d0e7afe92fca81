import { useId, useState } from 'react';

/** The code to embed a figure, to read, select or copy with one press. */
export function EmbedCode({ code }: { code: string }) {
  const id = useId();
  const [copied, setCopied] = useState('');
  const copy = async () => {
    const done = await navigator.clipboard.writeText(code).then(
      () => true,
      () => false,
    );
    setCopied(done ? 'Code copied' : 'Select the code and copy it');
  };
  return (
    <div className="mt-2 max-w-4xl border-l-4 border-border bg-panel p-3 text-sm">
      <label htmlFor={`${id}-code`} className="block font-bold">
        Code to embed this chart
      </label>
      <p id={`${id}-hint`} className="mt-1">
        Paste it into the HTML of an intranet or web page. The chart links back here, and its links
        open in a new tab; change the width and height to suit the page.
      </p>
      <textarea
        id={`${id}-code`}
        readOnly
        value={code}
        rows={4}
        aria-describedby={`${id}-hint`}
        onFocus={(e) => e.currentTarget.select()}
        className="mt-2 block w-full border-2 border-ink bg-white p-2 font-mono text-sm"
      />
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={() => void copy()}
          className="bg-white px-3 py-1.5 font-semibold shadow-[0_2px_0_#929191] hover:bg-[#dbdad9]"
        >
          Copy the code
        </button>
        <span role="status" className="font-semibold">
          {copied}
        </span>
      </div>
    </div>
  );
}
