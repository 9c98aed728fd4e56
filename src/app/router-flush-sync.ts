import { flushSync } from 'react-dom';

/**
 * ReactDOM.flushSync for RouterProvider's `flushSync` prop, which lets a navigation ask to be
 * rendered at once (a status box that writes the URL). react-router/dom's RouterProvider
 * passes the same; its own import resolves to a second copy of the router under Vitest.
 */
export function routerFlushSync(update: () => unknown): undefined {
  flushSync(update);
  return undefined;
}
