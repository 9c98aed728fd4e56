import { setupServer } from 'msw/node';
import { handlers } from './handlers';

/** The demo API for unit tests (msw/node). */
export const server = setupServer(...handlers);
