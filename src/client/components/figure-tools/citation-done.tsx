import type { ToolDone } from './tool-bar.tsx';

/** Copy a citation to the clipboard, and show it either way: to select and copy where it could not be. */
export async function citationDone(text: string): Promise<ToolDone> {
  const copied = await navigator.clipboard.writeText(text).then(
    () => true,
    () => false,
  );
  return {
    said: (
      <>
        {copied ? 'Citation copied to the clipboard:' : 'Citation (select it and copy it):'}
        <span className="mt-1 block border-l-4 border-border bg-panel p-3 font-normal select-all">
          {text}
        </span>
      </>
    ),
  };
}
