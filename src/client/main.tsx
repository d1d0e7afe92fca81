import { QueryClientProvider } from '@tanstack/react-query';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { unstable_forceFrameRate } from 'scheduler';
import { askFirstQuestions } from './app/first-questions.ts';
import { createQueryClient } from './app/query-client.ts';
import { AppRoutes } from './app/router.tsx';
import { preloadViewPage } from './app/view-pages.tsx';
import './index.css';

// React's concurrent rendering works in slices of 20 ms rather than 5: each slice stays under the
// 50 ms of a long task (what Lighthouse's total blocking time counts), and the first drawing, done in
// slices below, is not slowed by yielding every 5 ms to the browser on a busy two-core machine
unstable_forceFrameRate(50);

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');
const queryClient = createQueryClient();
// what the first view needs starts now, in parallel: the view's code, and the dataset's description
// and its first questions (askFirstQuestions) (a failure here is shown by the page's own query, which asks again)
const ready = Promise.all([
  preloadViewPage(window.location.pathname),
  askFirstQuestions(queryClient, window.location.pathname, window.location.search),
]);
// drawn once the view's code and its first figures are here, so that the page is drawn once, at
// once, with its figures, rather than empty and again as each arrives; on a connection so slow that
// they take more than a second, the page's frame is drawn meanwhile, saying that it is loading
void Promise.race([ready, new Promise((done) => setTimeout(done, 1000))]).then(() => {
  // for the browser's performance tools, and the test that every first question is asked before it
  performance.mark('dashboard:first-drawing');
  // in slices (a transition), not in one task of 250 to 350 ms: the browser stays responsive and
  // the page's blocking time counts only the commit (Lighthouse desktop 99 on the demo, from 93 to 98)
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </QueryClientProvider>
      </StrictMode>,
    );
  });
});
