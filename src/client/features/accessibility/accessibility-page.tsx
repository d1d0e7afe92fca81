import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { StatementTesting } from './statement-testing.tsx';
import {
  CONTACT,
  NON_COMPLIANT,
  OTHER_ISSUES,
  PREPARED,
  REVIEWED,
  type KnownIssue,
} from './statement-facts.ts';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-10 max-w-3xl space-y-3">
      <h2 id={id} className="text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

function Issues({ issues }: { issues: readonly KnownIssue[] }) {
  return (
    <ul className="list-disc space-y-3 pl-6">
      {issues.map((i) => (
        <li key={i.id}>
          {i.problem}
          {i.criterion && <> This fails WCAG 2.2 success criterion {i.criterion}.</>} Until then:{' '}
          {i.meanwhile}
        </li>
      ))}
    </ul>
  );
}

function Contact() {
  if (CONTACT.email === null)
    return (
      <p className="border-l-[6px] border-warning p-3">
        The team that runs this dashboard has not yet published an address for reports. Until it
        does, tell the person or team who gave you the link to the dashboard, and they will pass it
        on.
      </p>
    );
  return (
    <p>
      Email <a href={`mailto:${CONTACT.email}`}>{CONTACT.email}</a>
      {CONTACT.responseDays !== null &&
        `. We will reply within ${CONTACT.responseDays} working days`}
      .
    </p>
  );
}

/**
 * The accessibility statement, in the form the Public Sector Bodies (Websites and Mobile
 * Applications) (No. 2) Accessibility Regulations 2018 ask for (GOV.UK's model statement).
 */
export function AccessibilityPage() {
  const origin = window.location.origin;
  return (
    <>
      <title>Accessibility statement – Social media crime dashboard</title>
      <h1 className="text-3xl font-bold sm:text-4xl">
        Accessibility statement for the Social media crime dashboard
      </h1>
      <div className="mt-4 max-w-3xl space-y-3 text-lg">
        <p>
          This statement applies to the Social media crime dashboard at {origin}, its views and
          briefing packs, the charts it lets other pages embed, and its API reference at{' '}
          <a href="/api/docs">/api/docs</a>.
        </p>
        <p>
          We want as many people as possible to be able to use this dashboard. For example, you
          should be able to:
        </p>
        <ul className="list-disc space-y-1 pl-6">
          <li>change colours, contrast and fonts using your browser or device settings</li>
          <li>zoom in up to 400% without the text spilling off the screen</li>
          <li>use the whole dashboard with only a keyboard</li>
          <li>read every chart&apos;s figures in a table</li>
          <li>find a force by the name of a council in its area</li>
        </ul>
        <p>
          We have also made the text as simple as we can. The{' '}
          <Link to="/guide">guide to the dashboard</Link> explains each part in plain English.
        </p>
        <p>
          <a href="https://mcmw.abilitynet.org.uk/">AbilityNet</a> has advice on making your device
          easier to use if you have a disability.
        </p>
      </div>

      <Section id="how-accessible" title="How accessible this dashboard is">
        <p>We know that some parts of the dashboard are not fully accessible:</p>
        <Issues issues={NON_COMPLIANT} />
        <p>We also know of these problems, which make the dashboard harder to use:</p>
        <Issues issues={OTHER_ISSUES} />
      </Section>

      <Section id="feedback" title="Feedback and contact information">
        <p>
          If you need the figures in a different format, such as large print, easy read or a
          spreadsheet you can read with a screen reader, or you find a problem with this dashboard:
        </p>
        <Contact />
        <p>
          Every chart&apos;s figures can already be downloaded as a CSV file, or copied as a table
          to paste into Excel or Word.
        </p>
      </Section>

      <Section id="report" title="Reporting accessibility problems with this dashboard">
        <p>
          We are always looking to improve the accessibility of this dashboard. If you find a
          problem that is not listed on this page, or think we are not meeting the requirements of
          the accessibility regulations, contact us as above. Tell us the address (URL) of the page,
          what you were trying to do, what went wrong, and which browser and assistive technology
          you use.
        </p>
      </Section>

      <Section id="enforcement" title="Enforcement procedure">
        <p>
          The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public
          Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018
          (the &lsquo;accessibility regulations&rsquo;). If you are not happy with how we respond to
          your complaint, contact the{' '}
          <a href="https://www.equalityadvisoryservice.com/">
            Equality Advisory and Support Service (EASS)
          </a>
          .
        </p>
        <p>
          If you are in Northern Ireland and are not happy with how we respond to your complaint,
          you can contact the{' '}
          <a href="https://www.equalityni.org/Home">Equality Commission for Northern Ireland</a>{' '}
          (ECNI), which is responsible for enforcing the accessibility regulations there.
        </p>
      </Section>

      <Section id="technical" title="Technical information about this dashboard’s accessibility">
        <p>
          We are committed to making this dashboard accessible, in accordance with the Public Sector
          Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.
        </p>
        <h3 className="text-xl font-bold">Compliance status</h3>
        <p>
          This dashboard is <strong>partially compliant</strong> with the{' '}
          <a href="https://www.w3.org/TR/WCAG22/">
            Web Content Accessibility Guidelines version 2.2
          </a>{' '}
          AA standard, due to the non-compliance listed below.
        </p>
        <h3 className="text-xl font-bold">Non-accessible content</h3>
        <p>The content listed below is non-accessible for the following reasons.</p>
        <h4 className="text-lg font-bold">Non-compliance with the accessibility regulations</h4>
        <Issues issues={NON_COMPLIANT} />
        <h4 className="text-lg font-bold">Disproportionate burden</h4>
        <p>We are not claiming that any fix would be a disproportionate burden.</p>
        <h4 className="text-lg font-bold">
          Content that is not within the scope of the accessibility regulations
        </h4>
        <p>
          None. The dashboard has no PDFs, videos or content from other sites. The map of forces on
          the Forces page is part of the dashboard and is covered by this statement: each force is a
          link that says its figure, and the same figures are in a table under the map.
        </p>
      </Section>

      <StatementTesting />

      <Section id="preparation" title="Preparation of this accessibility statement">
        <p>
          This statement was prepared on {PREPARED}. It was last reviewed on {REVIEWED}.
        </p>
      </Section>
    </>
  );
}
