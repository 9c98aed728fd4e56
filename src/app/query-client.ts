import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { showToast } from '@/lib/toast';
import { errorMessage, isApiError } from '@/lib/api-error';
import { retryDelay, shouldRetry } from '@/lib/polling';
import { clearToken, getToken } from '@/lib/session';

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: {
      /** false: the mutation shows its own error, so no toast. */
      toast?: boolean;
      /** false: a 401 here is an answer to show (a wrong token on the sign-in page), not an ended session. */
      endsSessionOn401?: boolean;
    };
    queryMeta: {
      /**
       * false: the query re-checks on its own schedule and shows its own countdown (a
       * completion token in progress), so the top bar's "every N s" leaves it out.
       */
      pagePolling?: boolean;
    };
  }
}

const SESSION_ENDED = 'Your session has ended. Sign in again.';

/**
 * The one QueryClient: polling defaults, and the side effects of failures that concern the
 * whole app (a 401 ends the session, a failed action says why in a toast). The API client
 * itself has none of these.
 */
export function createQueryClient(): QueryClient {
  const endSession = (error: unknown) => {
    if (!isApiError(error) || error.status !== 401 || getToken() === null) return false;
    // Token first: the protected layout redirects to sign-in before anything refetches without it.
    clearToken();
    client.clear();
    showToast('info', SESSION_ENDED, { id: 'session-ended' });
    return true;
  };

  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: endSession }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (mutation.meta?.endsSessionOn401 !== false && endSession(error)) return;
        if (mutation.meta?.toast === false) return;
        showToast('error', errorMessage(error));
      },
    }),
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
  return client;
}
