import { QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { getToken } from '@/lib/session';
import { createQueryClient } from './query-client';
import { routerFlushSync } from './router-flush-sync';
import { routes, type RouteHandle } from './routes';

const queryClient = createQueryClient();

export type AppRouter = ReturnType<typeof createBrowserRouter>;

/** Made as the app starts: the router begins the first navigation, and its chunks' downloads, at once. */
export function createAppRouter(): AppRouter {
  return createBrowserRouter(routes);
}

/**
 * Asks for the first page's data (its route's `handle.prefetch`) once the API can be called,
 * when signed in: on a cold start the requests then go out beside the page's code instead
 * of after its first render.
 */
export function prefetchFirstPage(router: AppRouter): void {
  if (!getToken()) return;
  for (const { route, params } of router.state.matches) {
    const prefetch = (route.handle as RouteHandle | undefined)?.prefetch;
    // A chunk that does not load is the route's to report: it needs the same one.
    prefetch?.(queryClient, params).catch(() => undefined);
  }
}

export function App({ router }: { router: AppRouter }) {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} flushSync={routerFlushSync} />
    </QueryClientProvider>
  );
}
