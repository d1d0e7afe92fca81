/**
 * The addresses of the dashboard's pages, for the server: an address that is none of these is
 * answered with the app (which says the page is not found) and the status 404, so that link checkers
 * and search engines know it too. The client's registry of views (client/lib/views.ts) lists the same
 * paths, and a test keeps the two the same.
 */
export const VIEW_PATHS = [
  '/',
  '/offences',
  '/outcomes',
  '/forces',
  '/forces/:id',
  '/platforms',
  '/about',
  '/briefing',
  '/guide',
  '/accessibility',
] as const;

/** The pathname is one of the pages ('/forces/kent' is; '/nonsense' and '/forces/a/b' are not). */
export function isViewPath(pathname: string): boolean {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  const parts = path.split('/');
  return VIEW_PATHS.some((pattern) => {
    const want = pattern.split('/');
    return (
      want.length === parts.length &&
      want.every((w, i) => (w.startsWith(':') ? (parts[i] ?? '') !== '' : w === parts[i]))
    );
  });
}
