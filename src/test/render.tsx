import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { routerFlushSync } from '@/app/router-flush-sync';
import { setToken } from '@/lib/session';

interface Options {
  /** The URL the memory router starts at, e.g. "/pipelines/pipe_001". */
  route?: string;
  /** The route pattern the element is mounted at, e.g. "/pipelines/:pipelineId". */
  path?: string;
  /** Bearer token to sign in with; null to stay signed out. */
  token?: string | null;
}

export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } },
  });
}

/** Renders a page or component the way the app does: fresh QueryClient, memory router, a signed-in user. */
export function renderWithProviders(
  ui: ReactElement,
  { route = '/', path = '*', token = 'demo-admin' }: Options = {},
): RenderResult & { queryClient: QueryClient; router: ReturnType<typeof createMemoryRouter> } {
  if (token) setToken(token);
  const queryClient = createTestQueryClient();
  const router = createMemoryRouter(
    [{ path, element: ui }, ...(path === '*' ? [] : [{ path: '*', element: <p>elsewhere</p> }])],
    {
      initialEntries: [route],
    },
  );
  const result = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} flushSync={routerFlushSync} />
    </QueryClientProvider>,
  );
  return { ...result, queryClient, router };
}
