import type { QueryClient } from '@tanstack/react-query';
import type { Params, RouteObject } from 'react-router';
import { Navigate } from 'react-router';
import { NotFoundPage } from './not-found-page';
import { RootLayout } from './root-layout';
import { RouteError } from './route-error';

/**
 * A route's `handle`: what its page asks the API for first, asked for as the app starts on
 * that route (app.tsx, prefetchFirstPage), while the page's code is still loading.
 */
export interface RouteHandle {
  prefetch?: (client: QueryClient, params: Params) => Promise<void>;
}

/**
 * Route files are thin: they read params and compose features. Each page is its own chunk,
 * and so is the signed-in layout: the first route is only React, the router and this shell.
 * Pages sit under the signed-in layout; their errors render inside it, so the top bar and
 * its way back stay on screen.
 */
export const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    errorElement: <RouteError />,
    HydrateFallback: () => null,
    children: [
      {
        path: '/sign-in',
        lazy: async () => ({ Component: (await import('@/features/auth/sign-in-page')).SignInPage }),
      },
      {
        // Lazy like the pages: the router loads it in parallel with the page's own chunk.
        lazy: async () => ({ Component: (await import('./layout/signed-in-layout')).SignedInLayout }),
        // Every signed-in page shows who is signed in.
        handle: {
          prefetch: async (client) => client.prefetchQuery((await import('@/lib/auth/me')).meQuery()),
        } satisfies RouteHandle,
        children: [
          {
            errorElement: <RouteError />,
            children: [
              { index: true, element: <Navigate to="/pipelines" replace /> },
              {
                path: '/pipelines',
                lazy: async () => ({ Component: (await import('./routes/pipelines-route')).PipelinesRoute }),
              },
              {
                path: '/runs',
                lazy: async () => ({ Component: (await import('./routes/runs-route')).RunsRoute }),
              },
              {
                path: '/pipelines/:pipelineId',
                lazy: async () => ({ Component: (await import('./routes/pipeline-route')).PipelineRoute }),
              },
              {
                path: '/pipelines/:pipelineId/runs/:runId',
                lazy: async () => ({ Component: (await import('./routes/run-route')).RunRoute }),
                handle: {
                  prefetch: async (client, { pipelineId = '', runId = '' }) =>
                    (await import('@/features/runs/api/prefetch-run-page')).prefetchRunPage(client, pipelineId, runId),
                } satisfies RouteHandle,
              },
              {
                path: '/pipelines/:pipelineId/compare',
                lazy: async () => ({ Component: (await import('./routes/compare-route')).CompareRoute }),
              },
              {
                path: '/pipelines/:pipelineId/checkpoints',
                lazy: async () => ({ Component: (await import('./routes/checkpoints-route')).CheckpointsRoute }),
              },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
];
