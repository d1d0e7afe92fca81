import type * as z from 'zod/mini';
import { ErrorResponseSchema } from '@shared/contract.ts';
import { JSON_REQUEST, takeEarly } from './early.ts';

/** A failed API call, in words a reader can act on. */
export class FetchError extends Error {
  readonly status: number;
  readonly parameter: string | undefined;
  constructor(message: string, status: number, parameter?: string) {
    super(message);
    this.status = status;
    this.parameter = parameter;
  }
}

/** GET a JSON resource and check it against the shared schema, so contract drift fails loudly. */
export async function getJson<T>(
  url: string,
  schema: z.ZodMiniType<T>,
  signal?: AbortSignal,
): Promise<T> {
  let res: Response;
  try {
    res = await (takeEarly(url) ?? fetch(url, { ...JSON_REQUEST, signal }));
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new FetchError(
      'The dashboard could not reach its data service. Check your connection and try again.',
      0,
    );
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const parsed = ErrorResponseSchema.safeParse(body);
    throw new FetchError(
      parsed.success
        ? parsed.data.error.message
        : `The data service answered with an error (HTTP ${res.status}).`,
      res.status,
      parsed.success ? parsed.data.error.parameter : undefined,
    );
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new FetchError(
      'The data service sent figures in a shape this page does not understand. Reload the page to update it.',
      res.status,
    );
  }
  return parsed.data;
}
