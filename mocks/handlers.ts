import type { RequestHandler } from 'msw';

/** Every demo API handler, in one list: served by the service worker, msw/node and the HTTP server. */
export const handlers: RequestHandler[] = [];
