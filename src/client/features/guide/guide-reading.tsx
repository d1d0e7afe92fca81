import { Example, GuideSection } from './guide-parts.tsx';

/** The first half of the guide: what the figures are, and how to read them. */

const MARKS = [
  [
    '[x]',
    'Not available. The force did not publish a figure, or refused to. It does not mean zero.',
  ],
  [
    '[c]',
    'Held back by the force, so that people cannot be identified. A total that includes one is the lowest the real figure could be.',
  ],
  [
    '[z]',
    'Does not apply. British Transport Police has no residents, for example, so it has no rate per 100,000 residents.',
  ],
  [
    '[p]',
    'Provisional: it may still change. Many recent crimes are still being looked into, so their outcomes are not known yet.',
  ],
] as const;

export function GuideReading() {
  return (
    <>
      <GuideSection id="what-is-counted">
        <p>
          Each figure is a number of crimes that a police force recorded. Forces found them by
          searching their crime records for the name of a platform, such as TikTok. So a figure
          tells you that the platform was named in the record. It does not tell you that the
          platform caused the crime.
        </p>
        <p>
          Forces searched in different ways, and many did not publish their figures. Take care when
          you compare one force with another.
        </p>
        <Example id="about" to="/about">
          Read where the figures come from
        </Example>
      </GuideSection>

      <GuideSection id="read-a-figure">
        <p>Every chart has the same parts, from top to bottom:</p>
        <ol className="list-decimal space-y-1 pl-6">
          <li>a title that says what the chart shows</li>
          <li>a line that says what is counted, where and when</li>
          <li>a Chart tab and a Table tab: the table has every number in the chart</li>
          <li>notes on which forces are missing, and why</li>
          <li>the source, and the version of the data you are looking at</li>
          <li>buttons to download the chart, copy its numbers, cite it or add it to a pack</li>
        </ol>
        <p>
          To read a value, point at the chart. With a keyboard, press Tab to reach the chart, then
          use the arrow keys to go from one value to the next.
        </p>
        <Example id="lancashire" to="/?force=lancashire">
          See the crimes that Lancashire Constabulary recorded
        </Example>
      </GuideSection>

      <GuideSection id="find-a-force">
        <p>
          Open the Force filter at the top of a page and type in the search box. You can type the
          name of a force, or of a council in its area. Type Blackpool, for example, to find
          Lancashire Constabulary, or Caerdydd to find South Wales Police. Under each force, the
          list says which council it found.
        </p>
        <p>
          Tick a force to show its figures alone. The Forces page puts every force side by side.
          Choose a force there to open its own page.
        </p>
        <Example id="force-page" to="/forces/lancashire">
          Open the page for Lancashire Constabulary
        </Example>
      </GuideSection>

      <GuideSection id="shorthand">
        <p>
          Where a table has no plain number to show, it uses a short mark instead. These are the
          marks that government statistics use.
        </p>
        <table className="w-full border-collapse text-left">
          <caption className="mb-2 text-left font-bold">The marks in tables</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pr-4">
                Mark
              </th>
              <th scope="col" className="py-2">
                What it means
              </th>
            </tr>
          </thead>
          <tbody>
            {MARKS.map(([mark, meaning]) => (
              <tr key={mark} className="border-b border-border align-top">
                <th scope="row" className="tabular py-2 pr-4 font-bold">
                  {mark}
                </th>
                <td className="py-2">{meaning}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>A zero is always shown as 0, never as a blank.</p>
        <Example id="marks-forces" to="/forces?tab=table">
          See [x] and [z] in the table of forces
        </Example>
        <Example id="marks-outcomes" to="/outcomes?dataset=demo&tab=table">
          See [p] in a table of outcomes (invented example figures)
        </Example>
      </GuideSection>

      <GuideSection id="part-periods">
        <p>
          Sometimes the figures cover only part of a year. The last year might hold only April to
          June, for example. A chart marks a part period so that you can tell it apart, and writes
          under it which months it holds. The key under the chart says how it is marked.
        </p>
        <p>
          A part period is shorter than the others, so its count will look low. Do not read it as a
          fall in crime.
        </p>
        <Example id="part-period" to="/?dataset=demo">
          See a chart that ends with a part period (invented example figures)
        </Example>
      </GuideSection>

      <GuideSection id="partial-breakdowns">
        <p>
          Some forces gave a total, but split only some of those crimes by type of offence or by
          outcome. The rest are shown as <strong>Not broken down</strong>. That way, the parts still
          add up to the total.
        </p>
        <p>
          One force&apos;s split adds up to more than its total. Both are shown as the force
          published them, with a note that says so.
        </p>
        <Example id="not-broken-down" to="/offences">
          See crimes that are not broken down by offence
        </Example>
      </GuideSection>

      <GuideSection id="rates">
        <p>
          A force with more people in its area will usually record more crimes. So the Forces page
          compares rates: crimes per 100,000 residents. A rate of 5 means 5 crimes for every 100,000
          people who live in the area. On other pages, choose <strong>Per 100,000 residents</strong>{' '}
          in the Measure filter.
        </p>
        <p>
          Rates use the number of people counted in the 2021 Census. British Transport Police has no
          residents, so it has no rate.
        </p>
        <Example id="rates" to="/forces">
          Compare forces by their rate
        </Example>
      </GuideSection>
    </>
  );
}
