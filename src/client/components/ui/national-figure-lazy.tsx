import { lazy, Suspense } from 'react';
import type { NationalShown } from '../../lib/national-figure.ts';

const Panel = lazy(async () => ({
  default: (await import('./national-figure.tsx')).NationalFigurePanel,
}));

/**
 * The national figure as published, loaded after the page's first chart: it is words beside the
 * figures, and its code (1.4 KB) kept the first page over its budget.
 */
export function LazyNationalFigurePanel({ shown }: { shown: NationalShown }) {
  return (
    <Suspense fallback={null}>
      <Panel shown={shown} />
    </Suspense>
  );
}
