import type { RequestHandler } from 'msw';
import { allRunsHandler } from './handlers/all-runs';
import { controlHandlers, faultHandler, notFoundHandler } from './handlers/control';
import { felderaHandlers } from './handlers/feldera';
import { pipelineHandlers } from './handlers/pipelines';
import { runHandlers } from './handlers/runs';

/**
 * Every demo API handler, in one list: served by the service worker, msw/node and the
 * HTTP server. Order matters: faults first, the 404 catch-all last.
 */
export const handlers: RequestHandler[] = [
  faultHandler,
  ...controlHandlers,
  ...pipelineHandlers,
  allRunsHandler,
  ...runHandlers,
  ...felderaHandlers,
  notFoundHandler,
];

export { resetDemo } from './sim/state';
