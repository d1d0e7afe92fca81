import { useFilters } from '../lib/filters-context.tsx';
import { Notice } from '../components/ui/notice.tsx';

/** A link with parts that cannot be used still opens; this says what was ignored, and why. */
export function UrlProblems() {
  const { problems } = useFilters();
  if (problems.length === 0) return null;
  return (
    <div className="mb-6">
      <Notice
        kind="warning"
        title="Part of this link could not be used, so the page shows the rest"
      >
        <ul>
          {problems.map((p) => (
            <li key={`${p.parameter}:${p.value}`}>{p.words}</li>
          ))}
        </ul>
      </Notice>
    </div>
  );
}
