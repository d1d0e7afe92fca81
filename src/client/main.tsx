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
queryClient.query(baseMetaQueryOptions()).catch(() => undefined);
const page = preloadViewPage(window.location.pathname);
askFirstQuestions(window.location.pathname, window.location.search);
// drawn once the view's code is here (it arrives with the description it needs anyway), so that the
// page is drawn at once rather than suspended and revealed late; on a connection so slow that it
// takes more than a second, the page's frame is drawn meanwhile, saying that the page is loading
void Promise.race([page, new Promise((done) => setTimeout(done, 1000))]).then(() => {
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
