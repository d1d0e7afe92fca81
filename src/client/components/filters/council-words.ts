import type { CouncilMatch } from '@shared/council-search.ts';

/** Why a council's name found a force, in words shown under the force in the force search. */

const SMALL = new Set(['and', 'of', 'the', 'upon', 'on', 'in', 'with', 'under', 'ar', 'y']);

/** Some aliases are written in lower case in the source ("hull city council"): give them capitals. */
export function displayName(name: string): string {
  if (/[A-Z]/.test(name)) return name;
  return name
    .split(' ')
    .map((w, i) => (i > 0 && SMALL.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

function listWords(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

function year(date: string | null): string {
  return date?.slice(0, 4) ?? '';
}

function one(m: CouncilMatch): string {
  const notes: string[] = [];
  if (m.via === 'welsh') notes.push(`${m.matched} in Welsh`);
  if (m.via === 'alias') notes.push(`also called ${displayName(m.matched)}`);
  if (m.via === 'merged') notes.push(`formed in ${year(m.formed)} from ${listWords(m.formedFrom)}`);
  if (m.ended !== null)
    notes.push(`part of ${m.replacedBy ?? 'a new council'} since ${year(m.ended)}`);
  if (m.close) notes.push('the closest name to what you typed');
  const area =
    m.ended === null ? `the ${m.council} council area` : `what was the ${m.council} council area`;
  return `Polices ${area}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}.`;
}

/** The sentence for one force, from the councils in its area that matched, best first. */
export function councilReason(matches: readonly CouncilMatch[]): string {
  const [first] = matches;
  if (!first) return '';
  if (matches.length === 1) return one(first);
  const shown = matches.slice(0, 3).map((m) => m.council);
  const rest = matches.length - shown.length;
  return `Polices the council areas of ${listWords(rest > 0 ? [...shown, `${rest} more`] : shown)}.`;
}
