import { COUNTED_WORDS, type Counted } from '@shared/counted.ts';
import type { SideName } from './force-profile-data.ts';
import type { Mix } from '@shared/force-standing.ts';
import { ShorthandKey, SUPPRESSED_MEANING } from '../../components/charts/shorthand-key.tsx';
import { formatCount, formatPercent, NOT_AVAILABLE, SUPPRESSED } from '../../lib/format.ts';
import { ScrollTable, STICKY_CAPTION } from '../../components/ui/scroll-table.tsx';

const CELL = 'tabular py-2 pl-3 text-right whitespace-nowrap sm:pl-4';

function Value({ text, suppressed }: { text: string; suppressed: boolean }) {
  return (
    <>
      {text}
      {suppressed && text !== NOT_AVAILABLE && ` ${SUPPRESSED}`}
    </>
  );
}

/** The force's breakdown beside England and Wales: counts and shares, with the shorthand key. */
export function MixTable({
  caption,
  mix,
  forceName,
  groupHeader,
  alone = false,
  sides,
  counted,
}: {
  sides: SideName;
  /** what the counts are of: crimes, or platform mentions over several platforms */
  counted: Counted;
  caption: string;
  mix: Mix;
  forceName: string;
  groupHeader: string;
  /** the force's figures only: there is no fair England and Wales to set beside them */
  alone?: boolean;
}) {
  const usesX = mix.rows.some((r) => r.count === null || (!alone && r.ewCount === null));
  const usesC = mix.rows.some((r) => r.suppressed || (!alone && r.ewSuppressed));
  // a breakdown that does not add up to the force's published total is set beside that total
  const total = mix.total !== null && mix.total !== mix.sum ? mix.total : null;
  return (
    <div>
      <ScrollTable label={caption}>
        <table className="w-full border-collapse text-left">
          <caption className={`mb-2 text-left font-bold ${STICKY_CAPTION}`}>{caption}</caption>
          <thead>
            <tr className="border-b-2 border-ink align-bottom">
              <th scope="col" className="py-2 pr-4">
                {groupHeader}
              </th>
              <th scope="col" className="py-2 pl-3 text-right sm:pl-4">
                {forceName}: {COUNTED_WORDS[counted].noun}
              </th>
              <th scope="col" className="py-2 pl-3 text-right sm:pl-4">
                {forceName}: share
              </th>
              {!alone && (
                <>
                  <th scope="col" className="py-2 pl-3 text-right sm:pl-4">
                    {sides.wide}: {COUNTED_WORDS[counted].noun}
                  </th>
                  <th scope="col" className="py-2 pl-3 text-right sm:pl-4">
                    {sides.wide}: share
                  </th>
                </>
              )}
            </tr>
          </thead>
          <tbody>
            {mix.rows.map((r) => (
              <tr key={r.key} className="border-b border-border">
                <th scope="row" className="py-2 pr-4 font-normal">
                  {r.label}
                </th>
                <td className={CELL}>
                  <Value text={formatCount(r.count)} suppressed={r.suppressed} />
                </td>
                <td className={CELL}>{formatPercent(r.share)}</td>
                {!alone && (
                  <>
                    <td className={CELL}>
                      <Value text={formatCount(r.ewCount)} suppressed={r.ewSuppressed} />
                    </td>
                    <td className={CELL}>{formatPercent(r.ewShare)}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="border-t-2 border-ink">
              <th scope="row" className="py-2 pr-4">
                Sum of the breakdown
              </th>
              <td className={`${CELL} font-bold`}>{formatCount(mix.sum)}</td>
              <td className={`${CELL} font-bold`}>{mix.sum === null ? NOT_AVAILABLE : '100%'}</td>
              {!alone && (
                <>
                  <td className={`${CELL} font-bold`}>{formatCount(mix.ewSum)}</td>
                  <td className={`${CELL} font-bold`}>
                    {mix.ewSum === null ? NOT_AVAILABLE : '100%'}
                  </td>
                </>
              )}
            </tr>
            {total !== null && (
              <tr>
                <th scope="row" className="py-2 pr-4">
                  Crimes recorded (published total)
                </th>
                <td className={`${CELL} font-bold`}>{formatCount(total)}</td>
                <td className={CELL} />
                {!alone && (
                  <>
                    <td className={CELL} />
                    <td className={CELL} />
                  </>
                )}
              </tr>
            )}
          </tfoot>
        </table>
      </ScrollTable>
      <ShorthandKey
        entries={[
          usesX && [
            NOT_AVAILABLE,
            'not available: no figure was published for this group; not zero',
          ],
          usesC && SUPPRESSED_MEANING,
        ]}
      />
    </div>
  );
}
