import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { formatSeriesValue, type PlatformSeriesResponse } from '@shared/platform-series.ts';
import { platformSeriesQueryOptions } from '../../api/platform-series.ts';
import { ScrollTable, STICKY_CAPTION } from '../../components/ui/scroll-table.tsx';
import { SeriesSourceLink } from '../../components/ui/series-source-link.tsx';
import { areaRows, GROOMING, type Reading } from '../../lib/series-figures.ts';
import type { Force } from './force-profile-data.ts';

/** the series' forces and their figures: one small answer, the same for every profile */
const FORCES = `kind=force&offence=${encodeURIComponent(GROOMING)}`;

/** '175 (Lancashire Post, …) or 64 (…)': each published value with its source */
function Figures({ body, reading }: { body: PlatformSeriesResponse; reading: Reading }) {
  return (
    <>
      {reading.figures.map((f, i) => (
        <span key={f.row} className="block">
          {i > 0 && 'or '}
          <span className="tabular font-bold">
            {f.value === null ? 'not provided' : formatSeriesValue(f.value, 'count')}
          </span>{' '}
          <span className="text-sm">
            (<SeriesSourceLink body={body} id={f.source} />)
          </span>
        </span>
      ))}
    </>
  );
}

/**
 * The force's figures in the NSPCC's grooming series, where the release published any: a request of
 * its own (offence 71/17, every platform), shown as published beside the profile's TikTok figures and
 * never added to them. Nothing is shown for a force the release has no figure for.
 */
export function ProfileGrooming({ force }: { force: Force }) {
  const { data: body } = useQuery(platformSeriesQueryOptions(null, FORCES));
  if (!body) return null;
  const { years, rows } = areaRows(body, GROOMING);
  const row = rows.find((r) => r.area.kind === 'force' && r.area.id === force.id);
  if (!row) return null;
  const published = years.flatMap((y, i) => {
    const v = row.years[i];
    return v === null || v === undefined ? [] : [{ year: y, v }];
  });
  return (
    <section aria-labelledby="grooming-series" className="border-t-4 border-border pt-4">
      <h2 id="grooming-series" className="text-xl font-bold sm:text-2xl">
        Sexual communication with a child recorded by {force.name}, as published
      </h2>
      <p className="mt-1 max-w-3xl text-secondary">
        From a different request: {body.release.title} (version {body.release.version}). Offences on
        any platform, whichever the page above is about, and not part of its figures: never added to
        them. Each figure is given as its source published it.{' '}
        <Link to={`/platforms?version=${body.release.version}`}>
          Every figure of the series, by platform, region and country
        </Link>
      </p>
      <ScrollTable label={`Grooming offences recorded by ${force.name}`} className="mt-3">
        <table className="border-collapse text-left">
          <caption className={`mb-2 text-left font-bold ${STICKY_CAPTION}`}>
            Offences of sexual communication with a child recorded by {force.name}, by period
          </caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pr-8">
                Period
              </th>
              <th scope="col" className="py-2 pr-8">
                Offences (source)
              </th>
            </tr>
          </thead>
          <tbody>
            {published.map(({ year, v }) => (
              <tr key={year} className="border-b border-border align-top">
                <th scope="row" className="py-2 pr-8 font-normal whitespace-nowrap">
                  {year}
                </th>
                <td className="py-2 pr-8">
                  {v === 'not-provided' ? (
                    'not provided by the force (not zero)'
                  ) : (
                    <Figures body={body} reading={v} />
                  )}
                </td>
              </tr>
            ))}
            {row.other.map((f) => (
              <tr key={f.row} className="border-b border-border align-top">
                <th scope="row" className="py-2 pr-8 font-normal">
                  {f.period ? f.period.label : `${f.periodAsPublished} (years not stated)`}
                </th>
                <td className="py-2 pr-8">
                  <Figures body={body} reading={{ values: [f.value ?? 0], figures: [f] }} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </section>
  );
}
