import { QueryClient } from '@tanstack/react-query';

/** One client for the app: the API's responses may be cached for five minutes, so data stays fresh that long. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 5 * 60 * 1000,
        gcTime: 30 * 60 * 1000,
        refetchOnWindowFocus: false,
        retry: 1,
      },
    },
  });
}
