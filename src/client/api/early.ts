/**
 * Answers asked for as the script starts, before the code that reads them has arrived: the first
 * view's questions go out with the dataset's description, not after the chunk that holds the query
 * code is loaded and the main thread is free to run it (a tenth to a third of a second on the first
 * page). getJson takes each response once, by its URL; any later asking fetches again.
 */
const early = new Map<string, Promise<Response>>();

export const JSON_REQUEST: RequestInit = { headers: { Accept: 'application/json' } };

export function askEarly(url: string): void {
  if (!early.has(url)) early.set(url, fetch(url, JSON_REQUEST));
}

/** The response asked for early for this URL, once; undefined when there is none. */
export function takeEarly(url: string): Promise<Response> | undefined {
  const response = early.get(url);
  early.delete(url);
  return response;
}
