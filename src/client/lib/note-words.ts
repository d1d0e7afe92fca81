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
