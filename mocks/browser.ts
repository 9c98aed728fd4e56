import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';

/** The demo API in the browser: a service worker that answers API paths and lets everything else through. */
export async function startDemoWorker(): Promise<void> {
  const worker = setupWorker(...handlers);
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
}
