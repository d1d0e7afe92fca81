import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** The guide's parts, in order: the contents list and each part's heading read from here. */
export const GUIDE_SECTIONS = [
  ['what-is-counted', 'What the figures count'],
  ['read-a-figure', 'Read a chart'],
  ['find-a-force', 'Find a force, or a council'],
  ['shorthand', 'What [x], [c], [z] and [p] mean'],
  ['part-periods', 'Part periods'],
  ['partial-breakdowns', 'Crimes that are not broken down'],
  ['rates', 'Why compare rates'],
  ['share', 'Share what you see'],
  ['pin', 'Keep the figures you saw'],
  ['briefing', 'Build a briefing pack'],
  ['present', 'Show charts in a meeting'],
  ['print', 'Print a page'],
  ['embed', 'Put a chart on another page'],
  ['cite', 'Cite a chart'],
  ['help', 'Keyboard, zoom and more help'],
] as const;

export type GuideSectionId = (typeof GUIDE_SECTIONS)[number][0];

export function GuideSection({ id, children }: { id: GuideSectionId; children: ReactNode }) {
  const title = GUIDE_SECTIONS.find(([s]) => s === id)?.[1] ?? id;
  return (
    <section aria-labelledby={id} className="mt-10 max-w-3xl space-y-3">
      <h2 id={id} className="text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/**
 * A live example: a link that opens the view the part describes. `data-example` names it, so that a
 * browser test can follow every one and check that the view shows what the guide says.
 */
export function Example({ id, to, children }: { id: string; to: string; children: ReactNode }) {
  return (
    <p className="border-l-4 border-link bg-panel px-4 py-3">
      <span className="font-bold">Try it: </span>
      <Link to={to} data-example={id}>
        {children}
      </Link>
    </p>
  );
}
