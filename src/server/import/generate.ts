import { closeSync, openSync, writeSync } from 'node:fs';
import { FORCES } from '@shared/reference/forces.ts';
import { PLATFORMS } from '@shared/reference/platforms.ts';

/**
 * A synthetic return of any size, written as forces write them (full force names, "Apr-23" months,
 * "Outcome 18", a few suppressed cells), for the bench and for the test that kills an import half-way.
 * Every force and platform is one table of month × offence × outcome cells.
 */

const OFFENCES = [
  '8R',
  '8L',
  '8M',
  'Stalking',
  '71/17',
  '88A',
  '86',
  '35',
  '105A',
  '8N',
  '9A',
  '3B',
  '58A',
];
const OUTCOMES = ['Outcome 1', 'Outcome 8', 'Outcome 14', 'Outcome 15', 'Outcome 16', 'Outcome 18'];
const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

export function generateReturn(path: string, rows: number): void {
  const fd = openSync(path, 'w');
  try {
    let buffer = 'Force,Platform,Month,Offence,Outcome,Count\n';
    let written = 0;
    let seed = 1;
    outer: for (const force of FORCES) {
      for (const platform of PLATFORMS) {
        for (let m = 2021 * 12 + 3; m <= 2024 * 12 + 5; m++) {
          const month = `${MONTHS[m % 12] ?? ''}-${String(Math.floor(m / 12) % 100).padStart(2, '0')}`;
          for (const offence of OFFENCES) {
            for (const outcome of OUTCOMES) {
              if (written === rows) break outer;
              seed = (seed * 1103515245 + 12345) % 2147483648;
              const count = seed % 97 === 0 ? '*' : String(seed % 23);
              buffer += `${force.name},${platform.name},${month},${offence},${outcome},${count}\n`;
              written++;
              if (buffer.length > 1 << 20) {
                writeSync(fd, buffer);
                buffer = '';
              }
            }
          }
        }
      }
    }
    writeSync(fd, buffer);
    if (written < rows) throw new Error(`A generated return has at most ${written} rows`);
  } finally {
    closeSync(fd);
  }
}
