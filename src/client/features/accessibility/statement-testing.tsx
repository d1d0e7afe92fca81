import { TESTED } from './statement-facts.ts';

/** How and when the dashboard was tested, and what is done to keep it accessible. */
export function StatementTesting() {
  return (
    <>
      <section aria-labelledby="testing" className="mt-10 max-w-3xl space-y-3">
        <h2 id="testing" className="text-2xl font-bold">
          How we tested this dashboard
        </h2>
        <p>
          The dashboard was last tested on {TESTED}, against the WCAG 2.2 AA standard. The team that
          builds it did the testing; it has not yet been audited by an independent specialist.
        </p>
        <p>
          We tested every view: the overview, offences, outcomes, the forces page with its chart,
          map and table, a force&apos;s own page, the briefing pack, presenting and embedded charts,
          the about page, the guide, this statement, the page shown for an address that does not
          exist, and the API reference. We tested both the published figures and the demonstration
          data, which fill every chart. We used:
        </p>
        <ul className="list-disc space-y-2 pl-6">
          <li>
            <strong>Automated checks</strong>: axe-core 4.14 with the WCAG 2.2 A and AA rules and
            best practices, in Chromium, on every view, with tables, maps, presenting and embedding,
            at 1,440 and 320 pixels wide. It found no failures, except on the API reference page,
            which we fixed. It cannot judge the contrast of words drawn on a chart: those are black
            on a white edge, and we checked them by eye.
          </li>
          <li>
            <strong>Keyboard</strong>: we used every view with Tab, Shift and Tab, Enter, Space,
            Escape and the arrow keys. Every control can be reached, in a sensible order, with the
            yellow focus ring showing, and nothing else covers the control in focus.
          </li>
          <li>
            <strong>Zoom and reflow</strong>: every view at 320 pixels wide, which is the same as a
            1,280 pixel window zoomed to 400%, and with wider line, letter and word spacing. No page
            scrolls sideways, except data tables inside their own box, and no text is cut off.
          </li>
          <li>
            <strong>Screen readers</strong>: we checked what the browser tells a screen reader (the
            name and role of each control, headings, landmarks, page titles and announcements), and
            reasoned from that about how a screen reader would read each view. We have not yet
            tested the dashboard with JAWS, NVDA or VoiceOver, or with people who use them. That is
            how the problems with charts and with moving between pages, listed above, were found.
          </li>
        </ul>
      </section>

      <section aria-labelledby="improving" className="mt-10 max-w-3xl space-y-3">
        <h2 id="improving" className="text-2xl font-bold">
          What we are doing to improve accessibility
        </h2>
        <p>
          Every change to the dashboard runs browser tests that check every view with axe at desktop
          and phone widths, check that no view scrolls sideways at 320 pixels wide, and use the
          force search by keyboard. We plan to fix the problems listed on this page, and to test
          with people who use screen readers.
        </p>
      </section>
    </>
  );
}
