import { useCallback, useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';

/**
 * The URL last asked for, not the one last drawn. A router draws a navigation a moment after it is
 * asked for; a second change made in that moment (From, then To) must build on the first, or the
 * first is lost. `current` gives the state to build a change on: the one drawn, or the one last
 * asked for and not yet drawn; `go` navigates, and remembers what it asked for until it is drawn.
 */
export function useLatestUrl<S>(
  drawn: S,
  resolve: (pathname: string, params: URLSearchParams) => S,
): { current: () => S; go: (pathname: string, search: string, replace: boolean) => void } {
  const navigate = useNavigate();
  const location = useLocation();
  const shown = useRef(drawn);
  const asked = useRef<string[]>([]);
  useLayoutEffect(() => {
    shown.current = drawn;
  }, [drawn]);
  useLayoutEffect(() => {
    // a change asked for is drawn at last: it and those before it are no longer pending; any other
    // location (Back, a link) leaves none pending
    const at = asked.current.indexOf(`${location.pathname}${location.search}`);
    asked.current = at < 0 ? [] : asked.current.slice(at + 1);
  }, [location]);
  const current = useCallback((): S => {
    const pending = asked.current.at(-1);
    if (pending === undefined) return shown.current;
    const url = new URL(pending, 'http://localhost');
    return resolve(url.pathname, url.searchParams);
  }, [resolve]);
  const go = useCallback(
    (pathname: string, search: string, replace: boolean) => {
      asked.current = [...asked.current, `${pathname}${search}`];
      void navigate({ pathname, search }, { replace });
    },
    [navigate],
  );
  return { current, go };
}
