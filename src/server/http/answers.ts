import type { Context } from 'hono';
import { Lru } from './lru.ts';

/**
 * Answers kept by their ETag. An ETag names the dataset version (and, for an unpinned answer, the
 * store it was made from) and the normalised question, so the same ETag is always the same body: a
 * question asked again is sent from memory without being answered again. Bounded by bytes, least
 * recently used first out.
 */
export type Answers = Lru<Uint8Array<ArrayBuffer>>;

const DEFAULT_BYTES = 32 * 1024 * 1024;

export function answerCache(maxBytes = DEFAULT_BYTES): Answers {
  return new Lru<Uint8Array<ArrayBuffer>>(maxBytes, (body) => body.byteLength);
}

/** The JSON body with this ETag, made (and kept) only if no earlier request made it. */
export function jsonOnce(
  c: Context,
  answers: Answers,
  etag: string,
  make: () => unknown,
): Response {
  let body = answers.get(etag);
  if (body === undefined) {
    // kept as bytes: sending it again is then a copy, not an encoding of the text
    body = new Uint8Array(Buffer.from(JSON.stringify(make())));
    answers.set(etag, body);
  }
  return c.body(body, 200, { 'Content-Type': 'application/json' });
}

/**
 * What a request's query string was found to ask for (its parsed question and ETag), kept while the
 * datasets are as they were (`state`): a question asked again is answered, or confirmed with a 304,
 * without being parsed and hashed again.
 */
export class KnownQuestions<T> {
  private readonly known = new Lru<{ state: number; value: T }>(8 * 1024 * 1024, () => 512);

  get(search: string, state: number): T | undefined {
    const k = this.known.get(search);
    return k?.state === state ? k.value : undefined;
  }

  set(search: string, state: number, value: T): void {
    this.known.set(search, { state, value });
  }
}

/** The query string of a request's URL, '' when it has none. */
export function searchOf(url: string): string {
  const q = url.indexOf('?');
  return q < 0 ? '' : url.slice(q + 1);
}
