import type { MiddlewareHandler } from 'hono';

/**
 * Security headers on every response. The app loads nothing from other origins; inline style
 * attributes are allowed because the chart library positions its tooltips with them.
 */
function policy(frameAncestors: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

export const CONTENT_SECURITY_POLICY = policy("'none'");
/**
 * An answer of the API is data, never a document: it may load nothing and be framed nowhere (OWASP's
 * REST security advice). The documents' other headers (Permissions-Policy, Cross-Origin-Opener-Policy)
 * mean nothing for it and are not sent, so a 304 is a third of the bytes it was.
 */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";
/** An embedded chart (`?embed=1`) is made to be framed by intranet pages on any origin. */
export const EMBED_CONTENT_SECURITY_POLICY = policy('*');

/**
 * Only the app's page asked for as an embed may be framed: a GET for a page (not the API), with
 * `embed=1`, answered with HTML. Everything else refuses to be framed, in old browsers too.
 */
function embeddable(method: string, url: string, type: string | null): boolean {
  // the cheap tests first: every API answer is decided without parsing its URL
  if ((method !== 'GET' && method !== 'HEAD') || !(type ?? '').startsWith('text/html'))
    return false;
  const { pathname, searchParams } = new URL(url);
  return !pathname.startsWith('/api/') && searchParams.get('embed') === '1';
}

/** Whether a path is the API's data (not its reference page, /api/docs, which is a document). */
function apiData(path: string): boolean {
  return path.startsWith('/api/') && !path.startsWith('/api/docs');
}

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  const h = c.res.headers;
  h.set('X-Content-Type-Options', 'nosniff');
  h.set('Referrer-Policy', 'strict-origin-when-cross-origin');
  h.set('X-Frame-Options', 'DENY');
  // decided by the path, not the type: a 304 has none, and its headers replace a cached answer's
  if (apiData(c.req.path)) {
    h.set('Content-Security-Policy', API_CONTENT_SECURITY_POLICY);
    return;
  }
  const embed = embeddable(c.req.method, c.req.url, h.get('Content-Type'));
  if (!h.has('Content-Security-Policy'))
    h.set(
      'Content-Security-Policy',
      embed ? EMBED_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY,
    );
  if (embed) h.delete('X-Frame-Options');
  h.set('Cross-Origin-Opener-Policy', 'same-origin');
  h.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
};
