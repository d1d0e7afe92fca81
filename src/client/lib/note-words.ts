import { useMemo } from 'react';
import type { CountsResponse, MetaResponse, Note } from '@shared/contract.ts';
import { forceSentences, noteSentence, type NoteNames } from '@shared/note-words.ts';
import { useFilters } from './filters-context.tsx';

/**
 * A note's words on the page, written from its code and fields by the shared words module, with
 * names from meta and the answer's periods. The server's `message` is for readers of the API.
 */
export function noteNames(
  meta: MetaResponse,
  response: Pick<CountsResponse, 'periods'>,
): NoteNames {
  const named = (list: readonly { id: string; name: string }[], id: string) =>
    list.find((x) => x.id === id)?.name ?? id;
  return {
    force: (id) => named(meta.forces, id),
    platform: (id) => named(meta.platforms, id),
    category: (dimension, id) => named(dimension === 'offence' ? meta.offences : meta.outcomes, id),
    period: (id) => response.periods.find((p) => p.id === id),
  };
}

export interface NoteWords {
  /** one sentence for the note, its forces gathered ("…: 3 forces (A, B, C).") */
  sentence: (note: Note) => string;
  /** one sentence for each force the note is about */
  byForce: (note: Note) => string[];
}

export function useNoteWords(response: Pick<CountsResponse, 'periods'>): NoteWords {
  const { meta } = useFilters();
  return useMemo(() => {
    const names = noteNames(meta, response);
    return {
      sentence: (note) => noteSentence(note, names),
      byForce: (note) => forceSentences(note, names),
    };
  }, [meta, response]);
}

export const SELECTION_HEADING = 'As published: a selection, with no total';

/** A published selection's notes in a paragraph: the page's notice above a chart, and its images and slides. */
export function selectionWords(notes: readonly Note[], words: NoteWords): string | null {
  const lines = notes.filter((n) => n.kind === 'selection').map(words.sentence);
  return lines.length === 0
    ? null
    : `${lines.join(' ')} Categories not listed are unknown, not zero, and these figures do not add up to the crimes recorded.`;
}

/** The headings the page gives each kind of note under a figure (forces without figures have their own). */
export const NOTE_TITLES: Partial<Record<Note['kind'], string>> = {
  disagreement: 'Published figures that do not add up',
  'partial-breakdown': 'Not broken down',
  suppressed: 'Suppressed figures',
  coverage: 'Periods',
  rate: 'Rates',
  'not-asked': 'Platforms not asked about',
};

/** forces without figures: one sentence a reason, its forces gathered, so that 36 forces are a line */
const GATHERED: readonly Note['kind'][] = ['missing', 'unplaced'];
const GROUP_TITLES: Partial<Record<Note['kind'], string>> = {
  missing: 'Forces without figures, and why',
  unplaced: 'Forces without figures, and why',
  selection: 'Published selections',
  ...NOTE_TITLES,
};

export interface NoteGroup {
  title: string;
  lines: string[];
}

/**
 * Notes grouped as the page shows them, for anything that carries them away from it (a copied
 * table): a heading a kind, in the order the kinds first appear; forces without figures gathered a
 * sentence a reason, every other note a line a force. Kinds with no heading are left out.
 */
export function noteGroups(notes: readonly Note[], words: NoteWords): NoteGroup[] {
  const groups = new Map<string, string[]>();
  for (const note of notes) {
    const title = GROUP_TITLES[note.kind];
    if (title === undefined) continue;
    const lines = GATHERED.includes(note.kind) ? [words.sentence(note)] : words.byForce(note);
    groups.set(title, [...(groups.get(title) ?? []), ...lines]);
  }
  return [...groups].map(([title, lines]) => ({ title, lines: [...new Set(lines)] }));
}
