import { QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { createQueryClient } from './query-client';
import { routerFlushSync } from './router-flush-sync';
import { routes } from './routes';

const queryClient = createQueryClient();

export type AppRouter = ReturnType<typeof createBrowserRouter>;

/** Made as the app starts: the router begins the first navigation, and its chunks' downloads, at once. */
export function createAppRouter(): AppRouter {
  return createBrowserRouter(routes);
}

export function App({ router }: { router: AppRouter }) {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} flushSync={routerFlushSync} />
    </QueryClientProvider>
  );
}
