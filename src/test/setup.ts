import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { resetDemo, server } from '../../mocks/node';

// jsdom does no layout and has no scrolling: the router's ScrollRestoration scrolls on every navigation.
if (typeof window !== 'undefined') window.scrollTo = () => {};

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  resetDemo(); // the demo API is stateful: every test starts from its fixtures
  globalThis.sessionStorage?.clear();
  // Files share a worker and its jsdom (vite.config: isolate false): none inherits another's
  // saved preferences, URL, clock or stubbed globals.
  globalThis.localStorage?.clear();
  if (typeof window !== 'undefined') window.history.replaceState(null, '', '/');
  if (vi.isFakeTimers()) vi.useRealTimers();
  // After the test, not before the next (Vitest's unstubGlobals): the next file's imports and
  // beforeAll come first.
  vi.unstubAllGlobals();
});
afterAll(() => server.close());
