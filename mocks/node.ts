import { setupServer } from 'msw/node';
import { handlers } from './handlers';

/** The demo API for unit tests (msw/node). Call resetDemo() between tests (src/test/setup.ts does). */
export const server = setupServer(...handlers);

export { resetDemo } from './sim/state';
