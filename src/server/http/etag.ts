import { createHash } from 'node:crypto';
import type { Context } from 'hono';

/** Cache validators: the same dataset version and normalised query always give the same body. */
export function etagFor(parts: readonly (string | number)[]): string {
  return `"${createHash('sha1').update(parts.join('\u0000')).digest('base64url').slice(0, 27)}"`;
}

/**
 * How long an answer may be reused. An answer pinned to a version (`version=`) can never change, so it
 * may be kept for a year without asking. Any other answer changes when a version is added: a browser
 * revalidates it every time (a 304 when nothing changed costs one small request), and a shared cache
 * (the proxy, a CDN) may serve it for SHARED_MAX_AGE seconds without asking, so that a burst of
 * readers costs the servers one request per URL each time that runs out. A new version therefore
 * reaches every reader within SHARED_MAX_AGE seconds of being served (README, "Running for many users").
 */
export const SHARED_MAX_AGE = 5;
export const CACHE_PINNED = 'public, max-age=31536000, immutable';
export const CACHE_REVALIDATE = `public, max-age=0, s-maxage=${SHARED_MAX_AGE}`;

/**
 * Sets ETag and Cache-Control; returns a 304 response when the client already has this
 * representation, or sends `If-None-Match: *` (RFC 9110 13.1.2: the resource exists).
 */
export function notModified(
  c: Context,
  etag: string,
  options: { pinned?: boolean } = {},
): Response | null {
  c.header('ETag', etag);
  c.header('Cache-Control', options.pinned ? CACHE_PINNED : CACHE_REVALIDATE);
  const match = c.req.header('If-None-Match');
  const tags = match?.split(',').map((t) => t.trim()) ?? [];
  const matched = tags.find((t) => t === '*' || t === etag || t === `W/${etag}`);
  if (matched === undefined) return null;
  // the 304 names the validator the client holds (weak for a compressed body), so that a cache
  // recognises the answer it confirms
  if (matched === `W/${etag}`) c.header('ETag', matched);
  return c.body(null, 304);
}
