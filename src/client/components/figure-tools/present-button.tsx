import { useLocation, useNavigate } from 'react-router';
import { startPresenting } from './present-start.ts';

/** Present: the view at `search` (which holds `present=1`), full screen, returning where the reader was. */
export function PresentButton({ search }: { search: string }) {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  return (
    <button
      type="button"
      data-present-button
      onClick={() => {
        startPresenting();
        void navigate({ pathname, search }, { state: { presenting: true } });
      }}
      className="bg-ink px-3 py-1.5 font-semibold text-white shadow-[0_2px_0_#000] hover:bg-[#383f43] sm:px-4 sm:py-2"
    >
      Present
    </button>
  );
}
