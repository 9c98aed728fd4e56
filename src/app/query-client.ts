import { QueryClient } from '@tanstack/react-query';
import { retryDelay, shouldRetry } from '@/lib/polling';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay,
        refetchIntervalInBackground: false,
        staleTime: 1_000,
      },
      mutations: { retry: false },
    },
  });
}
