import { createHash } from 'node:crypto';
import type { Context } from 'hono';

/** Cache validators: the same dataset version and normalised query always give the same body. */
export function etagFor(parts: readonly (string | number)[]): string {
  return `"${createHash('sha1').update(parts.join('\u0000')).digest('base64url').slice(0, 27)}"`;
}

/** Sets ETag and Cache-Control; returns a 304 response when the client already has this version. */
export function notModified(c: Context, etag: string): Response | null {
  c.header('ETag', etag);
  c.header('Cache-Control', 'public, max-age=300');
  const match = c.req.header('If-None-Match');
  if (match?.split(',').some((t) => t.trim() === etag || t.trim() === `W/${etag}`)) {
    return c.body(null, 304);
  }
  return null;
}
