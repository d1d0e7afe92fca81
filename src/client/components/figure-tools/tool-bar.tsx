import { useState, type ReactNode } from 'react';

/** What an action did, in words, and anything it gives to take away (the code to embed). */
export interface ToolDone {
  said: ReactNode;
  given?: ReactNode;
}

/**
 * A figure's row of tool buttons, and what the last one did: said in a status line, with what it
 * gives to take away beside it (not read out in it). A failure is said in words.
 */
export function ToolBar<K extends string>({
  actions,
  run,
}: {
  actions: readonly (readonly [K, string])[];
  run: (action: K) => Promise<ToolDone>;
}) {
  const [said, setSaid] = useState<ReactNode>(null);
  const [given, setGiven] = useState<ReactNode>(null);
  const press = async (action: K) => {
    setSaid('Preparing…');
    setGiven(null);
    try {
      const done = await run(action);
      setSaid(done.said);
      setGiven(done.given ?? null);
    } catch (err) {
      setSaid(`That did not work: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  return (
    <div data-figure-tools className="mt-4 print:hidden">
      <div className="flex flex-wrap gap-2">
        {actions.map(([action, label]) => (
          <button
            key={action}
            type="button"
            className="bg-panel px-3 py-1.5 text-sm font-semibold shadow-[0_2px_0_#929191] hover:bg-[#dbdad9]"
            onClick={() => void press(action)}
          >
            {label}
          </button>
        ))}
      </div>
      <div role="status" className="mt-2 max-w-4xl text-sm font-semibold empty:hidden">
        {said}
      </div>
      {given}
    </div>
  );
}
