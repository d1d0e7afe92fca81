import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { Loading } from '../../components/ui/loading.tsx';

/**
 * The views a pack's charts come from. Briefing is the one feature that composes the others: a chart
 * in a pack is drawn by the view that drew it, so it looks and reads exactly as it did there.
 */
const OverviewPage = lazy(async () => ({
  default: (await import('../overview/overview-page.tsx')).OverviewPage,
}));
const OffencesPage = lazy(async () => ({
  default: (await import('../offences/offences-page.tsx')).OffencesPage,
}));
const OutcomesPage = lazy(async () => ({
  default: (await import('../outcomes/outcomes-page.tsx')).OutcomesPage,
}));
const ForcesPage = lazy(async () => ({
  default: (await import('../forces/forces-page.tsx')).ForcesPage,
}));
const ForceProfilePage = lazy(async () => ({
  default: (await import('../force-profile/force-profile-page.tsx')).ForceProfilePage,
}));

export const VIEW_NAMES: Record<string, string> = {
  '': 'Overview',
  offences: 'Offences',
  outcomes: 'Outcomes',
  forces: 'Forces',
};

/** 'Overview', 'Offences', 'Force profile' */
export function viewName(path: string): string {
  const parts = path.split('/').filter(Boolean);
  if (parts[0] === 'forces' && parts.length > 1) return 'Force profile';
  return VIEW_NAMES[parts[0] ?? ''] ?? 'View';
}

export function ViewRoutes() {
  return (
    <Suspense fallback={<Loading label="Loading the chart…" />}>
      <Routes>
        <Route index element={<OverviewPage />} />
        <Route path="offences" element={<OffencesPage />} />
        <Route path="outcomes" element={<OutcomesPage />} />
        <Route path="forces" element={<ForcesPage />} />
        <Route path="forces/:id" element={<ForceProfilePage />} />
        <Route
          path="*"
          element={<p role="alert">This chart&apos;s view is no longer part of the dashboard.</p>}
        />
      </Routes>
    </Suspense>
  );
}
