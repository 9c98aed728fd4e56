import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { routerFlushSync } from '../router-flush-sync';
import { setToken } from '@/lib/session';
import { createQueryClient } from '../query-client';
import { routes } from '../routes';

/** The whole app as users get it (real routes, real QueryClient with its 401 and toast handling) at `route`. */
export function renderApp(route: string, { token = 'demo-admin' }: { token?: string | null } = {}) {
  if (token) setToken(token);
  const queryClient = createQueryClient();
  const router = createMemoryRouter(routes, { initialEntries: [route] });
  const result = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} flushSync={routerFlushSync} />
    </QueryClientProvider>,
  );
  return { ...result, queryClient, router };
}
