import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { baseMetaQueryOptions } from './api/meta.ts';
import { askFirstQuestions } from './app/first-questions.ts';
import { createQueryClient } from './app/query-client.ts';
import { AppRoutes } from './app/router.tsx';
import { preloadViewPage } from './app/view-pages.tsx';
import './index.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');
const queryClient = createQueryClient();
// what the first view needs starts now, in parallel: the dataset's description, the view's code and
// its first questions (a failure here is shown by the page's own query, which asks again)
const ready = Promise.all([
  queryClient.query(baseMetaQueryOptions()).catch(() => undefined),
  preloadViewPage(window.location.pathname),
  askFirstQuestions(queryClient, window.location.pathname, window.location.search),
]);
// drawn once the view's code and its first figures are here, so that the page is drawn once, at
// once, with its figures, rather than empty and again as each arrives; on a connection so slow that
// they take more than a second, the page's frame is drawn meanwhile, saying that it is loading
void Promise.race([ready, new Promise((done) => setTimeout(done, 1000))]).then(() => {
  // for the browser's performance tools, and the test that every first question is asked before it
  performance.mark('dashboard:first-drawing');
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
