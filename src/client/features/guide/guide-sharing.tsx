import { Link } from 'react-router';
import { citation } from '../../lib/export-citation.ts';
import { Example, GuideSection } from './guide-parts.tsx';

/** The second half of the guide: sharing, keeping, presenting, printing, embedding and citing. */

const EXAMPLE_TITLE =
  'TikTok-linked crimes recorded by Lancashire Constabulary, 2021/22 to 2023/24';

export function GuideSharing() {
  const origin = window.location.origin;
  const embedCode = `<iframe src="${origin}/?force=lancashire&embed=1"\n  title="${EXAMPLE_TITLE}"\n  width="100%" height="560" style="border: 0"></iframe>`;
  const sample = citation({
    title: EXAMPLE_TITLE,
    dataset: {
      title: 'Published figures: TikTok-linked crime, 2024 FOI request',
      version: 1,
      updated: '2026-11-28T00:00:00Z',
      illustrative: false,
    },
    url: `${origin}/?force=lancashire&version=1`,
    accessed: new Date(),
  });
  return (
    <>
      <GuideSection id="share">
        <p>
          The address of each page holds every filter you chose. Press <strong>Copy link</strong> at
          the top of the page, then paste the link into an email or a document. Anyone who opens it
          sees the same view.
        </p>
        <Example
          id="share"
          to="/?dataset=demo&platform=snapchat&force=kent&interval=quarter&tab=table"
        >
          Open a shared link: Snapchat-linked crime in Kent, by quarter, as a table (invented
          example figures)
        </Example>
      </GuideSection>

      <GuideSection id="pin">
        <p>
          The figures can change when forces send new returns. Each time new figures are added, the
          data gets a new version number. Press <strong>Link to these exact figures</strong> to copy
          a link that always shows the version you are looking at.
        </p>
        <p>
          If newer figures come out later, a pinned link says so, and links to them. The version is
          named in the source line under each chart.
        </p>
        <Example id="pin" to="/?force=lancashire&version=1">
          Open a view pinned to version 1 of the figures
        </Example>
      </GuideSection>

      <GuideSection id="briefing">
        <p>
          A briefing pack is a set of charts that you choose. Press <strong>Add to briefing</strong>{' '}
          under a chart. Then open <strong>Briefing pack</strong> at the top of the page. There you
          can put the charts in order, present them or print them.
        </p>
        <p>
          To share the pack, press <strong>Copy link to this pack</strong>. The link holds every
          chart, each fixed to the figures it showed when you added it.
        </p>
        <Example id="briefing" to="/forces">
          Open the Forces page, then add its chart to a briefing pack
        </Example>
      </GuideSection>

      <GuideSection id="present">
        <p>
          Press <strong>Present</strong> to show the charts on a page full screen, in a meeting. Use
          the arrow keys to go from one chart to the next. Press Escape to stop.
        </p>
        <Example id="present" to="/forces?present=1">
          Present the Forces page
        </Example>
      </GuideSection>

      <GuideSection id="print">
        <p>
          Press <strong>Print</strong> to print a page, or to save it as a PDF. The buttons and
          filters are left off the paper. The page prints the date and a link that shows the same
          figures again.
        </p>
        <Example id="print" to="/?force=lancashire">
          Open a page to print
        </Example>
      </GuideSection>

      <GuideSection id="embed">
        <p>
          You can show a chart on another page, such as an intranet page. Add <code>embed=1</code>{' '}
          to the end of the chart&apos;s link, and put the link in an iframe. Give the iframe a
          title that says what the chart shows. The chart comes with a link back to the full view.
        </p>
        <pre className="border-l-4 border-border bg-panel p-3 text-sm [overflow-wrap:anywhere] whitespace-pre-wrap">
          <code>{embedCode}</code>
        </pre>
        <Example id="embed" to="/?force=lancashire&embed=1">
          See how an embedded chart looks
        </Example>
      </GuideSection>

      <GuideSection id="cite">
        <p>
          Press <strong>Cite this</strong> under a chart to copy a citation. It names the chart, the
          version of the data, a link to these exact figures and the date you looked. It looks like
          this:
        </p>
        <p className="border-l-4 border-border bg-panel p-3 text-sm">
          <samp>{sample}</samp>
        </p>
        <Example id="cite" to="/?force=lancashire">
          Open a chart to cite
        </Example>
      </GuideSection>

      <GuideSection id="help">
        <p>
          You can use the whole dashboard with a keyboard. Press Tab to move, and Enter or Space to
          choose. It still works when you zoom in to 400%. The{' '}
          <Link to="/accessibility">accessibility statement</Link> says what we know does not work
          well yet, and how to tell us about a problem.
        </p>
        <p>
          <Link to="/about">About the data</Link> says where the figures come from, how they are put
          together, and what they cannot tell you. Developers can use the{' '}
          <a href="/api/docs">API reference</a>.
        </p>
      </GuideSection>
    </>
  );
}
