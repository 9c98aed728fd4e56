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
});
afterAll(() => server.close());
