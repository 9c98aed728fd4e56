import type { RouteObject } from 'react-router';
import { Navigate } from 'react-router';

/** Route files are thin: they read params and compose features. Each page is its own chunk. */
export const routes: RouteObject[] = [
  { path: '/', element: <Navigate to="/pipelines" replace /> },
  { path: '/pipelines', lazy: async () => ({ Component: (await import('./routes/pipelines-route')).PipelinesRoute }) },
  {
    path: '/pipelines/:pipelineId',
    lazy: async () => ({ Component: (await import('./routes/pipeline-route')).PipelineRoute }),
  },
  {
    path: '/pipelines/:pipelineId/runs/:runId',
    lazy: async () => ({ Component: (await import('./routes/run-route')).RunRoute }),
  },
  {
    path: '/pipelines/:pipelineId/checkpoints',
    lazy: async () => ({ Component: (await import('./routes/checkpoints-route')).CheckpointsRoute }),
  },
];
